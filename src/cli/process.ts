// One unit of work, the same in the main thread and in a worker: a file (read, decoded,
// extracted) or a text already in hand (standard input, a line of --input ndjson), turned into
// the record to print and the messages for standard error. Never throws.
import { readFileSync } from "node:fs";
import { extract } from "../extract.js";
import { ExtractError } from "../errors.js";
import { decode } from "./decode.js";
import { fileError } from "./inputs.js";
import { renderNdjsonLine } from "../render/ndjson.js";
import { renderHtml } from "../render/html.js";
import type { OutputRecord, Result } from "../types.js";

/**
 * Warnings about the input as a whole, which a batch user needs to hear of on standard error
 * as they would of a file that could not be read; the others stay in the result.
 */
const INPUT_WARNINGS = new Set(["INVALID_UTF8", "EMPTY_INPUT"]);

export type Task =
  /** A file to read. */
  | { kind: "file"; path: string }
  /** Bytes already read (standard input). */
  | { kind: "bytes"; path: string; bytes: Uint8Array }
  /** A text with the caller's id (a line of --input ndjson). */
  | { kind: "text"; id: unknown; text: string }
  /** Something that failed before any work: a missing path, a bad ndjson line. */
  | { kind: "failed"; path: string | null; id?: unknown; code: ExtractError["code"]; message: string };

export interface TaskOptions {
  refDate?: string;
  maxBytes: number;
  debug: boolean;
  /** --format html: render the page here, where the decoded text is (a worker sends back only strings). */
  html?: boolean;
}

export interface Outcome {
  record: OutputRecord;
  /** The record as a line of ndjson, made where the work was done (a worker sends only this). */
  line: string;
  /** The bytes of input read, for --stats. */
  bytes: number;
  /** Lines for standard error, without the trailing newline. */
  messages: string[];
  /** Of those, the warnings that the result also carries (a pretty view on the same screen shows them once). */
  warnings?: string[];
  failed: boolean;
  /** With TaskOptions.html, the page of a result. */
  page?: string;
}

export function tooLarge(path: string, maxBytes: number): ExtractError {
  return new ExtractError("TOO_LARGE", `${path}: larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
}

function readTask(task: Task, maxBytes: number): Uint8Array {
  if (task.kind === "bytes") return task.bytes;
  if (task.kind !== "file") throw new Error("not a file task");
  let data: Buffer;
  try {
    // one synchronous read: a press release is a few KB, and the promise API's four calls per
    // file cost more than the read itself
    data = readFileSync(task.path);
  } catch (error) {
    throw fileError(task.path, error);
  }
  if (data.length > maxBytes) throw tooLarge(task.path, maxBytes);
  return data;
}

/** A typed error as it is; anything else is a bug, reported for this input so the batch goes on. */
function asInputError(label: string, error: unknown, debug: boolean, messages: string[]): ExtractError {
  if (error instanceof ExtractError) return error;
  if (debug) messages.push((error as Error)?.stack ?? String(error));
  const message = (error as Error)?.message ?? String(error);
  return new ExtractError("INTERNAL", `${label}: internal error: ${message}${debug ? "" : " (run with --debug for details)"}`);
}

function outcome(record: OutputRecord, messages: string[], failed: boolean): Outcome {
  const bytes = "bytes" in record.source ? record.source.bytes : 0;
  return { record, line: renderNdjsonLine(record), bytes, messages, failed };
}

export async function runTask(task: Task, options: TaskOptions): Promise<Outcome> {
  const messages: string[] = [];
  const withId = <T extends object>(record: T): T => (task.kind === "text" || (task.kind === "failed" && "id" in task) ? { id: (task as { id?: unknown }).id ?? null, ...record } : record);
  if (task.kind === "failed") {
    messages.push(`extract: ${task.message}`);
    return outcome(withId({ schemaVersion: 1, source: { path: task.path }, error: { code: task.code, message: task.message } }), messages, true);
  }
  const label = task.kind === "text" ? `line with id ${JSON.stringify(task.id)}` : task.path;
  try {
    let result: Result;
    let text: string;
    if (task.kind === "text") {
      const bytes = Buffer.byteLength(task.text, "utf8");
      if (bytes > options.maxBytes) throw tooLarge(label, options.maxBytes);
      text = task.text;
      result = withId(extract(text, { refDate: options.refDate, path: null }));
    } else {
      const decoded = decode(readTask(task, options.maxBytes), task.path);
      text = decoded.text;
      result = extract(text, { refDate: options.refDate, path: task.path, bytes: decoded.bytes, sha256: decoded.sha256 });
      result.warnings.unshift(...decoded.warnings);
    }
    const warnings = result.warnings.filter((w) => INPUT_WARNINGS.has(w.code)).map((w) => `extract: ${label}: warning ${w.code}: ${w.message}`);
    messages.push(...warnings);
    const done: Outcome = { ...outcome(result, messages, false), warnings };
    if (options.html) done.page = renderHtml(result, text);
    return done;
  } catch (error) {
    const problem = asInputError(label, error, options.debug, messages);
    messages.push(`extract: ${problem.message}`);
    const path = task.kind === "text" ? null : task.path;
    return outcome(withId({ schemaVersion: 1, source: { path }, error: { code: problem.code, message: problem.message } }), messages, true);
  }
}
