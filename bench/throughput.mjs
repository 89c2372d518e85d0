// Throughput, scaling, memory and cold start, each beside its reference measured in the same run:
//   - MB/s and documents/s of extract() in one thread, against a bare compromise pass
//     (nlp(text).json()) over the same texts: the corpus, and a generated set of 2,000 texts;
//   - issue 18's figure as a user meets it: `extract --format ndjson` (default jobs) over 2,030 files
//     against one `node` process running bare nlp(text).json() over the same files, whole processes,
//     wall clock, the median of 3 alternating pairs. The bare process takes 25-30 s on 2 cores, so
//     this adds about 1.5-2 minutes to the run;
//   - the CLI over the generated set with --jobs 1 and --jobs N (N = cores): docs/s, MB/s, peak RSS,
//     and N separate processes on shares of the set, the most any pool could reach on this machine;
//   - ndjson over 5,000, 20,000 and 40,000 inputs: peak RSS, which must stay flat and under 300 MB;
//   - the cold start of `extract one.txt` against `node -e ''`.
// The corpus is read from ../shared/corpus (not shipped); the generated texts recombine its
// paragraphs with a seeded generator and are written to a temporary folder. Exit code 1 when a
// target is missed. Run with `npm run bench` (it builds first).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { extract } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = join(root, "..", "shared", "corpus");
const bin = join(root, "bin", "extract.js");
const nlp = createRequire(import.meta.url)("compromise");
const cores = availableParallelism();
const TARGETS = {
  speedup: 10,
  // issue 18: the CLI process against a bare compromise process over the same 2,030 files
  processSpeedup: 10,
  // issue 18 asks for ≤ 3× `node -e ''`
  coldStart: 3,
  scaling: 1.7,
  rssMB: 300,
  rssGrowth: 1.25,
};
// Issue 18's "today" for one thread, from another run: shown beside the figure, but the target is
// against compromise in this run, as this machine's speed varies up to 1.6× between runs.
const ISSUE_TODAY_MB = 2.2;

// ---------- texts ----------
const fixturesDir = join(root, "fixtures");
const sourceDir = existsSync(corpusDir) ? corpusDir : fixturesDir;
const corpus = readdirSync(sourceDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(sourceDir, f), "utf8"));

/** mulberry32: a small seeded generator, so every run benches the same texts. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Press releases recombined from corpus paragraphs: a top (date line, dateline or none), a lead, a body. */
function generate(count, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const paragraphs = corpus.flatMap((t) => t.split(/\n\s*\n/u)).map((p) => p.trim()).filter((p) => p.length > 40);
  const tops = [
    () => `date 20${10 + Math.floor(next() * 16)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}\n`,
    () => `${pick(["MOSCOW", "TASHKENT", "BEIJING", "ASTANA", "BISHKEK"])}, ${pick(["May", "June", "October"])} ${1 + Math.floor(next() * 28)}. /TASS/. `,
    () => "",
  ];
  return Array.from({ length: count }, () => {
    const body = Array.from({ length: 2 + Math.floor(next() * 9) }, () => pick(paragraphs)).join("\n\n");
    return pick(tops)() + body + "\n";
  });
}

const generated = generate(2000, 20261127);
const megabytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

// ---------- in-process: extract against a bare compromise pass ----------
const bench = new Bench({ name: "one thread", iterations: 3, warmupIterations: 1, time: 1 });
bench
  .add("extract() over the corpus", () => corpus.forEach((t) => extract(t)))
  .add("nlp(text).json() over the corpus", () => corpus.forEach((t) => nlp(t).json()), { iterations: 1 })
  .add("extract() over 2,000 generated texts", () => generated.forEach((t) => extract(t)))
  .add("nlp(text).json() over 2,000 generated texts", () => generated.forEach((t) => nlp(t).json()), { iterations: 1, warmupIterations: 0 });
await bench.run();
const seconds = (name) => bench.getTask(name).result.latency.mean / 1000;
const rate = (name, texts) => ({ docs: texts.length / seconds(name), mb: megabytes(texts) / seconds(name) });

