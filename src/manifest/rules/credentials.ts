import type { Finding, Request, Rule } from "./rule.js";
import { isPresent } from "./rule.js";

export const kerberosCredentials: Rule = {
  id: "kerberos-credentials",
  description:
    "A Kerberos principal needs exactly one of kinit_keytab and kinit_password, and neither is used without a principal.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const principal = isPresent(request.kinit_principal);
    const keytab = isPresent(request.kinit_keytab);
    const password = isPresent(request.kinit_password);
    if (principal && !keytab && !password) {
      return [
        {
          path: ["kinit_principal"],
          message:
            "kinit_principal is set without a credential; add kinit_keytab (a keytab path) or kinit_password (a ${env:NAME} reference)",
        },
      ];
    }
    if (principal && keytab && password) {
      return [
        {
          path: ["kinit_password"],
          target: "key",
          message: "both kinit_keytab and kinit_password are set; keep one of them",
        },
      ];
    }
    if (!principal && (keytab || password)) {
      const field = keytab ? "kinit_keytab" : "kinit_password";
      return [
        {
          path: [field],
          target: "key",
          message: `${field} is set without kinit_principal; add the principal, as in etl@EXAMPLE.COM`,
        },
      ];
    }
    return [];
  },
};

export const maprTicket: Rule = {
  id: "mapr-ticket",
  description:
    "A MapR source needs mapr_user and mapr_ticketfile_location together, and other sources use neither.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const user = isPresent(request.mapr_user);
    const ticket = isPresent(request.mapr_ticketfile_location);
    const mapr = request.source_format === "mapr";
    if (mapr && !user && !ticket) {
      return [
        {
          path: ["source_format"],
          message: "source_format mapr needs mapr_user and mapr_ticketfile_location; add both",
        },
      ];
    }
    if (user && !ticket)
      return [
        {
          path: ["mapr_user"],
          target: "key",
          message: "mapr_user is set without mapr_ticketfile_location; add the ticket file path",
        },
      ];
    if (ticket && !user)
      return [
        {
          path: ["mapr_ticketfile_location"],
          target: "key",
          message: "mapr_ticketfile_location is set without mapr_user; add the user",
        },
      ];
    if (!mapr && user) {
      return [
        {
          path: ["mapr_user"],
          target: "key",
          message: `mapr_user is set but source_format is ${String(request.source_format)}; remove the MapR fields or set source_format: mapr`,
        },
      ];
    }
    return [];
  },
};
