// --out-dir DIR: one result file per input instead of standard output, for batches that may be
// stopped and started again. Each file is written under a temporary name in its own folder and
// renamed, so a result that is there is whole (a killed run leaves at most a hidden temporary file,
// which the next run removes); --skip-existing leaves those results alone and reads only the inputs
// that have none. Failures go to DIR/errors.ndjson. With --format html, DIR/index.html lists the
// pages with their counts.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { InvalidArgumentError } from "commander";
import { renderHtmlIndex, type IndexEntry } from "../render/html.js";
import type { Input } from "./inputs.js";
import type { Outcome } from "./process.js";
import type { Result } from "../types.js";

export const ERRORS_FILE = "errors.ndjson";
export const INDEX_FILE = "index.html";
/**
 * Each page's counts, one line a page, appended as pages are written: index.html lists the pages a
 * --skip-existing rerun did not redo with their counts without opening them.
 */
const PAGES_FILE = ".extract-pages.ndjson";

/** A temporary file of ours: `.<name>.extract-<pid>.tmp`, hidden and not named like a result. */
const TEMPORARY = /^\..*\.extract-(\d+)\.tmp$/su;
const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.extract-${process.pid}.tmp`);

export function parseOutDir(value: string): string {
  if (!value.trim()) throw new InvalidArgumentError("Expected a folder to write results to.");
  return value;
}

interface OutputChoices {
  outDir?: string;
  skipExisting?: boolean;
  format?: string;
  input?: string;
}

/** The usage error, if any, of --out-dir, --skip-existing and --format html with the paths given. */
export function outputUsageError(options: OutputChoices, paths: string[]): string | undefined {
  if (options.skipExisting && options.outDir === undefined) return "--skip-existing goes with --out-dir DIR: it leaves the results already in DIR";
  if (options.input === "ndjson" && (options.outDir !== undefined || options.format === "html")) {
    return `${options.outDir !== undefined ? "--out-dir" : "--format html"} writes a file per input file; --input ndjson is one stream: write its results to one file (> results.ndjson)`;
  }
  if (options.outDir === undefined) return undefined;
  if (options.format !== undefined && options.format !== "json" && options.format !== "html") return `--out-dir writes json or html files, not ${options.format}`;
  if (paths.includes("-")) return "--out-dir names each result after its input file, and standard input has no name: save it to a file first, or leave out --out-dir";
  return undefined;
}

/** Several pages on standard output would be one unusable file: a page each goes to --out-dir. */
export function htmlToStdoutError(inputs: number): string {
  return `--format html writes one page per input; for ${inputs} inputs use --out-dir DIR (a page each and an index.html)`;
}

interface Planned {
  input: Input;
  /** The result's path in DIR, "/"-separated; null for an input that is already known to be missing. */
  name: string | null;
}

/**
 * Where each input's result goes: its path relative to the folder named on the command line, or
 * the base name of a file named directly, with `.json` or `.html` added. Two inputs with one name
 * would overwrite each other: that is refused before anything is read.
 */
function plan(inputs: Input[], dir: string, extension: string): Planned[] | string {
  const taken = new Map<string, string>();
  if (extension === ".html") taken.set(INDEX_FILE, "the index");
  const planned: Planned[] = [];
  for (const input of inputs) {
    if (input.kind !== "file") {
      planned.push({ input, name: null });
      continue;
    }
    const name = (input.folder !== undefined ? relative(input.folder, input.path) : basename(input.path)).split(sep).join("/") + extension;
    const other = taken.get(name);
    if (other !== undefined) {
      return `--out-dir: ${other} and ${input.path} would both be written to ${join(dir, name)}; name each file once, or use a separate --out-dir for files with the same name`;
    }
    taken.set(name, input.path);
    planned.push({ input, name });
  }
  return planned;
}

/** A process that is still running may be writing its temporary files. */
function running(pid: number): boolean {
  if (pid === process.pid) return false; // a file of this pid from before this run started
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files that a killed run left behind. */
function removeLeftovers(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) removeLeftovers(path);
    else {
      const pid = TEMPORARY.exec(entry.name)?.[1];
      if (pid !== undefined && !running(Number(pid))) rmSync(path, { force: true });
    }
  }
}

type Counts = NonNullable<IndexEntry["counts"]>;

const pageLine = (page: string, counts: Counts) => JSON.stringify({ page, ...counts }) + "\n";

function readPages(path: string): Map<string, Counts> {
  const pages = new Map<string, Counts>();
  if (!existsSync(path)) return pages;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    try {
      const { page, documents, quotes, people } = JSON.parse(line) as Counts & { page: string };
      pages.set(page, { documents, quotes, people });
    } catch {
      // the last line of a killed run may be cut short
    }
  }
  return pages;
}

export interface OutDirOptions {
  dir: string;
  html: boolean;
  skipExisting: boolean;
}

export interface OutDir {
  /** The inputs to run, in order: with --skip-existing, those that have no result yet. */
  toRun: Input[];
  /** Writes the next outcome (in the order of toRun); false when the run must stop (a write failed). */
  write(outcome: Outcome): boolean;
  /** Whether a result could not be written. */
  readonly writeFailed: boolean;
  /** Writes index.html (with --format html) and returns the summary line for standard error. */
  finish(): string;
}

/** Prepares DIR for a run: the plan, the folder itself, no leftovers and no errors of an earlier run. */
export function openOutDir(inputs: Input[], options: OutDirOptions): OutDir | string {
  const { dir, html, skipExisting } = options;
  const planned = plan(inputs, dir, html ? ".html" : ".json");
  if (typeof planned === "string") return planned;
  try {
    mkdirSync(dir, { recursive: true });
    removeLeftovers(dir);
    // errors.ndjson lists the failures of the last run; the inputs that failed before run again
    rmSync(join(dir, ERRORS_FILE), { force: true });
  } catch (error) {
    return `--out-dir: cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }

  const pagesPath = join(dir, PAGES_FILE);
  const pages = html ? readPages(pagesPath) : new Map<string, Counts>();
  const skipped = new Set<Planned>();
  const toRun = planned.filter((p) => {
    if (skipExisting && p.name !== null && existsSync(join(dir, p.name))) {
      skipped.add(p);
      return false;
    }
    return true;
  });
  const entries = new Map<Planned, IndexEntry>();
  const folders = new Set<string>();
  let next = 0;
  let written = 0;
  let failed = 0;
  let writeFailed = false;

  // whole or not at all: a temporary file in the same folder, renamed over the result
  const writeWhole = (path: string, content: string) => {
    const folder = dirname(path);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    const temporary = temporaryName(path);
    try {
      writeFileSync(temporary, content);
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  };

  const countsOf = (record: Result): Counts => ({ documents: record.documents.length, quotes: record.quotes.length, people: record.people.length });

  return {
    toRun: toRun.map((p) => p.input),
    get writeFailed() {
      return writeFailed;
    },
    write(outcome) {
      const item = toRun[next++]!;
      try {
        if (outcome.failed || item.name === null) {
          failed++;
          appendFileSync(join(dir, ERRORS_FILE), outcome.line);
          const record = outcome.record as { error?: { message: string } };
          entries.set(item, { path: item.input.path, page: null, counts: null, error: record.error?.message ?? "not extracted" });
          return true;
        }
        const record = outcome.record as Result;
        writeWhole(join(dir, item.name), html ? outcome.page! : JSON.stringify(record, null, 2) + "\n");
        written++;
        if (html) {
          const counts = countsOf(record);
          pages.set(item.name, counts);
          appendFileSync(pagesPath, pageLine(item.name, counts));
          entries.set(item, { path: item.input.path, page: item.name, counts });
        }
        return true;
      } catch (error) {
        writeFailed = true;
        const code = (error as NodeJS.ErrnoException).code;
        process.stderr.write(`extract: cannot write ${item.name === null ? join(dir, ERRORS_FILE) : join(dir, item.name)}: ${code ?? (error as Error).message}; stopping\n`);
        return false;
      }
    },
    finish() {
      if (html && !writeFailed) {
        try {
          const index = planned.flatMap((p): IndexEntry[] => {
            if (skipped.has(p)) return [{ path: p.input.path, page: p.name, counts: pages.get(p.name!) ?? null }];
            const entry = entries.get(p);
            return entry ? [entry] : []; // not reached before Ctrl-C
          });
          writeWhole(join(dir, INDEX_FILE), renderHtmlIndex(index));
          // one line a page, the latest counts: the record stays as small as the folder
          writeWhole(pagesPath, [...pages].map(([page, counts]) => pageLine(page, counts)).join(""));
        } catch (error) {
          writeFailed = true;
          process.stderr.write(`extract: cannot write ${join(dir, INDEX_FILE)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
        }
      }
      const what = `${html ? "page" : "result"}${written === 1 ? "" : "s"}`;
      const errors = failed ? ` (listed in ${join(dir, ERRORS_FILE)})` : "";
      return `extract: ${written} ${what} written to ${dir}, ${skipped.size} already there, ${failed} failed${errors}`;
    },
  };
}
