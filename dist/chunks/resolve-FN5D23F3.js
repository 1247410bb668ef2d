import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-MGOQZD25.js";
import "./chunk-ELJQL3U4.js";
import "./chunk-MOL7OAST.js";
import "./chunk-SAVYQBJW.js";
import "./chunk-3QY33ORW.js";
import "./chunk-Y3JAT7FU.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-6CJ7BYDP.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-TPE7WJ5J.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-44LEY7PT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
