import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-ZP23JT6E.js";
import "./chunk-NBD3P56G.js";
import "./chunk-7ZKBGXXS.js";
import "./chunk-ZHYZB6SU.js";
import "./chunk-Z4ZZQGA2.js";
import "./chunk-MEIS5YPH.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-UVTBSFQG.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-JDNDKTW2.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-53ZKDPBI.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
