import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-5YK4ZRFL.js";
import "./chunk-GOOMPL3D.js";
import "./chunk-O7WXVZ7D.js";
import "./chunk-OY2UHJAE.js";
import "./chunk-ZVHKIQCU.js";
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
