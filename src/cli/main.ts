// The `extract` command: arguments (commander), reading inputs, writing results, exit codes.
// Exit codes: 0 every input extracted; 1 some input could not be read (the others are still
// written); 2 usage error. Nothing but results goes to standard output.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { Chalk } from "chalk";
import { extract } from "../extract.js";
import { ExtractError } from "../errors.js";
import { resultSchema } from "../schema.js";
import { renderJson } from "../render/json.js";
import { renderNdjsonLine } from "../render/ndjson.js";
import { renderPretty } from "../render/pretty.js";
import { decode } from "./decode.js";
import { expandInputs, fileError, parseExtensions, type Input } from "./inputs.js";
import type { OutputRecord } from "../types.js";

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, interrupted: 130 } as const;

type Format = "json" | "ndjson" | "pretty";

interface CliOptions {
  format?: Format;
  ext: string;
  refDate?: string;
  color: boolean;
  schema?: boolean;
  debug?: boolean;
  maxBytes: number;
  failFast?: boolean;
}

// A long press release is under 100 KB. Past a few MB a text is not one, and the pipeline's memory
// grows with the text (about 45 bytes a byte): refuse by default, let --max-bytes raise it.
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

const EXAMPLES = `
Examples:
  $ extract news/kg-cn.txt                       a readable summary in the terminal
  $ extract news/kg-cn.txt | jq .documents       JSON when piped
  $ extract news/ --format ndjson > all.ndjson   a whole folder, one line per file
  $ find news -name '*.txt' -print0 | xargs -0 extract --format ndjson
  $ cat release.txt | extract -                  standard input
  $ extract --ref-date 2025-06-17 undated.txt    a year for texts that give none

Exit codes: 0 all inputs extracted, 1 some input could not be read, 2 usage error,
130 interrupted (Ctrl-C: the results written so far are whole).`;

function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../../package.json") as { version: string }).version;
}

/** A stream that went away (`extract … | head`) ends the run quietly. */
function writer(stream: NodeJS.WriteStream) {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      closed = true;
      return;
    }
    throw error;
  });
  return {
    get closed() {
      return closed;
    },
    write(chunk: string): Promise<void> {
      if (closed || !chunk) return Promise.resolve();
      return new Promise((resolve) => {
        if (stream.write(chunk)) resolve();
        else {
          const done = () => {
            stream.off("drain", done);
            stream.off("close", done);
            resolve();
          };
          stream.once("drain", done);
          stream.once("close", done);
        }
      });
    },
  };
}

function parseMaxBytes(value: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new CommanderError(EXIT.usage, "extract.maxBytes", `--max-bytes must be a size such as 1048576, 512k or 64m, got "${value}"`);
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Number(m[1]) * scale;
}

function buildProgram(): Command {
  return new Command()
    .name("extract")
    .description("Turn press releases into structured data: publication date, heading, quotes, signed documents, people and dates.")
    .version(version(), "-V, --version")
    .argument("[paths...]", "files, folders (searched recursively) or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format (default: pretty on a terminal, json otherwise)").choices(["json", "ndjson", "pretty"]))
    .option("--ext <list>", "file extensions to take from folders, comma-separated", "txt")
    .option("--ref-date <YYYY-MM-DD>", "reference date for texts that carry no year")
    .option("--no-color", "plain output, no colour (also: NO_COLOR=1)")
    .option("--max-bytes <size>", "refuse inputs larger than this (default 4m; e.g. 512k, 64m)", parseMaxBytes, DEFAULT_MAX_BYTES)
    .option("--fail-fast", "stop at the first input that cannot be read")
    .option("--schema", "print the JSON Schema of one result and exit")
    .option("--debug", "print stack traces of unexpected errors")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run extract --help for usage)")
    .exitOverride();
}

