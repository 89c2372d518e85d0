// --out-dir and --format html as a user runs them: the built command in a child process, on real
// folders. One result file per input, named after it; failures listed in errors.ndjson; reruns
// with --skip-existing that leave finished results alone; names that would clash refused.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixture = (name: string) => join(root, "fixtures", name);
const USAGE_HINT = " (run extract --help for usage)";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `folder`, as "/"-separated paths relative to it, sorted. */
function filesIn(folder: string, under = folder): string[] {
  return readdirSync(under, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesIn(folder, join(under, e.name)) : [relative(folder, join(under, e.name)).split("\\").join("/")]))
    .sort();
}

let dir: string;
let news: string;
let validate: ValidateFunction;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-outdir-"));
  news = join(dir, "news");
  mkdirSync(join(news, "kg", "2025"), { recursive: true });
  writeFileSync(join(news, "a.txt"), "date 2025-02-03 The two foreign ministers met in a border town and agreed to reopen the crossing.");
  writeFileSync(join(news, "kg", "b.txt"), "BISHKEK, June 17. The parties signed an agreement on water sharing.");
  writeFileSync(join(news, "kg", "2025", "c.txt"), "date 2025-07-08 «Our doors stay open,» the deputy minister said.");
  writeFileSync(join(news, "kg", "broken.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x00]));
  writeFileSync(join(news, "notes.md"), "not a press release");
  const schema = JSON.parse(run(["--schema"]).stdout);
  validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
});

