// --out-dir over a few thousand files, stopped the hard ways: SIGKILL part-way (nothing of extract
// runs after it), then a rerun with --skip-existing; and Ctrl-C (SIGINT). What is in the folder must
// always be whole results, the rerun must finish the job without touching what was done, and no
// temporary file may stay behind once a run has ended on its own terms.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixtures = join(root, "fixtures");
const FOLDERS = 30;
const PER_FOLDER = 100;
const env = { ...process.env, NO_COLOR: "", FORCE_COLOR: "" };
const TEMPORARY = /^\..*\.extract-\d+\.tmp$/su;
const INTERRUPTED = "extract: interrupted; the results written so far are complete";

let batch: string;
/** The inputs, relative to the batch folder: the good ones, then the ones that cannot be read. */
let good: string[];
let bad: string[];
let validate: ValidateFunction;
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "extract-outdir-big-"));
  batch = join(scratch, "batch");
  const names = readdirSync(fixtures).filter((f) => f.endsWith(".txt"));
  good = [];
  for (let f = 0; f < FOLDERS; f++) {
    const folder = `f${String(f).padStart(2, "0")}`;
    mkdirSync(join(batch, folder), { recursive: true });
    for (let i = 0; i < PER_FOLDER; i++) {
      const name = `${folder}/${String(i).padStart(3, "0")}.txt`;
      copyFileSync(join(fixtures, names[(f * PER_FOLDER + i) % names.length]!), join(batch, name));
      good.push(name);
    }
  }
  bad = ["f03/zz-binary.txt", "f17/zz-binary.txt", "f29/zz-binary.txt"];
  for (const name of bad) writeFileSync(join(batch, name), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]));
  validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(spawnSync(process.execPath, [bin, "--schema"], { encoding: "utf8" }).stdout));
});

/** Every file under `folder`, "/"-separated and relative to it. */
function filesIn(folder: string, under = folder): string[] {
  return readdirSync(under, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesIn(folder, join(under, e.name)) : [relative(folder, join(under, e.name))]))
    .sort();
}
const hidden = (path: string) => path.split("/").at(-1)!.startsWith(".");
const results = (out: string, extension: string) => filesIn(out).filter((f) => !hidden(f) && f.endsWith(extension));

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Starts extract writing into `out`, waits until `atLeast` results are there (so it is stopped
 * part-way, never before it has begun), then sends `signals`.
 */
function stopPartWay(args: string[], out: string, signals: NodeJS.Signals[], extension = ".json", atLeast = 300): Promise<Stopped> {
  const child = spawn(process.execPath, [bin, ...args, batch, "--out-dir", out], { env });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  let ended = false;
  const done = new Promise<Stopped>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  child.on("close", () => (ended = true));
  const poll = () => {
    if (ended) return;
    let count = 0;
    try {
      count = results(out, extension).length;
    } catch {
      // the folder is not made yet
    }
    if (count >= atLeast) signals.forEach((signal, i) => setTimeout(() => child.kill(signal), i * 20));
    else setTimeout(poll, 20);
  };
  poll();
  return done;
}

