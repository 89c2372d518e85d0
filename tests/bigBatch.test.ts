// A folder of a few thousand files, run the way users run it: the built command in a child
// process, stopped part-way by a real SIGINT (sent with kill, or typed as ^C in a pseudo-terminal
// made by `script`), in every mode and format. The batch must stop well under a second after the
// signal with exit 130, and what it wrote must be whole.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixtures = join(root, "fixtures");
const FILES = 3000;
const env = { ...process.env, NO_COLOR: "", FORCE_COLOR: "" };
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const INTERRUPTED = "extract: interrupted; the results written so far are complete";

let folder: string;
let stream: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "extract-big-"));
  const names = readdirSync(fixtures).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < FILES; i++) copyFileSync(join(fixtures, names[i % names.length]!), join(folder, `${String(i).padStart(5, "0")}.txt`));
  const texts = names.map((name) => readFileSync(join(fixtures, name), "utf8"));
  stream = Array.from({ length: FILES }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] })).join("\n") + "\n";
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the first signal to the end of the process. */
  afterSignal: number;
}

/**
 * Runs the command, waits until it has written `after` bytes (or, for output that comes only at
 * the end, `delay` ms), then sends each of `signals` `gap` ms apart.
 */
function interrupt(command: string, args: string[], options: { input?: string; after?: number; delay?: number; signals?: number; gap?: number; keys?: boolean }): Promise<Run> {
  const { input, after = 2000, delay, signals = 1, gap = 0, keys = false } = options;
  const child = spawn(command, args, { env });
  let stdout = "";
  let stderr = "";
  let signalledAt = 0;
  const send = () => {
    signalledAt = performance.now();
    for (let i = 0; i < signals; i++) {
      // ^C typed into the terminal: the terminal's line discipline turns it into SIGINT
      setTimeout(() => (keys ? child.stdin.write("\x03") : child.kill("SIGINT")), i * gap);
    }
  };
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk;
    if (!signalledAt && delay === undefined && stdout.length >= after) send();
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  // a command stopped part-way leaves the rest of its input unread
  child.stdin.on("error", () => {});
  if (delay !== undefined) setTimeout(send, delay);
  if (input !== undefined) child.stdin.end(input);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, afterSignal: performance.now() - signalledAt }));
  });
}

const extract = (args: string[], options: Parameters<typeof interrupt>[2] = {}) => interrupt(process.execPath, [bin, ...args], options);
const ndjsonLines = (stdout: string) => {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { schemaVersion: number; id?: number });
};

describe("Ctrl-C in a batch of a few thousand files", () => {
  test.each([
    ["one thread (the default under 4,000 files)", []],
    ["two threads", ["--jobs", "2"]],
  ])("ndjson, %s: stops at once, exit 130, every line whole and in order", async (_, jobs) => {
    const r = await extract(["-f", "ndjson", ...jobs, folder]);
    expect(r.code).toBe(130);
    expect(r.afterSignal).toBeLessThan(1000);
    expect(r.stderr).toBe(`${INTERRUPTED}\n`);
    const records = ndjsonLines(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(FILES);
    expect(records.every((x) => x.schemaVersion === 1)).toBe(true);
  });

  test("json: stops at once with one valid array of the results finished", async () => {
    const r = await extract([folder], { delay: 700 });
    expect(r.code).toBe(130);
    expect(r.afterSignal).toBeLessThan(1000);
    const results = JSON.parse(r.stdout) as Array<{ source: { path: string } }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(FILES);
    expect(results.map((x) => x.source.path)).toEqual(readdirSync(folder).sort().slice(0, results.length).map((f) => join(folder, f)));
  });

  test("pretty, piped: stops at once after a whole summary", async () => {
    const r = await extract(["-f", "pretty", folder], { after: 20_000 });
    expect(r.code).toBe(130);
    expect(r.afterSignal).toBeLessThan(1000);
    const summaries = r.stdout.split(/\n(?=\S+\.txt\n)/);
    expect(summaries.length).toBeLessThan(FILES);
    // every summary is whole: it has its date and heading lines and ends its last line
    for (const summary of summaries) expect(summary).toMatch(/^\S+\.txt\ndate {5}\S+\nheading {2}/);
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  test("--input ndjson: stops at once, every result line whole and carrying its id", async () => {
    const r = await extract(["--input", "ndjson"], { input: stream });
    expect(r.code).toBe(130);
    expect(r.afterSignal).toBeLessThan(1000);
    const records = ndjsonLines(r.stdout);
    expect(records.length).toBeLessThan(FILES);
    expect(records.map((x) => x.id)).toEqual(records.map((_, i) => i));
  });

  test("--input ndjson waiting on a slow writer: stops at once, without waiting for the next line", async () => {
    const child = spawn(process.execPath, [bin, "--input", "ndjson"], { env });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stdin.write(JSON.stringify({ id: "a", text: "date 2024-05-06 Ministers met in Baku." }) + "\n");
    // standard input stays open, as it does behind a producer that has not written its next line
    await new Promise((resolve) => setTimeout(resolve, 600));
    const sent = performance.now();
    child.kill("SIGINT");
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(performance.now() - sent).toBeLessThan(1000);
    expect(ndjsonLines(stdout).map((x) => x.id)).toEqual(["a"]);
  });

  test.each([
    ["one thread", []],
    ["two threads", ["--jobs", "2"]],
  ])("twice in a row, %s: stops at once with exit 130", async (_, jobs) => {
    const r = await extract(["-f", "ndjson", ...jobs, folder], { signals: 2, gap: 20 });
    // exit 130, or killed by the signal if it came as the run was ending: a shell says 130 to both
    expect(r.code === 130 || r.signal === "SIGINT").toBe(true);
    expect(r.afterSignal).toBeLessThan(1000);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  test.skipIf(!hasScript)("typed as ^C in a terminal: stops at once, exit 130, the summary and the message whole", async () => {
    // `script` gives the command a pseudo-terminal, as a user's terminal does (util-linux)
    const r = await interrupt("script", ["-qfec", `${process.execPath} ${bin} ${folder}`, "/dev/null"], { keys: true, after: 20_000 });
    expect(r.code).toBe(130);
    expect(r.afterSignal).toBeLessThan(1000);
    const screen = stripVTControlCharacters(r.stdout).replaceAll("\r\n", "\n");
    expect(screen).toMatch(/^\S+\.txt\ndate {5}\S+\nheading {2}/);
    expect(screen.endsWith(`${INTERRUPTED}\n`)).toBe(true);
  });
});

describe("a bad --ref-date over a batch", () => {
  test.each(["2025-13-01", "2025-02-30"])("%s is one usage error before any input is read: exit 2, nothing on stdout", (day) => {
    for (const format of ["json", "ndjson"]) {
      const r = spawnSync(process.execPath, [bin, "-f", format, "--ref-date", day, folder], { encoding: "utf8", env });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toEqual([`extract: option '--ref-date <YYYY-MM-DD>' argument '${day}' is invalid. Expected a calendar day written YYYY-MM-DD, such as 2025-06-17. (run extract --help for usage)`]);
    }
  });
});