const rows = [];
let missed = 0;
const row = (measure, value, reference, ratio, target) => {
  const ok = target === undefined ? "" : target.ok ? "yes" : "NO";
  if (target && !target.ok) missed++;
  rows.push({ measure, value, reference, ratio, target: target?.text ?? "", ok });
};
for (const [label, texts] of [["corpus", corpus], ["generated", generated]]) {
  const ours = rate(`extract() over ${label === "corpus" ? "the corpus" : "2,000 generated texts"}`, texts);
  const bare = rate(`nlp(text).json() over ${label === "corpus" ? "the corpus" : "2,000 generated texts"}`, texts);
  const speedup = ours.docs / bare.docs;
  row(
    `${label} (${texts.length} texts, ${megabytes(texts).toFixed(1)} MB): extract(), 1 thread, warmed up`,
    `${ours.mb.toFixed(2)} MB/s, ${ours.docs.toFixed(0)} docs/s`,
    `nlp(text).json(): ${bare.mb.toFixed(2)} MB/s, ${bare.docs.toFixed(0)} docs/s; issue 18, another run: ${ISSUE_TODAY_MB} MB/s`,
    `${speedup.toFixed(1)}×; ${(ours.mb / ISSUE_TODAY_MB).toFixed(2)}× of ${ISSUE_TODAY_MB}`,
    { ok: speedup >= TARGETS.speedup, text: `≥ ${TARGETS.speedup}×` },
  );
}

// ---------- the CLI: jobs, scaling, memory ----------
const work = mkdtempSync(join(tmpdir(), "extract-bench-"));
function writeSet(dir, texts) {
  mkdirSync(dir, { recursive: true });
  texts.forEach((t, i) => writeFileSync(join(dir, `${String(i).padStart(5, "0")}.txt`), t));
}
/** Runs the CLI with --stats and reads its figures. */
function cli(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bin, "-f", "ndjson", "--stats", ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const wall = (performance.now() - started) / 1000;
  const m = /^extract: stats: (?<inputs>\d+) inputs[^:]*: (?<docs>\d+) docs\/s, (?<mb>[\d.]+) MB\/s, peak RSS (?<rss>\d+) MB/mu.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`extract ${args.join(" ")} failed: ${r.stderr.slice(0, 300)}`);
  const g = m.groups;
  return { inputs: Number(g.inputs), docs: Number(g.docs), mb: Number(g.mb), rss: Number(g.rss), wall };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Issue 18's ratio as a user meets it: they would otherwise run their own script of bare
