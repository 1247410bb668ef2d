import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-NMGWDL3Q.js";
import "./chunk-YYKMANUM.js";
import "./chunk-FV66ZWUU.js";
import "./chunk-7YAPSFP4.js";
import "./chunk-4ZMRWOI5.js";
import "./chunk-UIPMHELY.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-THSS6A63.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-ZDRM5ZRD.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-6U5N5RNT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