async function readInput(input: Input, maxBytes: number): Promise<Uint8Array> {
  if (input.kind === "missing") throw input.error;
  if (input.kind === "stdin") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge("-", maxBytes);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  let data: Buffer;
  try {
    data = await readFile(input.path);
  } catch (error) {
    throw fileError(input.path, error);
  }
  if (data.length > maxBytes) throw tooLarge(input.path, maxBytes);
  return data;
}

function tooLarge(path: string, maxBytes: number): ExtractError {
  return new ExtractError("TOO_LARGE", `${path}: larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
}

/** A typed error as it is; anything else is a bug, reported for this input so the batch goes on. */
function asInputError(path: string, error: unknown, debug: boolean): ExtractError {
  if (error instanceof ExtractError) return error;
  if (debug) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  const message = (error as Error)?.message ?? String(error);
  return new ExtractError("INTERNAL", `${path}: internal error: ${message}${debug ? "" : " (run with --debug for details)"}`);
}

function errorRecord(path: string, error: ExtractError): OutputRecord {
  return { schemaVersion: 1, source: { path }, error: { code: error.code, message: error.message } };
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
  const options = program.opts<CliOptions>();
  const out = writer(process.stdout);

  if (options.schema) {
    await out.write(JSON.stringify(resultSchema, null, 2) + "\n");
    return EXIT.ok;
  }
  if (options.refDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.refDate)) {
    process.stderr.write(`extract: --ref-date must be YYYY-MM-DD, got "${options.refDate}"\n`);
    return EXIT.usage;
  }
  let paths = program.args;
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write("extract: no input: name files or folders, or pipe text in (run extract --help for usage)\n");
      return EXIT.usage;
    }
    paths = ["-"];
  }

  const format: Format = options.format ?? (process.stdout.isTTY ? "pretty" : "json");
  const colour = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const chalk = new Chalk({ level: colour ? 2 : 0 });
  const width = Math.min(process.stdout.columns || 80, 100);

  const inputs = await expandInputs(paths, parseExtensions(options.ext));
  if (inputs.length === 0) {
    process.stderr.write(`extract: no *${parseExtensions(options.ext).join(", *")} files found in ${paths.join(", ")}\n`);
    return EXIT.inputFailed;
  }
  let failed = 0;
  let shown = 0;
  const collected: OutputRecord[] = [];
  // Ctrl-C: finish the input at hand, write nothing half, stop; a second Ctrl-C stops at once
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) process.exit(EXIT.interrupted);
    interrupted = true;
  };
  process.on("SIGINT", onInterrupt);
  for (const input of inputs) {
    if (out.closed || interrupted) break;
    let record: OutputRecord;
    try {
      const decoded = decode(await readInput(input, options.maxBytes), input.path);
      const result = extract(decoded.text, { refDate: options.refDate, path: input.path, bytes: decoded.bytes, sha256: decoded.sha256 });
      result.warnings.unshift(...decoded.warnings);
      for (const w of decoded.warnings) process.stderr.write(`extract: ${input.path}: warning ${w.code}: ${w.message}\n`);
      record = result;
    } catch (error) {
      failed++;
      const problem = asInputError(input.path, error, options.debug === true);
      process.stderr.write(`extract: ${problem.message}\n`);
      record = errorRecord(input.path, problem);
    }
    if (format === "ndjson") await out.write(renderNdjsonLine(record));
    else if (format === "pretty") await out.write((shown++ ? "\n" : "") + renderPretty(record, { chalk, width }));
    else collected.push(record);
    if (failed && options.failFast) break;
  }
  process.off("SIGINT", onInterrupt);
  // one object for one named file (or stdin), an array for several inputs or any folder
  const single = paths.length === 1 && inputs.length === 1 && inputs[0]!.path === paths[0];
  if (format === "json") await out.write(renderJson(collected, !single));
  if (interrupted) {
    process.stderr.write("extract: interrupted; the results written so far are complete\n");
    return EXIT.interrupted;
  }
  return failed ? EXIT.inputFailed : EXIT.ok;
}
