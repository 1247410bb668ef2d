import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-TZROUAGB.js";
import "./chunk-X5KTBPYP.js";
import "./chunk-36ZAZVEM.js";
import "./chunk-EMJFNNSP.js";
import "./chunk-IPFMMBWD.js";
import "./chunk-MAJYZI2B.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-QLEBLNH3.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-WECAZZNE.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-XKXUJ2IF.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PXTCDEOM.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
