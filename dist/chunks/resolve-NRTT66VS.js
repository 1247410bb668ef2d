import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-IH3JSYJA.js";
import "./chunk-XM76FFRC.js";
import "./chunk-2BJKWS5L.js";
import "./chunk-2RS7NORR.js";
import "./chunk-Z5P7KTIF.js";
import "./chunk-ROXRTBI4.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-EOG5VCYY.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-762ZJ2M2.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-EHCRAH23.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-LVFDQBLJ.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
