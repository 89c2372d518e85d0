// --input ndjson: one text per line of standard input, as {"id": …, "text": "…"}, so that
// extract can be a line-oriented mapper (GNU parallel --pipe, Hadoop Streaming, Spark's pipe).
// Every line gives one task; a line that is not such an object gives a failed task with its id.
import { createInterface } from "node:readline";
import type { Task } from "./process.js";

export async function* ndjsonTasks(input: NodeJS.ReadableStream): AsyncGenerator<Task> {
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    number++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: "failed", path: null, id: null, code: "BAD_INPUT", message: `line ${number}: not JSON` };
      continue;
    }
    const object = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const id = object && "id" in object ? object.id : null;
    if (!object || typeof object.text !== "string") {
      yield { kind: "failed", path: null, id, code: "BAD_INPUT", message: `line ${number}: expected {"id": …, "text": "…"}` };
      continue;
    }
    yield { kind: "text", id, text: object.text };
  }
}
