// All cores and past one machine: --jobs gives the same bytes as one thread, in input order;
// --input ndjson maps lines {"id", "text"} to result lines carrying the id, alone and under GNU
// parallel (where it is installed: the Debian package `parallel`).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixtures = join(root, "fixtures");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
const lines = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;

let batch: string;
let texts: Array<{ id: string; text: string }>;
beforeAll(() => {
  // 60 files: enough for the worker pool to start
  batch = mkdtempSync(join(tmpdir(), "extract-jobs-"));
  const names = readdirSync(fixtures).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < 60; i++) copyFileSync(join(fixtures, names[i % names.length]!), join(batch, `${String(i).padStart(3, "0")}.txt`));
  texts = names.flatMap((name, i) => [0, 1, 2, 3].map((k) => ({ id: `${name}#${k}`, text: readFileSync(join(fixtures, names[(i + k) % names.length]!), "utf8") })));
});
afterAll(() => rmSync(batch, { recursive: true, force: true }));

describe("--jobs", () => {
  test("worker threads give the same bytes as one thread, in input order", () => {
    const one = run(["-f", "ndjson", "--jobs", "1", batch]);
    const two = run(["-f", "ndjson", "--jobs", "2", batch]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(lines(two.stdout).map((r) => r.source.path)).toEqual(readdirSync(batch).sort().map((f) => join(batch, f)));
  });

  test("threads start for a small batch only when --jobs asks for them", () => {
    // each thread warms up its own JIT: by default a batch of 60 files runs in one thread
    const stats = (args: string[]) => /, (\d+) jobs?$/mu.exec(run(["-f", "ndjson", "--stats", ...args, batch]).stderr)?.[1];
    expect(stats([])).toBe("1");
    expect(stats(["--jobs", "2"])).toBe("2");
    expect(stats(["--jobs", "1"])).toBe("1");
  });

  test("a stream of --input ndjson uses threads only when --jobs asks for them", () => {
    // under GNU parallel every process already has a core of its own
    const input = texts.map((t) => JSON.stringify(t)).join("\n") + "\n";
    const stats = (args: string[]) => /, (\d+) jobs?$/mu.exec(run(["--input", "ndjson", "--stats", ...args], input).stderr)?.[1];
    expect(stats([])).toBe("1");
    expect(stats(["--jobs", "2"])).toBe("2");
  });

  test("a bad --jobs is a usage error", () => {
    expect(run(["--jobs", "0", batch]).status).toBe(2);
    expect(run(["--jobs", "many", batch]).status).toBe(2);
  });
});

describe("--input ndjson", () => {
  const input = () => texts.map((t) => JSON.stringify(t)).join("\n") + "\n";

  test("writes one result line per input line, carrying its id, in order", () => {
    for (const jobs of ["1", "2"]) {
      const r = run(["--input", "ndjson", "--jobs", jobs], input());
      expect(r.status).toBe(0);
      const out = lines(r.stdout);
      expect(out.map((x) => x.id)).toEqual(texts.map((t) => t.id));
      // the same text gives the same result as the file it came from
      const fromFile = JSON.parse(run([join(fixtures, "tass-dateline.txt")]).stdout);
      const i = texts.findIndex((t) => t.text === readFileSync(join(fixtures, "tass-dateline.txt"), "utf8"));
      expect({ ...out[i], id: null, source: null }).toEqual({ ...fromFile, id: null, source: null });
    }
  });

  test("a line that is not {id, text} gives an error record with its id; the others go on; exit 1", () => {
    const r = run(["--input", "ndjson"], '{"id": 7, "text": "date 2025-01-02 Talks were held."}\nnot json\n{"id": "x"}\n\n{"id": 9, "text": "Leaders met."}\n');
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((x) => [x.id, x.error?.code ?? x.date?.value ?? null])).toEqual([
      [7, "2025-01-02"],
      [null, "BAD_INPUT"],
      ["x", "BAD_INPUT"],
      [9, null],
    ]);
    expect(r.stderr.trimEnd().split("\n")).toEqual(["extract: line 2: not JSON", 'extract: line 3: expected {"id": …, "text": "…"}']);
  });

  test("one result line for each non-blank line: blank lines, as between blocks of a stream, give none", () => {
    const r = run(["--input", "ndjson"], '\n{"id": 1, "text": "Talks."}\n   \n\r\n{"id": 2, "text": ""}\n\n');
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((x) => [x.id, x.warnings.map((w: { code: string }) => w.code)])).toEqual([
      [1, []],
      [2, ["EMPTY_INPUT"]],
    ]);
    expect(r.stderr).toBe('extract: line with id 2: warning EMPTY_INPUT: the input is empty or only white space\n');
  });

  test("as a co-process, answers each line before the next one is written", async () => {
    const child = spawn(process.execPath, [bin, "--input", "ndjson"], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    const nextLine = () =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no result line yet; stdout so far: ${stdout}`)), 10_000);
        const check = () => {
          const at = stdout.indexOf("\n");
          if (at < 0) return;
          clearTimeout(timer);
          child.stdout.off("data", onData);
          const line = stdout.slice(0, at);
          stdout = stdout.slice(at + 1);
          resolve(line);
        };
        const onData = (chunk: Buffer) => {
          stdout += chunk;
          check();
        };
        child.stdout.on("data", onData);
        check();
      });
    for (const id of ["first", "second"]) {
      child.stdin.write(JSON.stringify({ id, text: "date 2024-03-04 Ministers met in Baku." }) + "\n");
      expect(JSON.parse(await nextLine()).id).toBe(id);
    }
    child.stdin.end();
    expect(await new Promise((resolve) => child.on("close", resolve))).toBe(0);
  });

  test("takes no paths", () => {
    expect(run(["--input", "ndjson", fixtures], "").status).toBe(2);
  });

  test.skipIf(!hasParallel)("works as a mapper under GNU parallel --pipe", () => {
    const r = spawnSync("parallel", ["--pipe", "--keep-order", "-N", "7", process.execPath, bin, "--input", "ndjson", "--jobs", "1"], {
      input: input(),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(texts.map((t) => t.id));
  });
});