describe("--out-dir", () => {
  test("writes one result per input, mirroring the folder; failures go to errors.ndjson and stderr; stdout stays empty", () => {
    const out = join(dir, "out-mirror");
    const r = run([news, "--out-dir", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const broken = join(news, "kg", "broken.txt");
    expect(r.stderr).toBe(
      `extract: ${broken}: binary content, not text\n` + `extract: 3 results written to ${out}, 0 already there, 1 failed (listed in ${join(out, "errors.ndjson")})\n`,
    );
    expect(filesIn(out)).toEqual(["a.txt.json", "errors.ndjson", "kg/2025/c.txt.json", "kg/b.txt.json"]);
    // each file is what --format json gives for that one file
    for (const [name, input] of [["a.txt.json", "a.txt"], ["kg/b.txt.json", "kg/b.txt"], ["kg/2025/c.txt.json", "kg/2025/c.txt"]]) {
      const alone = run([join(news, input!)]);
      const written = readFileSync(join(out, name!), "utf8");
      expect(written).toBe(alone.stdout);
      expect(validate(JSON.parse(written)), JSON.stringify(validate.errors)).toBe(true);
    }
    const errors = readFileSync(join(out, "errors.ndjson"), "utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(errors).toEqual([{ schemaVersion: 1, source: { path: broken }, error: { code: "NOT_TEXT", message: `${broken}: binary content, not text` } }]);
    for (const e of errors) expect(validate(e)).toBe(true);
  });

  test("a file named directly goes under its base name; a missing one is an error record; exit 1", () => {
    const out = join(dir, "out-named");
    const missing = join(dir, "nowhere.txt");
    const r = run([fixture("date-line-lead.txt"), missing, join(news, "kg", "b.txt"), "--out-dir", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(filesIn(out)).toEqual(["b.txt.json", "date-line-lead.txt.json", "errors.ndjson"]);
    expect(JSON.parse(readFileSync(join(out, "date-line-lead.txt.json"), "utf8")).date.value).toBe("2025-03-14");
    expect(readFileSync(join(out, "errors.ndjson"), "utf8")).toBe(JSON.stringify({ schemaVersion: 1, source: { path: missing }, error: { code: "NOT_FOUND", message: `${missing}: no such file or folder` } }) + "\n");
    expect(r.stderr.split("\n")[0]).toBe(`extract: ${missing}: no such file or folder`);
  });

  test("a clean run: exit 0, no errors.ndjson, the one summary line; an earlier run's errors.ndjson is gone", () => {
    const out = join(dir, "out-clean");
    mkdirSync(out);
    writeFileSync(join(out, "errors.ndjson"), '{"stale": true}\n');
    const r = run([join(news, "a.txt"), "--out-dir", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`extract: 1 result written to ${out}, 0 already there, 0 failed\n`);
    expect(filesIn(out)).toEqual(["a.txt.json"]);
  });

  test("--skip-existing leaves finished results as they are (same inode and mtime) and does only the missing ones", async () => {
    const out = join(dir, "out-skip");
    expect(run([news, "--out-dir", out]).code).toBe(1);
    const stamp = (name: string) => {
      const s = statSync(join(out, name));
      return { ino: s.ino, mtimeMs: s.mtimeMs };
    };
    const before = { a: stamp("a.txt.json"), c: stamp("kg/2025/c.txt.json") };
    // a later second, so that a rewrite could not keep the same mtime
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const gone = join(out, "kg", "b.txt.json");
    writeFileSync(join(dir, "b-was.json"), readFileSync(gone));
    (await import("node:fs")).rmSync(gone);
    const again = run([news, "--out-dir", out, "--skip-existing"]);
    expect(again.code).toBe(1); // the binary file still fails
    expect(again.stderr.trimEnd().split("\n").at(-1)).toBe(`extract: 1 result written to ${out}, 2 already there, 1 failed (listed in ${join(out, "errors.ndjson")})`);
    expect({ a: stamp("a.txt.json"), c: stamp("kg/2025/c.txt.json") }).toEqual(before);
    expect(readFileSync(gone, "utf8")).toBe(readFileSync(join(dir, "b-was.json"), "utf8"));
    // without --skip-existing every result is written again: the check above can fail
    expect(run([news, "--out-dir", out]).code).toBe(1);
    expect(stamp("a.txt.json")).not.toEqual(before.a);
  });

  test("removes the temporary files a killed run left, and only those of no running process", () => {
    const out = join(dir, "out-leftovers");
    mkdirSync(join(out, "kg"), { recursive: true });
    // a process that has ended: its pid is free
    const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    const stale = join(out, "kg", `.b.txt.json.extract-${ended}.tmp`);
    const live = join(out, `.a.txt.json.extract-${process.pid}.tmp`);
    const mine = join(out, `notes.extract-${ended}.tmp`); // not hidden: not a name extract gives its files
    for (const path of [stale, live, mine]) writeFileSync(path, '{"half": ');
    expect(run([news, "--out-dir", out]).code).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(mine)).toBe(true);
  });

  test("two inputs that would get the same name are refused before anything is read or written: exit 2", () => {
    const other = join(dir, "other");
    mkdirSync(other, { recursive: true });
    copyFileSync(join(news, "a.txt"), join(other, "a.txt"));
    for (const args of [
      [join(news, "a.txt"), join(other, "a.txt")], // two named files with one base name
      [news, join(other, "a.txt")], // a named file and a file of a folder
      [join(news, "a.txt"), join(news, "a.txt")], // one file named twice
    ]) {
      const out = join(dir, `out-clash-${Math.random().toString(36).slice(2)}`);
      const r = run([...args, "--out-dir", out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `extract: --out-dir: ${args[0] === news ? join(news, "a.txt") : args[0]} and ${args[1]} would both be written to ${join(out, "a.txt.json")}; name each file once, or use a separate --out-dir for files with the same name${USAGE_HINT}\n`,
      );
      expect(existsSync(out)).toBe(false);
    }
  });

  test("with --format html a named file called index would take the index's name: refused", () => {
    const index = join(dir, "index");
    writeFileSync(index, "date 2025-01-01 A text in a file without an extension.");
    const r = run([index, join(news, "a.txt"), "--format", "html", "--out-dir", join(dir, "out-index-clash")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the index and ${index} would both be written to`);
    // as json it has a name of its own
    expect(run([index, "--out-dir", join(dir, "out-index-json")]).code).toBe(0);
    expect(filesIn(join(dir, "out-index-json"))).toEqual(["index.json"]);
  });

  test.each([
    [["--skip-existing", "NEWS"], "--skip-existing goes with --out-dir DIR: it leaves the results already in DIR"],
    [["-", "--out-dir", "OUT"], "--out-dir names each result after its input file, and standard input has no name: save it to a file first, or leave out --out-dir"],
    [["--out-dir", "OUT"], "--out-dir names each result after its input file, and standard input has no name: save it to a file first, or leave out --out-dir"],
    [["--input", "ndjson", "--out-dir", "OUT"], "--out-dir writes a file per input file; --input ndjson is one stream: write its results to one file (> results.ndjson)"],
    [["--input", "ndjson", "--format", "html"], "--format html writes a file per input file; --input ndjson is one stream: write its results to one file (> results.ndjson)"],
    [["--format", "ndjson", "--out-dir", "OUT", "NEWS"], "--out-dir writes json or html files, not ndjson"],
    [["--format", "pretty", "--out-dir", "OUT", "NEWS"], "--out-dir writes json or html files, not pretty"],
    [["--format", "html", "NEWS"], "--format html writes one page per input; for 4 inputs use --out-dir DIR (a page each and an index.html)"],
    [["--out-dir", "", "NEWS"], "option '--out-dir <dir>' argument '' is invalid. Expected a folder to write results to."],
  ])("usage error %j: exit 2, one line, nothing written", (args, message) => {
    const out = join(dir, "out-usage");
    const r = run(args.map((a) => (a === "NEWS" ? news : a === "OUT" ? out : a)), "date 2025-01-01 Piped text.");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`extract: ${message}${USAGE_HINT}\n`);
    expect(existsSync(out)).toBe(false);
  });

  test("a folder that cannot be made is one line, exit 2", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const r = run([news, "--out-dir", join(file, "results")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: --out-dir: cannot write to ${join(file, "results")} (ENOTDIR)${USAGE_HINT}\n`);
  });

  test("worker threads write the same files as one thread", () => {
    const batch = join(dir, "batch");
    mkdirSync(batch);
    const names = readdirSync(join(root, "fixtures")).filter((f) => f.endsWith(".txt"));
    for (let i = 0; i < 40; i++) copyFileSync(fixture(names[i % names.length]!), join(batch, `${String(i).padStart(2, "0")}.txt`));
    for (const format of ["json", "html"]) {
      const [one, two] = [join(dir, `jobs1-${format}`), join(dir, `jobs2-${format}`)];
      expect(run(["-f", format, "--jobs", "1", batch, "--out-dir", one]).code).toBe(0);
      expect(run(["-f", format, "--jobs", "2", batch, "--out-dir", two]).code).toBe(0);
      const files = filesIn(one);
      expect(files.length).toBe(format === "html" ? 42 : 40); // html: also index.html and its record of pages
      expect(filesIn(two)).toEqual(files);
      for (const file of files) expect(readFileSync(join(two, file), "utf8"), file).toBe(readFileSync(join(one, file), "utf8"));
    }
  });
});

describe("--format html", () => {
  test("one input: one page on stdout, the text's markup escaped", () => {
    const r = run(["--format", "html", "-"], `date 2025-01-02 Envoys said <script>alert("x")</script> & <img src=x onerror=alert(1)> were words.`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(r.stdout.match(/<script>/g)).toHaveLength(1);
    expect(r.stdout).not.toContain("<img");
    expect(r.stdout).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    // self-contained: nothing to load, and a policy that lets nothing load
    const tags = [...r.stdout.matchAll(/<[a-z][^<>]*>/gu)].map((m) => m[0]);
    expect(new Set(tags.map((tag) => /^<([a-z\d]+)/u.exec(tag)![1]))).toEqual(new Set(["html", "head", "meta", "title", "style", "body", "main", "h1", "p", "br", "button", "span", "div", "aside", "h2", "script"]));
    expect(tags.filter((tag) => /\b(?:src|href)=/u.test(tag))).toEqual([]);
    expect(r.stdout).toContain(`content="default-src 'none';`);
  });

  test("an input that cannot be read: a page saying so, the line on stderr, exit 1", () => {
    const broken = join(news, "kg", "broken.txt");
    const r = run(["--format", "html", broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${broken}: binary content, not text\n`);
    expect(r.stdout).toContain(`not extracted: NOT_TEXT: ${broken}: binary content, not text`);
  });

  test("--out-dir: a page per input and an index.html linking them with their counts, kept whole across --skip-existing", () => {
    const out = join(dir, "pages");
    const r = run(["--format", "html", news, "--out-dir", out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe(`extract: 3 pages written to ${out}, 0 already there, 1 failed (listed in ${join(out, "errors.ndjson")})`);
    expect(filesIn(out).filter((f) => !f.startsWith("."))).toEqual(["a.txt.html", "errors.ndjson", "index.html", "kg/2025/c.txt.html", "kg/b.txt.html"]);
    const rows = (index: string) => [...index.matchAll(/<tr><td>(.*?)<\/td>(.*?)<\/tr>/gu)].map((m) => [m[1], m[2]]);
    const expected = [
      [`<a href="a.txt.html">${join(news, "a.txt")}</a>`, "<td>0</td><td>0</td><td>0</td>"],
      [`<a href="kg/2025/c.txt.html">${join(news, "kg", "2025", "c.txt")}</a>`, "<td>0</td><td>1</td><td>0</td>"],
      [`<a href="kg/b.txt.html">${join(news, "kg", "b.txt")}</a>`, "<td>1</td><td>0</td><td>0</td>"],
      [join(news, "kg", "broken.txt"), `<td colspan="3" class="note">${join(news, "kg", "broken.txt")}: binary content, not text</td>`],
    ];
    expect(rows(readFileSync(join(out, "index.html"), "utf8"))).toEqual(expected);
    for (const page of ["a.txt.html", "kg/b.txt.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      expect(html.startsWith("<!doctype html>") && html.endsWith("</html>\n")).toBe(true);
    }
    // a rerun that redoes nothing still lists every page with its counts
    const again = run(["--format", "html", news, "--out-dir", out, "--skip-existing"]);
    expect(again.stderr.trimEnd().split("\n").at(-1)).toBe(`extract: 0 pages written to ${out}, 3 already there, 1 failed (listed in ${join(out, "errors.ndjson")})`);
    expect(rows(readFileSync(join(out, "index.html"), "utf8"))).toEqual(expected);
  });
});
