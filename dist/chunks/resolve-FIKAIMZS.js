import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-6UBJ4HZZ.js";
import "./chunk-P3IIY3ZD.js";
import "./chunk-WXM4A4OZ.js";
import "./chunk-TS2W3NLL.js";
import "./chunk-YCFIYKCQ.js";
import "./chunk-IQCTCAWX.js";
import "./chunk-X2OCYIDF.js";
import "./chunk-Y6FB6GGR.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-Y6XXUIMQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
