// Every rule, in the order the manifest reference lists them.

import { bucketName } from "./bucket-name.js";
import { kerberosCredentials, maprTicket } from "./credentials.js";
import { duplicateTable } from "./duplicate-table.js";
import { emailList } from "./email-list.js";
import { numericBounds } from "./numeric-bounds.js";
import type { Rule } from "./rule.js";
import { secretLiteral } from "./secret-literal.js";
import { tablesForType } from "./tables-for-type.js";

export const RULES: readonly Rule[] = [
  tablesForType,
  bucketName,
  kerberosCredentials,
  maprTicket,
  duplicateTable,
  numericBounds,
  emailList,
  secretLiteral,
];

export type { Finding, Request, Rule } from "./rule.js";
