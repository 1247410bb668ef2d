import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  describePath,
  pointerToPath,
  schemaDiagnostics,
  suggest
} from "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";
export {
  describePath,
  pointerToPath,
  schemaDiagnostics,
  suggest
};
