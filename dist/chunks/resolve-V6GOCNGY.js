import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-UUZVQXZL.js";
import "./chunk-6YUPYXST.js";
import "./chunk-4UOAWD72.js";
import "./chunk-AJXGL7KP.js";
import "./chunk-QQA7K5DK.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-FMRLUTSK.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-TD2FHASJ.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-BDSQE4M2.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-UHZ32JO6.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
