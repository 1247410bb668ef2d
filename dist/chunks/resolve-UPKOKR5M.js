import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
} from "./chunk-KMZCAYJ5.js";
import "./chunk-LXP35N7F.js";
import "./chunk-L4EJYH7F.js";
import "./chunk-VQDPG2ET.js";
import "./chunk-GBHNXOQ5.js";
import "./chunk-VFNMGZDT.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-LJMNZJBP.js";
import "./chunk-WTGXQXUI.js";
import "./chunk-OX4IZVMW.js";
import "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-INYBSYQT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-Y6MNB6HO.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
