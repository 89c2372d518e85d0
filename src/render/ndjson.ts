// ndjson: one compact object per line, one line per input.
import type { OutputRecord } from "../types.js";

export function renderNdjsonLine(record: OutputRecord): string {
  return JSON.stringify(record) + "\n";
}
