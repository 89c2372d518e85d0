// Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Binary content is refused;
// invalid UTF-8 is replaced and reported, so the rest of the text is still extracted.
import { createHash } from "node:crypto";
import { ExtractError } from "../errors.js";
import type { Warning } from "../types.js";

export interface Decoded {
  text: string;
  bytes: number;
  sha256: string;
  warnings: Warning[];
}

export function decode(buffer: Uint8Array, path: string): Decoded {
  const bytes = buffer.length;
  const sha256 = createHash("sha256").update(buffer).digest("hex");
  const warnings: Warning[] = [];
  let text: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) text = new TextDecoder("utf-16le").decode(buffer.subarray(2));
  else if (buffer[0] === 0xfe && buffer[1] === 0xff) text = new TextDecoder("utf-16be").decode(buffer.subarray(2));
  else {
    if (looksBinary(buffer)) throw new ExtractError("NOT_TEXT", `${path}: binary content, not text`);
    const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(start));
    } catch {
      text = new TextDecoder("utf-8").decode(buffer.subarray(start));
      warnings.push({ code: "INVALID_UTF8", message: "invalid UTF-8 byte sequences were replaced with U+FFFD" });
    }
  }
  return { text, bytes, sha256, warnings };
}

/** NUL bytes, or mostly control characters, in the first 8 KB. */
function looksBinary(buffer: Uint8Array): boolean {
  const sample = buffer.subarray(0, 8192);
  let control = 0;
  // an index, not for…of: the iterator is slow until the JIT has compiled this, the first files of a batch
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
