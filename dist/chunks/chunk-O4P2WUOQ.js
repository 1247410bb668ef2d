import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);

// src/cli/io.ts
function processIo() {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
function useColor(io, stream = io.stdout) {
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
var sgr = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
function palette(enabled) {
  if (!enabled) {
    const plain = (text) => text;
    return { red: plain, yellow: plain, green: plain, cyan: plain, bold: plain, dim: plain };
  }
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22)
  };
}

export {
  processIo,
  useColor,
  palette
};