function expectWholeResult(out: string, name: string) {
  const record = JSON.parse(readFileSync(join(out, name), "utf8"));
  expect(validate(record), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  expect(record.error).toBeUndefined();
  expect(record.source.path).toBe(join(batch, name.replace(/\.json$/u, "")));
}

describe("--out-dir over a batch of a few thousand files", () => {
  test("killed with SIGKILL part-way, then rerun with --skip-existing: every input gets exactly one whole result, and the finished ones are not redone", () => {
    const out = join(scratch, "killed");
    return stopPartWay([], out, ["SIGKILL"]).then((killed) => {
      expect(killed.signal).toBe("SIGKILL");
      // what a reader of the folder sees is whole results only; a temporary file is hidden
      const before = results(out, ".json");
      expect(before.length).toBeGreaterThan(0);
      expect(before.length).toBeLessThan(good.length);
      for (const name of filesIn(out).filter((f) => !before.includes(f))) expect(name === "errors.ndjson" || TEMPORARY.test(name.split("/").at(-1)!), name).toBe(true);
      for (const name of before) expectWholeResult(out, name);
      const stamps = new Map(before.map((name) => [name, statSync(join(out, name), { bigint: true })]));

      // the rerun: two threads, which write the same files as one
      const rerun = spawnSync(process.execPath, [bin, "--skip-existing", "--jobs", "2", batch, "--out-dir", out], { encoding: "utf8", env });
      expect(rerun.status).toBe(1); // the files that cannot be read fail again
      expect(rerun.stdout).toBe("");
      const errorsFile = join(out, "errors.ndjson");
      expect(rerun.stderr.trimEnd().split("\n")).toEqual([
        ...bad.map((name) => `extract: ${join(batch, name)}: binary content, not text`),
        `extract: ${good.length - before.length} results written to ${out}, ${before.length} already there, ${bad.length} failed (listed in ${errorsFile})`,
      ]);
      // exactly one result for each input, and nothing else: no temporary file left
      expect(filesIn(out)).toEqual([...good.map((name) => `${name}.json`), "errors.ndjson"].sort());
      for (const name of good) expectWholeResult(out, `${name}.json`);
      const errors = readFileSync(errorsFile, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
      expect(errors.map((e) => e.source.path)).toEqual(bad.map((name) => join(batch, name)));
      for (const e of errors) expect(validate(e)).toBe(true);
      // the results of the first run were neither rewritten nor replaced
      for (const [name, stamp] of stamps) {
        const now = statSync(join(out, name), { bigint: true });
        expect([now.ino, now.mtimeNs], name).toEqual([stamp.ino, stamp.mtimeNs]);
      }
    });
  }, 120_000);

  test("Ctrl-C (SIGINT), one thread: exit 130, whole results only, no temporary file", async () => {
    const out = join(scratch, "interrupted");
    const stopped = await stopPartWay([], out, ["SIGINT"]);
    expect(stopped.code).toBe(130);
    const written = results(out, ".json");
    expect(written.length).toBeLessThan(good.length);
    expect(filesIn(out).filter(hidden)).toEqual([]);
    for (const name of written) expectWholeResult(out, name);
    const lines = stopped.stderr.trimEnd().split("\n");
    expect(lines.slice(-2)).toEqual([expect.stringMatching(new RegExp(`^extract: ${written.length} results written to `, "u")), INTERRUPTED]);
  }, 60_000);

  test("Ctrl-C, --format html on two threads: exit 130, whole pages, an index of exactly those, no temporary file", async () => {
    const out = join(scratch, "interrupted-html");
    const stopped = await stopPartWay(["--format", "html", "--jobs", "2"], out, ["SIGINT"], ".html");
    expect(stopped.code).toBe(130);
    const pages = results(out, ".txt.html");
    expect(pages.length).toBeLessThan(good.length);
    expect(filesIn(out).filter((f) => hidden(f) && f !== ".extract-pages.ndjson")).toEqual([]);
    for (const name of pages) expect(readFileSync(join(out, name), "utf8").endsWith("</html>\n"), name).toBe(true);
    const links = [...readFileSync(join(out, "index.html"), "utf8").matchAll(/<a href="([^"]+)">/gu)].map((m) => decodeURIComponent(m[1]!));
    expect(links.sort()).toEqual(pages);
  }, 60_000);

  test("Ctrl-C twice: stops at once, and still no temporary file", async () => {
    const out = join(scratch, "interrupted-twice");
    const stopped = await stopPartWay(["--jobs", "2"], out, ["SIGINT", "SIGINT"]);
    // exit 130, or killed by the signal if it came as the run was ending: a shell says 130 to both
    expect(stopped.code === 130 || stopped.signal === "SIGINT").toBe(true);
    expect(filesIn(out).filter(hidden)).toEqual([]);
    for (const name of results(out, ".json")) expectWholeResult(out, name);
  }, 60_000);
});
