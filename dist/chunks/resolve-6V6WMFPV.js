import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-ZKO7G36A.js";
import "./chunk-O3VPOUFN.js";
import "./chunk-FLTHDD7X.js";
import "./chunk-GH2E7GRH.js";
import "./chunk-3WSOHZ4A.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-J6QK2LCB.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-RY6IHVGN.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-XG3Z4YKI.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-UHZ32JO6.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
