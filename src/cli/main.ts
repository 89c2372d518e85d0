// The `extract` command: arguments (commander), reading inputs, writing results, exit codes.
// Exit codes: 0 every input extracted; 1 some input could not be read (the others are still
// written); 2 usage error; 130 interrupted. Nothing but results goes to standard output.
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { Chalk } from "chalk";
import { recordSchema } from "../schema.js";
import { isCalendarDate } from "../text/calendar.js";
import { renderJson } from "../render/json.js";
import { renderPretty } from "../render/pretty.js";
import { renderHtmlError } from "../render/html.js";
import { renderTableHeader, renderTableRows, TABLES, type Table } from "../render/table.js";
import { expandInputs, parseExtensions, type Input } from "./inputs.js";
import { ndjsonTasks } from "./ndjsonInput.js";
import { htmlToStdoutError, openOutDir, outputUsageError, parseOutDir, type OutDir } from "./outDir.js";
import { inThread, orderedMap, until, workerPool } from "./pool.js";
import { createProgress, showsProgress } from "./progress.js";
import { completionScript, isShell, SHELLS } from "./completion.js";
import { tooLarge, type Task, type TaskOptions } from "./process.js";
import type { ErrorRecord, OutputRecord } from "../types.js";

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, interrupted: 130 } as const;

type Format = "json" | "ndjson" | "pretty" | "csv" | "tsv" | "html";
type ColorWhen = "auto" | "always" | "never";

interface CliOptions {
  format?: Format;
  ext: string;
  refDate?: string;
  /** `--color WHEN`, or false for `--no-color`; undefined when neither is given. */
  color?: ColorWhen | false;
  schema?: boolean;
  debug?: boolean;
  maxBytes: number;
  failFast?: boolean;
  jobs: number;
  input?: "ndjson";
  stats?: boolean;
  outDir?: string;
  skipExisting?: boolean;
  table?: Table;
  /** false with --no-progress. */
  progress: boolean;
  quiet?: boolean;
}

// With fewer inputs than this, starting worker threads costs more than it saves.
const WORKERS_FROM = 16;
// Without --jobs, threads start only for a batch of files this large, and never for a stream of
// --input ndjson (of unknown length, and run one process per core under GNU parallel). Each
// thread warms up its own JIT, about a second of CPU that it takes from the other threads; on two
// cores, --jobs 2 was slower than one thread up to ~3,000 files (1,000: 1.74 s against 1.46 s)
// and faster from ~5,000 (20,000: 1.3×).
const DEFAULT_WORKERS_FROM = 4000;

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
  $ extract news/ -f ndjson --jobs 2 --stats     two threads (they pay from a few thousand
                                                 files on); speed and memory on stderr
  $ extract news/ -f pretty --color always --no-progress | less -R
                                                 the summary, coloured, through a pager
  $ extract news/ --out-dir results/ --skip-existing
                                                 a file per input; a rerun does only what is missing
  $ extract release.txt --format html > release.html
                                                 a page showing what was found, in the text
  $ parallel --pipe -S host1,host2 extract --input ndjson < texts.ndjson
                                                 a line mapper: {"id", "text"} in, results out

