// The progress line: its text and when it is drawn, with a fake terminal and clock; then the built
// command over a few hundred files on a pseudo-terminal made by `script` (util-linux), as a user
// sees it, and piped, where standard error must hold no progress bytes at all.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clock, createProgress, PROGRESS_FROM, progressText, showsProgress } from "../src/cli/progress.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixtures = join(root, "fixtures");
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const ERASE_TO_END = "\u001b[K";
const ERASE = `\r${ERASE_TO_END}`;

describe("the progress text", () => {
  test.each([
    [{ done: 10, total: 300, failed: 0, elapsedMs: 2000 }, "extract: 10/300 files, 5 docs/s, 0:02 elapsed, ETA 0:58, 0 failed"],
    [{ done: 1500, total: 3000, failed: 2, elapsedMs: 1000 }, "extract: 1500/3000 files, 1500 docs/s, 0:01 elapsed, ETA 0:01, 2 failed"],
    [{ done: 100, total: 20000, failed: 0, elapsedMs: 65_000 }, "extract: 100/20000 files, 2 docs/s, 1:05 elapsed, ETA 3:35:35, 0 failed"],
    [{ done: 0, total: 50, failed: 0, elapsedMs: 0 }, "extract: 0/50 files, 0 docs/s, 0:00 elapsed, ETA ?, 0 failed"],
    // --input ndjson: the length of the stream is not known, so no ETA
    [{ done: 4200, total: null, failed: 1, elapsedMs: 3000 }, "extract: 4200 lines, 1400 docs/s, 0:03 elapsed, 1 failed"],
  ])("%j", (state, text) => {
    expect(progressText(state)).toBe(text);
  });

  test.each([
    [0, "0:00"],
    [59.4, "0:59"],
    [61, "1:01"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [-3, "0:00"],
  ])("clock(%d) is %s", (seconds, text) => {
    expect(clock(seconds)).toBe(text);
  });
});

describe("when the line is shown", () => {
  const on = { progress: true, quiet: false };
  test.each([
    ["a batch on a terminal", on, {}, true, 300, true],
    ["a batch of unknown length on a terminal", on, {}, true, null, true],
    ["exactly the smallest batch", on, {}, true, PROGRESS_FROM, true],
    ["a few files", on, {}, true, PROGRESS_FROM - 1, false],
    ["stderr not a terminal", on, {}, false, 300, false],
    ["--no-progress", { progress: false, quiet: false }, {}, true, 300, false],
    ["--quiet", { progress: true, quiet: true }, {}, true, 300, false],
    ["CI=1", on, { CI: "1" }, true, 300, false],
    ["CI=true", on, { CI: "true" }, true, 300, false],
    ["CI=false", on, { CI: "false" }, true, 300, true],
    ["CI empty", on, { CI: "" }, true, 300, true],
    ["TERM=dumb", on, { TERM: "dumb" }, true, 300, false],
  ] as const)("%s: %s", (_, flags, env, terminal, total, shown) => {
    expect(showsProgress(flags, env, terminal, total)).toBe(shown);
  });
});

describe("drawing the line", () => {
  function fakeTerminal(columns = 100) {
    const writes: string[] = [];
    let time = 0;
    return { writes, terminal: { write: (text: string) => writes.push(text), columns }, now: () => time, tick: (ms: number) => (time += ms) };
  }

  test("nothing before the 10th input, then at most one redraw every 100 ms; end erases it", () => {
    const t = fakeTerminal();
    const progress = createProgress({ enabled: true, total: 300, stderr: t.terminal, stdoutIsTerminal: false, now: t.now });
    for (let done = 1; done < PROGRESS_FROM; done++) progress.update(done, 0);
    expect(t.writes).toEqual([]);
    t.tick(1000);
    progress.update(PROGRESS_FROM, 0);
    expect(t.writes).toEqual([`\r${progressText({ done: 10, total: 300, failed: 0, elapsedMs: 1000 })}\u001b[K`]);
    for (let done = 11; done <= 60; done++) {
      t.tick(5);
      progress.update(done, 1);
    }
    // 250 ms in 50 updates: two more redraws
    expect(t.writes).toHaveLength(3);
    expect(t.writes[2]).toContain("50/300 files");
    progress.end();
    expect(t.writes.at(-1)).toBe(ERASE);
    progress.update(61, 1);
    t.tick(500);
    progress.update(62, 1);
    expect(t.writes.at(-1)).toBe(ERASE);
  });

  test("erased before an error line and put back after it; kept while output goes elsewhere", () => {
    const t = fakeTerminal();
    const progress = createProgress({ enabled: true, total: 300, stderr: t.terminal, stdoutIsTerminal: false, now: t.now });
    t.tick(100);
    progress.update(10, 0);
    const line = t.writes[0]!;
    progress.hide({ stderr: false, stdout: true });
    expect(t.writes).toHaveLength(1);
    progress.hide({ stderr: true, stdout: true });
    expect(t.writes.at(-1)).toBe(ERASE);
    t.tick(1);
    progress.update(11, 1);
    // put back as it was: the redraw is not due yet
    expect(t.writes.at(-1)).toBe(line);
    progress.end();
  });

  test("erased around output to standard output when that is the same terminal", () => {
    const t = fakeTerminal();
    const progress = createProgress({ enabled: true, total: 300, stderr: t.terminal, stdoutIsTerminal: true, now: t.now });
    progress.update(10, 0);
    progress.hide({ stderr: false, stdout: true });
    expect(t.writes.at(-1)).toBe(ERASE);
    progress.end();
  });

  test("cut to one column less than the terminal, so that it never wraps", () => {
    const t = fakeTerminal(40);
    const progress = createProgress({ enabled: true, total: 300, stderr: t.terminal, stdoutIsTerminal: false, now: t.now });
    progress.update(10, 0);
    expect(t.writes[0]).toBe(`\r${"extract: 10/300 files, 0 docs/s, 0:00 el".slice(0, 39)}\u001b[K`);
    progress.end();
  });

  test("disabled, it writes nothing", () => {
    const t = fakeTerminal();
    const progress = createProgress({ enabled: false, total: 300, stderr: t.terminal, stdoutIsTerminal: true, now: t.now });
    progress.update(100, 0);
    progress.hide({ stderr: true, stdout: true });
    progress.end();
    expect(t.writes).toEqual([]);
  });
});

/**
 * What a terminal shows after `raw`: `\r` goes back to the start of the line and `ESC[K` erases
 * to its end, as they do on the screen; colours are dropped.
 */
function screenOf(raw: string): string[] {
  return raw
    .replaceAll("\r\n", "\n")
    .split("\n")
    .map((line) => {
      let shown = "";
      let column = 0;
      line.split(ERASE_TO_END).forEach((piece, i) => {
        if (i > 0) shown = shown.slice(0, column);
        piece.split("\r").forEach((part, j) => {
          if (j > 0) column = 0;
          const text = stripVTControlCharacters(part);
          shown = shown.slice(0, column) + text + shown.slice(column + text.length);
          column += text.length;
        });
      });
      return shown;
    });
}

/** The environment of a user's shell: no CI variable, which the test runner may have. */
function userShell(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CI;
  return env;
}

const PROGRESS_LINE = /extract: \d+\/\d+ files, \d+ docs\/s, \d+:\d\d elapsed, ETA (?:\d+:)?\d+:\d\d, \d+ failed/;
const FILES = 300;

describe.skipIf(!hasScript)("the command on a terminal, over a few hundred files", () => {
  let dir: string;
  let folder: string;
  let missing: string;
  let stream: string;
  const env = { ...userShell(), NO_COLOR: "", FORCE_COLOR: "" };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "extract-progress-"));
    folder = join(dir, "news");
    const names = readdirSync(fixtures).filter((f) => f.endsWith(".txt"));
    spawnSync("mkdir", [folder]);
    for (let i = 0; i < FILES; i++) copyFileSync(join(fixtures, names[i % names.length]!), join(folder, `${String(i).padStart(4, "0")}.txt`));
    missing = join(dir, "gone.txt");
    const texts = names.map((name) => readFileSync(join(fixtures, name), "utf8"));
    stream = join(dir, "texts.ndjson");
    writeFileSync(stream, Array.from({ length: FILES }, (_, i) => JSON.stringify({ id: i, text: texts[i % texts.length] })).join("\n") + "\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `extract args` on a pseudo-terminal; `shell` is appended as is (redirections). */
  function onTerminal(args: string[], shell = "", extraEnv: Record<string, string> = {}) {
    const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(" ") + shell;
    const r = spawnSync("script", ["-qfec", command, "/dev/null"], { encoding: "utf8", env: { ...env, ...extraEnv }, input: "", timeout: 60_000 });
    return { code: r.status, raw: r.stdout };
  }

  test("a batch redirected to a file: the line appears on the terminal, an error line stays whole, the line is gone at the end", () => {
    const out = join(dir, "out.ndjson");
    const r = onTerminal(["-f", "ndjson", folder, missing, folder], ` > '${out}'`);
    expect(r.code).toBe(1);
    expect(r.raw).toMatch(PROGRESS_LINE);
    expect(r.raw).toContain(`/${2 * FILES + 1} files`);
    // the screen at the end: the error line alone, no progress
    expect(screenOf(r.raw).filter((line) => line !== "")).toEqual([`extract: ${missing}: no such file or folder`]);
    expect(r.raw.endsWith(ERASE)).toBe(true);
    // nothing of it in the output
    const records = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(records).toHaveLength(2 * FILES + 1);
    const output = readFileSync(out, "utf8");
    expect(output.includes("\r") || output.includes("\u001b")).toBe(false);
  });

  test("with --stats the stats line stays, the progress line does not", () => {
    const r = onTerminal(["-f", "ndjson", "--stats", folder], " > /dev/null");
    expect(r.code).toBe(0);
    expect(r.raw).toMatch(PROGRESS_LINE);
    const screen = screenOf(r.raw).filter((line) => line !== "");
    expect(screen).toHaveLength(1);
    expect(screen[0]).toMatch(/^extract: stats: 300 inputs \(0 failed\)/);
  });

  test("pretty output on the same terminal: the summaries come out whole, as they do without the line", () => {
    const plain = spawnSync(process.execPath, [bin, "-f", "pretty", folder], { encoding: "utf8", env: { ...env, NO_COLOR: "1" } });
    const r = onTerminal([folder], "", { NO_COLOR: "1" });
    expect(r.code).toBe(0);
    expect(r.raw).toMatch(PROGRESS_LINE);
    expect(screenOf(r.raw).join("\n")).toBe(plain.stdout);
  });

  test("--input ndjson: done, rate and elapsed, no ETA; gone at the end", () => {
    const r = onTerminal(["--input", "ndjson"], ` < '${stream}' > /dev/null`);
    expect(r.code).toBe(0);
    expect(r.raw).toMatch(/extract: \d+ lines, \d+ docs\/s, \d+:\d\d elapsed, 0 failed/);
    expect(r.raw).not.toContain("ETA");
    expect(screenOf(r.raw).filter((line) => line !== "")).toEqual([]);
  });

  test.each([
    ["--no-progress", ["--no-progress"], {}],
    ["CI=1", [], { CI: "1" }],
    ["--quiet", ["--quiet"], {}],
  ] as [string, string[], Record<string, string>][])("%s: no progress on the terminal either", (name, flags, extraEnv) => {
    const out = join(dir, "quiet.ndjson");
    const r = onTerminal([...flags, "-f", "ndjson", folder, missing], ` > '${out}'`, extraEnv);
    expect(r.code).toBe(1);
    expect(r.raw).not.toContain("\u001b[K");
    expect(r.raw).not.toMatch(/ files, /);
    // --quiet also drops the error line; the error record stays in the output, exit 1 as ever
    const errorLine = `extract: ${missing}: no such file or folder\r\n`;
    expect(r.raw).toBe(name === "--quiet" ? "" : errorLine);
    const last = JSON.parse(readFileSync(out, "utf8").trimEnd().split("\n").at(-1)!);
    expect(last.error.code).toBe("NOT_FOUND");
  });

  test.each([1, 2])("Ctrl-C typed %i time(s) while the line is shown: it is erased, the message stands alone, exit 130", async (presses) => {
    const out = join(dir, "interrupted.ndjson");
    const command = [process.execPath, bin, "-f", "ndjson", folder, folder, folder].map((a) => `'${a}'`).join(" ") + ` > '${out}'`;
    const child = spawn("script", ["-qfec", command, "/dev/null"], { env });
    let raw = "";
    let typed = false;
    // a second ^C may come after the run, and script, have ended
    child.stdin.on("error", () => {});
    child.stdout.on("data", (chunk: Buffer) => {
      raw += chunk;
      if (!typed && PROGRESS_LINE.test(raw)) {
        typed = true;
        // ^C typed into the terminal: its line discipline sends SIGINT
        for (let i = 0; i < presses; i++) setTimeout(() => child.stdin.write("\x03"), i * 20);
      }
    });
    const code = await new Promise((resolve) => child.on("close", (status) => resolve(status)));
    expect(typed).toBe(true);
    // a second ^C stops at once, the first finishes the input at hand: both exit 130
    expect(code).toBe(130);
    const screen = screenOf(raw).filter((line) => line !== "");
    if (presses === 1) expect(screen).toEqual(["extract: interrupted; the results written so far are complete"]);
    else expect(screen.filter((line) => PROGRESS_LINE.test(line))).toEqual([]);
    const lines = readFileSync(out, "utf8").split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.length - 1).toBeLessThan(3 * FILES);
    for (const line of lines.slice(0, -1)) expect(JSON.parse(line).schemaVersion).toBe(1);
  });

  test("--quiet with pretty output on a terminal shows a failure in the output, since no line on stderr does", () => {
    const r = onTerminal(["--quiet", join(fixtures, "no-date.txt"), missing], "", { NO_COLOR: "1" });
    expect(r.code).toBe(1);
    const screen = screenOf(r.raw).join("\n");
    expect(screen).toContain(`${missing}  error NOT_FOUND: ${missing}: no such file or folder`);
    expect(screen).not.toContain(`extract: ${missing}`);
  });
});

describe("the command with standard error piped", () => {
  test("standard error holds no progress bytes, only the error line", () => {
    const env = userShell();
    const missing = join(tmpdir(), "extract-progress-missing.txt");
    const r = spawnSync(process.execPath, [bin, "-f", "ndjson", fixtures, fixtures, missing], { encoding: "utf8", env });
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(25);
    expect(r.stderr).toBe(`extract: ${missing}: no such file or folder\n`);
  });

  test("--quiet: nothing on standard error; the error record is in the output; exit 1", () => {
    const missing = join(tmpdir(), "extract-progress-missing.txt");
    const r = spawnSync(process.execPath, [bin, "--quiet", fixtures, missing], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).at(-1).error.code).toBe("NOT_FOUND");
  });

  test("--quiet silences warning lines too, and keeps the warning in the result", () => {
    const r = spawnSync(process.execPath, [bin, "--quiet", "-"], { encoding: "utf8", input: "" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(["EMPTY_INPUT"]);
  });
});
