import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-WHFOYJ5C.js";
import "./chunk-4CFFNWJS.js";
import "./chunk-5ICXCFYN.js";
import "./chunk-JZBGOB7A.js";
import "./chunk-IBYWW3YS.js";
import "./chunk-HF4RIIYQ.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-XOJMT73S.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-EGHSBOLL.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-52RR7UOO.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