Exit codes: 0 all inputs extracted, 1 some input could not be read, 2 usage error,
130 interrupted (Ctrl-C: the results written so far are whole).`;

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

// Option parsers throw InvalidArgumentError: commander then names the option and the value, and
// the message says what is accepted.
function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256) throw new InvalidArgumentError("Expected a whole number from 1 to 256.");
  return n;
}

function parseMaxBytes(value: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new InvalidArgumentError("Expected a whole number of bytes, or of k, m or g (1048576, 512k, 64m, 1g).");
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Number(m[1]) * scale;
}

function parseExt(value: string): string {
  if (parseExtensions(value).length === 0) throw new InvalidArgumentError("Expected one or more extensions, comma-separated, such as txt or txt,md.");
  return value;
}

function parseRefDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError("Expected a calendar day written YYYY-MM-DD, such as 2025-06-17.");
  return value;
}

/**
 * Whether pretty output is coloured: `--color`/`--no-color` first, then FORCE_COLOR (set and not
 * empty: colour unless it is 0 or false), then NO_COLOR (set and not empty: none), then whether
 * standard output is a terminal.
 */
export function wantsColour(flag: ColorWhen | false | undefined, env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (flag === false || flag === "never") return false;
  if (flag === "always") return true;
  if (env.FORCE_COLOR) return !/^(?:0|false)$/i.test(env.FORCE_COLOR);
  if (env.NO_COLOR) return false;
  return isTerminal;
}

/** Every message of the command starts with its name, as the ones it writes itself do. */
const USAGE_HINT = " (run extract --help for usage)";
function usageMessage(commanderMessage: string): string {
  return `extract: ${commanderMessage.trimEnd().replace(/^error: /, "")}${USAGE_HINT}\n`;
}

function buildProgram(version: string): Command {
  return new Command()
    .name("extract")
    .description("Turn press releases into structured data: publication date, heading, quotes, signed documents, people and dates.")
    .version(version, "-V, --version")
    .argument("[paths...]", "files, folders (searched recursively) or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format (default: pretty on a terminal, json otherwise)").choices(["json", "ndjson", "pretty", "csv", "tsv", "html"]))
    .option("--ext <list>", "file extensions to take from folders, comma-separated", parseExt, "txt")
    .option("--ref-date <YYYY-MM-DD>", "reference date for texts that carry no year", parseRefDate)
    .addOption(new Option("--color <when>", "when to colour pretty output (default: auto, on a terminal)").choices(["auto", "always", "never"]))
    .option("--no-color", "plain output, no colour (also: NO_COLOR=1; FORCE_COLOR=1 forces it)")
    .addOption(new Option("--max-bytes <size>", "refuse inputs larger than this (e.g. 512k, 64m, 1g)").argParser(parseMaxBytes).default(DEFAULT_MAX_BYTES, "4m"))
    .option("--fail-fast", "stop at the first input that cannot be read")
    .addOption(
      new Option("-j, --jobs <n>", "worker threads for 16 files or more, or for --input ndjson; each warms up for about a second of CPU, so they pay from a few thousand files")
        .argParser(parseJobs)
        .default(availableParallelism(), "one per core, for 4,000 files or more"),
    )
    .addOption(
      new Option("--input <format>", "read lines {\"id\": …, \"text\": …} from standard input, write one result line per non-blank line").choices(["ndjson"]),
    )
    .addOption(new Option("--table <table>", "with --format csv or tsv: the items that make the rows (default: documents)").choices(TABLES))
    .option("--no-progress", "no progress line on standard error (shown on a terminal for batches of 10 inputs or more)")
    .option("-q, --quiet", "no progress line and no per-input error or warning lines on standard error")
    .option("--stats", "print inputs, docs/s, MB/s and peak memory to standard error at the end")
    .option("--out-dir <dir>", "write a file per input into DIR (news/kg/a.txt → DIR/kg/a.txt.json; .html with --format html), each whole or not at all; failures go to DIR/errors.ndjson", parseOutDir)
    .option("--skip-existing", "with --out-dir: leave the results already in DIR and do only the missing ones")
    .option("--schema", "print the JSON Schema of one output record (a result or an error) and exit")
    .option("--debug", "print stack traces of unexpected errors")
    .addHelpText("after", EXAMPLES)
    .addHelpText("after", "\nShell completion: extract completion bash (or zsh) prints a script; see the README.")
    .configureOutput({ outputError: (message, write) => write(usageMessage(message)) })
    .exitOverride();
}

/** Standard input, read whole for one text (`-`). */
async function readStdin(maxBytes: number): Promise<Task> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      const e = tooLarge("-", maxBytes);
      return { kind: "failed", path: "-", code: e.code, message: e.message };
    }
    chunks.push(chunk as Buffer);
  }
  return { kind: "bytes", path: "-", bytes: Buffer.concat(chunks) };
}

/** The tasks of the inputs named on the command line, in order. */
async function* inputTasks(inputs: Input[], maxBytes: number): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input.kind === "missing") yield { kind: "failed", path: input.path, code: input.error.code, message: input.error.message };
    else if (input.kind === "stdin") yield await readStdin(maxBytes);
    else yield { kind: "file", path: input.path };
  }
}

export async function main(argv: string[], version: string): Promise<number> {
  const program = buildProgram(version);
  // `extract completion bash|zsh`, as the first word only: a file of that name is ./completion
  if (argv[2] === "completion") {
    if (argv.length !== 4 || !isShell(argv[3])) {
      process.stderr.write(`extract: completion takes a shell: ${SHELLS.join(" or ")} (a file named completion is extracted as ./completion)${USAGE_HINT}\n`);
      return EXIT.usage;
    }
    await writer(process.stdout).write(completionScript(argv[3], program));
    return EXIT.ok;
  }
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
  const started = performance.now();

  if (options.schema) {
    await out.write(JSON.stringify(recordSchema, null, 2) + "\n");
    return EXIT.ok;
  }
  const lines = options.input === "ndjson";
  let paths = program.args;
  if (lines && paths.length > 0) {
    process.stderr.write(`extract: --input ndjson reads standard input; name no paths with it${USAGE_HINT}\n`);
    return EXIT.usage;
  }
  if (options.table && options.format !== "csv" && options.format !== "tsv") {
    process.stderr.write(`extract: --table ${options.table} goes with --format csv or --format tsv${USAGE_HINT}\n`);
    return EXIT.usage;
  }
  if (paths.length === 0 && !lines) {
    if (process.stdin.isTTY) {
      process.stderr.write(`extract: no input: name files or folders, or pipe text in${USAGE_HINT}\n`);
      return EXIT.usage;
    }
    paths = ["-"];
  }
  const outputError = outputUsageError(options, paths);
  if (outputError) {
    process.stderr.write(`extract: ${outputError}${USAGE_HINT}\n`);
    return EXIT.usage;
  }

  const format: Format = options.format ?? (lines ? "ndjson" : process.stdout.isTTY && options.outDir === undefined ? "pretty" : "json");
  const table = options.table ?? "documents";
  const colour = wantsColour(options.color, process.env, process.stdout.isTTY === true);
  const chalk = new Chalk({ level: colour ? 2 : 0 });
  const width = Math.min(process.stdout.columns || 80, 100);

  const inputs = lines ? [] : await expandInputs(paths, parseExtensions(options.ext));
  if (!lines && inputs.length === 0) {
    process.stderr.write(`extract: no *${parseExtensions(options.ext).join(", *")} files found in ${paths.join(", ")}\n`);
    // an empty array, so that `| jq` still reads JSON
    if (format === "json" && options.outDir === undefined) await out.write("[]\n");
    else if (format === "csv" || format === "tsv") await out.write(renderTableHeader(table, format));
    return EXIT.inputFailed;
  }
  if (format === "html" && options.outDir === undefined && inputs.length > 1) {
    process.stderr.write(`extract: ${htmlToStdoutError(inputs.length)}${USAGE_HINT}\n`);
    return EXIT.usage;
  }
  // --out-dir: a file per input, nothing on standard output
  let outDir: OutDir | undefined;
  if (options.outDir !== undefined) {
    const opened = openOutDir(inputs, { dir: options.outDir, html: format === "html", skipExisting: options.skipExisting === true });
    if (typeof opened === "string") {
      process.stderr.write(`extract: ${opened}${USAGE_HINT}\n`);
      return EXIT.usage;
    }
    outDir = opened;
  }
  const toRun = outDir ? outDir.toRun : inputs;
  const taskOptions: TaskOptions = { refDate: options.refDate, maxBytes: options.maxBytes, debug: options.debug === true, html: format === "html" };
  // workers pay a start-up cost: worth it for a stream of lines or a batch, not for a few files
  const asked = program.getOptionValueSource("jobs") === "cli";
  const parallel = options.jobs > 1 && (asked ? lines || toRun.length >= WORKERS_FROM : !lines && toRun.length >= DEFAULT_WORKERS_FROM);
  const runner = parallel ? workerPool(options.jobs, taskOptions) : inThread(taskOptions);
  const tasks = lines ? ndjsonTasks(process.stdin) : inputTasks(toRun, options.maxBytes);

  // A failure is one line on standard error; the pretty view does not repeat it to the same screen.
  // With --quiet there is no such line: the record shows the failure.
  const echoFailures = options.quiet || !(format === "pretty" && process.stdout.isTTY && process.stderr.isTTY);
  const total = lines ? null : inputs.length;
  const progress = createProgress({
    enabled: showsProgress({ progress: options.progress, quiet: options.quiet === true }, process.env, process.stderr.isTTY === true, total),
    total,
    stderr: process.stderr,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
  let count = 0;
  let failed = 0;
  let bytes = 0;
  let shown = 0;
  let lastTurn = performance.now();
  const collected: OutputRecord[] = [];
  // Ctrl-C: finish the inputs at hand, write nothing half, stop; a second Ctrl-C stops at once
  let interrupted = false;
  const stop = new AbortController();
  const onInterrupt = () => {
    if (interrupted) {
      progress.end();
      process.exit(EXIT.interrupted);
    }
    interrupted = true;
    stop.abort();
  };
  process.on("SIGINT", onInterrupt);
  if (format === "csv" || format === "tsv") await out.write(renderTableHeader(table, format));
  try {
    for await (const outcome of orderedMap(until(tasks, stop.signal), (task) => runner.run(task), runner.inFlight)) {
      count++;
      if (outcome.failed) failed++;
      bytes += outcome.bytes;
      // on a terminal the pretty view shows the result's warnings itself: once is enough
      const messages = options.quiet ? [] : echoFailures ? outcome.messages : outcome.messages.filter((m) => !outcome.warnings?.includes(m));
      progress.hide({ stderr: messages.length > 0, stdout: format !== "json" && !outDir });
      for (const message of messages) process.stderr.write(message + "\n");
      if (outDir) {
        if (!outDir.write(outcome)) break;
      } else if (format === "ndjson") await out.write(outcome.line);
      else if (format === "html") await out.write(outcome.page ?? renderHtmlError(outcome.record as ErrorRecord));
      else if (format === "pretty") {
        if (!outcome.failed || echoFailures) await out.write((shown++ > 0 ? "\n" : "") + renderPretty(outcome.record, { chalk, width }));
      } else if (format === "csv" || format === "tsv") await out.write(renderTableRows(outcome.record, table, format));
      else collected.push(outcome.record);
      progress.update(count, failed);
      if (out.closed || interrupted || (failed && options.failFast)) break;
      // Work in this thread never waits on anything, so without a turn of the event loop a Ctrl-C
      // would not be heard until the whole batch was done. A turn polls for I/O, which costs more
      // than a short text's extraction: take one every few dozen milliseconds, not every input.
      if (performance.now() - lastTurn > TURN_EVERY_MS) {
        await nextTurn();
        lastTurn = performance.now();
      }
    }
  } finally {
    progress.end();
    process.off("SIGINT", onInterrupt);
    await runner.close();
    // a line reader still holding standard input would keep the process alive
    if (interrupted) process.stdin.destroy();
  }
  // one object for one named file (or stdin), an array for several inputs or any folder
  const single = paths.length === 1 && inputs.length === 1 && inputs[0]!.path === paths[0];
  if (format === "json" && !outDir) await out.write(renderJson(collected, !single));
  if (outDir) {
    const summary = outDir.finish();
    if (!options.quiet) process.stderr.write(summary + "\n");
  }
  if (options.stats) process.stderr.write(statsLine(count, failed, bytes, performance.now() - started, parallel ? options.jobs : 1) + "\n");
  if (interrupted) {
    process.stderr.write("extract: interrupted; the results written so far are complete\n");
    return EXIT.interrupted;
  }
  return failed || outDir?.writeFailed ? EXIT.inputFailed : EXIT.ok;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
// How often a batch in this thread lets signals and output through (Ctrl-C is heard within this).
const TURN_EVERY_MS = 25;

/** --stats: what the run did, for people tuning batch jobs and for the benchmark. */
function statsLine(count: number, failed: number, bytes: number, ms: number, jobs: number): string {
  const seconds = ms / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  return `extract: stats: ${count} inputs (${failed} failed), ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s: ${(count / seconds).toFixed(0)} docs/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, peak RSS ${rss.toFixed(0)} MB, ${jobs} job${jobs > 1 ? "s" : ""}`;
}
