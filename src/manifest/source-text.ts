// Turns the bytes of a manifest file into text, or into a diagnostic that
// points at the invalid bytes. YAML parsing happens only after this.

import type { Diagnostic } from "./diagnostic.js";

/** Largest manifest or config file read, in bytes. Real manifests are a few KiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 strictly: a byte order mark is dropped, invalid bytes and
 * control characters other than tab, LF and CR are errors at their line.
 */
export function decodeSource(
  file: string,
  bytes: Uint8Array,
  maxBytes = MAX_FILE_BYTES,
): SourceText {
  if (bytes.length > maxBytes) {
    return failure(
      file,
      1,
      1,
      "file-too-large",
      `file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes; split it into one manifest per migration run`,
    );
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, offset);
    const byte = bytes[offset] ?? 0;
    return failure(
      file,
      line,
      column,
      "invalid-utf8",
      `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, "0")}; save the file as UTF-8`,
    );
  }
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const { line, column } = textPosition(text, control.index);
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
    return failure(
      file,
      line,
      column,
      "control-character",
      `control character U+${code} is not allowed; remove it or write it as an escape inside double quotes`,
    );
  }
  return { ok: true, text };
}

function failure(
  file: string,
  line: number,
  column: number,
  ruleId: string,
  message: string,
): SourceText {
  return { ok: false, diagnostic: { file, line, column, severity: "error", message, ruleId } };
}

/** Returns the offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      i++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (codePoint < min || codePoint > 0x10ffff || surrogate) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Returns the 1-based line and column of a byte offset. The column counts
 * UTF-16 code units of the decoded line, as the YAML positions do, so that
 * editors land on the same character. The bytes before `offset` are valid
 * UTF-8, because `offset` is the first invalid byte.
 */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: decoder.decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** Returns the 1-based line and column of a character offset in decoded text. */
export function textPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
