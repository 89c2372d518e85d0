// json: one object for one input, an array for several, pretty-printed with 2 spaces.
import type { OutputRecord } from "../types.js";

export function renderJson(records: OutputRecord[], asArray: boolean): string {
  return JSON.stringify(asArray ? records : records[0], null, 2) + "\n";
}