// compromise over the files. Whole processes, wall clock (start-up, reading files and writing
// output included), alternating so that a slow spell of this shared machine hits both sides.
const userSet = join(work, "user-files");
const USER_FILES = 2030;
writeSet(userSet, Array.from({ length: USER_FILES }, (_, i) => corpus[i % corpus.length]));
const bareScript = join(work, "bare-compromise.mjs");
writeFileSync(
  bareScript,
  `import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
const nlp = createRequire(${JSON.stringify(join(root, "package.json"))})("compromise");
const dir = process.argv[2];
for (const file of readdirSync(dir).sort()) nlp(readFileSync(join(dir, file), "utf8")).json();
`,
);
/** Wall-clock seconds of one whole process; stdout goes to /dev/null. */
function processSeconds(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${r.status}: ${r.stderr.slice(0, 300)}`);
  return (performance.now() - started) / 1000;
}
const PAIRS = 3;
const cliWalls = [];
const bareWalls = [];
for (let pair = 0; pair < PAIRS; pair++) {
  cliWalls.push(processSeconds([bin, "--format", "ndjson", userSet]));
  bareWalls.push(processSeconds([bareScript, userSet]));
}
const cliWall = median(cliWalls);
const bareWall = median(bareWalls);
const listed = (walls) => walls.map((s) => s.toFixed(1)).join(", ");
row(
  `CLI process, 2,030 files (the corpus ×${(USER_FILES / corpus.length).toFixed(1)}), ndjson, default jobs: wall clock, median of ${PAIRS} alternating pairs`,
  `${(USER_FILES / cliWall).toFixed(0)} docs/s: ${cliWall.toFixed(2)} s of ${listed(cliWalls)}`,
  `bare nlp(text).json() process: ${(USER_FILES / bareWall).toFixed(0)} docs/s: ${bareWall.toFixed(1)} s of ${listed(bareWalls)}`,
  `${(bareWall / cliWall).toFixed(1)}×`,
  { ok: bareWall / cliWall >= TARGETS.processSpeedup, text: `≥ ${TARGETS.processSpeedup}×` },
);

const setDir = join(work, "generated");
writeSet(setDir, generated);
const one = cli(["--jobs", "1", setDir]);
const all = cli(["--jobs", String(cores), setDir]);
row("CLI, 2,000 generated files, --jobs 1", `${one.docs} docs/s, ${one.mb} MB/s, peak RSS ${one.rss} MB`, "", "", undefined);
row(`CLI, 2,000 generated files, --jobs ${cores}`, `${all.docs} docs/s, ${all.mb} MB/s, peak RSS ${all.rss} MB`, `--jobs 1: ${one.docs} docs/s`, `${(all.docs / one.docs).toFixed(2)}×`, cores >= 2 ? { ok: all.docs / one.docs >= TARGETS.scaling, text: `≥ ${TARGETS.scaling}× (2 cores)` } : undefined);

// What any pool could reach here: `cores` separate `extract --jobs 1` processes at once, each on
// its share of the same files, against one process on all of them. Each process warms its own JIT.
const shares = Array.from({ length: cores }, (_, k) => join(work, `share-${k}`));
shares.forEach((dir, k) => writeSet(dir, generated.filter((_, i) => i % cores === k)));
const oneProcess = cli(["--jobs", "1", setDir]).wall;
const started = performance.now();
const separateRun = (dir) =>
  new Promise((resolve, reject) =>
    spawn(process.execPath, [bin, "-f", "ndjson", "--jobs", "1", dir], { stdio: "ignore" })
      .on("error", reject)
      .on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`extract ${dir} exited with ${code}`)))),
  );
await Promise.all(shares.map(separateRun));
const separate = (performance.now() - started) / 1000;
row(`${cores} separate processes, 2,000 files shared out`, `${separate.toFixed(2)} s`, `one process: ${oneProcess.toFixed(2)} s`, `${(oneProcess / separate).toFixed(2)}×`, undefined);

// Peak RSS is noisy (it depends on when the collector runs): the median of three runs of each.
const many = generate(20000, 7);
writeSet(join(work, "5k"), many.slice(0, 5000));
writeSet(join(work, "20k"), many);
const smallRuns = [0, 1, 2].map(() => cli(["--jobs", String(cores), join(work, "5k")]));
const largeRuns = [0, 1, 2].map(() => cli(["--jobs", String(cores), join(work, "20k")]));
const summary = (runs) => ({ rss: median(runs.map((r) => r.rss)), docs: median(runs.map((r) => r.docs)), all: runs.map((r) => r.rss).join(", ") });
const small = summary(smallRuns);
const large = summary(largeRuns);
row("ndjson over 5,000 files: peak RSS (median of 3)", `${small.rss} MB of ${small.all} (${small.docs} docs/s)`, "", "", { ok: small.rss < TARGETS.rssMB, text: `< ${TARGETS.rssMB} MB` });
row("ndjson over 20,000 files: peak RSS (median of 3)", `${large.rss} MB of ${large.all} (${large.docs} docs/s)`, `5,000 files: ${small.rss} MB`, `${(large.rss / small.rss).toFixed(2)}×`, { ok: large.rss < TARGETS.rssMB && large.rss / small.rss <= TARGETS.rssGrowth, text: `< ${TARGETS.rssMB} MB, flat (≤ ${TARGETS.rssGrowth}×)` });
// where it levels off: the 20,000 files twice over
const longest = cli(["--jobs", String(cores), join(work, "20k"), join(work, "20k")]);
if (longest.inputs !== 40000) throw new Error(`the 40,000-input run read ${longest.inputs} inputs`);
row("ndjson over 40,000 inputs (20,000 files twice): peak RSS", `${longest.rss} MB (${longest.docs} docs/s)`, `20,000 files: ${large.rss} MB`, `${(longest.rss / large.rss).toFixed(2)}×`, { ok: longest.rss < TARGETS.rssMB, text: `< ${TARGETS.rssMB} MB` });

// ---------- cold start ----------
const one_txt = join(fixturesDir, "date-line-lead.txt");
const cold = new Bench({ name: "cold start", iterations: 20, warmupIterations: 2, time: 1 });
cold.add("node -e ''", () => spawnSync(process.execPath, ["-e", ""], { stdio: "ignore" }));
cold.add("extract one.txt", () => spawnSync(process.execPath, [bin, one_txt], { stdio: "ignore" }));
await cold.run();
const baseMs = cold.getTask("node -e ''").result.latency.mean;
const coldMs = cold.getTask("extract one.txt").result.latency.mean;
row("cold start: extract one.txt", `${coldMs.toFixed(0)} ms`, `node -e '': ${baseMs.toFixed(0)} ms`, `${(coldMs / baseMs).toFixed(2)}×`, { ok: coldMs / baseMs <= TARGETS.coldStart, text: `≤ ${TARGETS.coldStart}×` });

rmSync(work, { recursive: true, force: true });
console.log(`\nThroughput, scaling, memory, cold start (${cores} cores; texts from ${sourceDir === corpusDir ? "../shared/corpus" : "fixtures/"})`);
console.table(rows);
if (missed) {
  console.log(`${missed} target(s) missed`);
  process.exitCode = 1;
}
