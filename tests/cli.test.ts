// The command as a user runs it: the built bin/extract.js in a child process, on real files.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixture = (name: string) => join(root, "fixtures", name);

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  mkdirSync(join(dir, "news", "kg"), { recursive: true });
  writeFileSync(join(dir, "news", "b.txt"), "date 2024-01-02 Talks were held in Bishkek.");
  writeFileSync(join(dir, "news", "kg", "a.txt"), "BISHKEK, June 17. A series of agreements were signed.");
  writeFileSync(join(dir, "news", "notes.md"), "Not a press release\n\nIgnored unless --ext md.");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extract (the command)", () => {
  test("prints one JSON object for one file when piped", () => {
    const r = run([fixture("date-line-lead.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.date).toMatchObject({ value: "2025-03-14", text: "date 2025-03-14" });
    expect(out.source.path).toBe(fixture("date-line-lead.txt"));
    expect(out.source.bytes).toBe(readFileSync(fixture("date-line-lead.txt")).length);
  });

  test("ndjson gives one line per input, in input order", () => {
    const files = [fixture("tass-dateline.txt"), fixture("no-date.txt"), fixture("xinhua-dateline.txt")];
    const r = run(["--format", "ndjson", ...files]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.path)).toEqual(files);
    expect(lines.map((l) => l.date?.value ?? null)).toEqual(["--03-03", null, "--09-09"]);
  });

  test("a folder is searched recursively for *.txt, sorted; --ext changes the pattern", () => {
    const r = run(["-f", "ndjson", join(dir, "news")]);
    expect(r.code).toBe(0);
    const paths = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual([join(dir, "news", "b.txt"), join(dir, "news", "kg", "a.txt")]);
    const md = run(["-f", "ndjson", "--ext", "md", join(dir, "news")]);
    expect(md.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).source.path)).toEqual([join(dir, "news", "notes.md")]);
  });

  test("json for a folder is an array", () => {
    const out = JSON.parse(run([join(dir, "news")]).stdout);
    expect(Array.isArray(out)).toBe(true);
    expect(out).toHaveLength(2);
  });

  test("reads standard input with - and when no path is given", () => {
    const text = "date 2023-05-06 Leaders met in Tashkent.";
    for (const args of [["-"], []]) {
      const r = run(args, text);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.source.path).toBe("-");
      expect(out.heading.text).toBe("Leaders met in Tashkent.");
    }
  });

  test("a missing file is an error record and a message; the others still come out; exit 1", () => {
    const missing = join(dir, "nope.txt");
    const r = run(["-f", "ndjson", fixture("no-date.txt"), missing, fixture("kazinform.txt")]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ schemaVersion: 1, source: { path: missing }, error: { code: "NOT_FOUND", message: `${missing}: no such file or folder` } });
    expect(lines[2].heading.text).toMatch(/^Head of State Kassym-Jomart Tokayev/);
    expect(r.stderr).toBe(`extract: ${missing}: no such file or folder\n`);
  });

  test("a binary file is refused by name, without a stack trace", () => {
    const r = run([join(dir, "binary.txt")]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe("NOT_TEXT");
    expect(r.stderr).toContain("binary.txt: binary content");
    expect(r.stderr.split("\n").filter((line) => line.trimStart().startsWith("at "))).toEqual([]);
  });

  // every usage error: exit 2, nothing on stdout, one line on stderr naming the option, the
  // value and what is accepted, with the prefix every other message has
  test.each([
    [["--format", "xml"], "--format", "'xml'", "json, ndjson, pretty"],
    [["--max-bytes", "1.5m"], "--max-bytes", "'1.5m'", "512k"],
    [["--max-bytes", "abc"], "--max-bytes", "'abc'", "64m"],
    [["--max-bytes", "0"], "--max-bytes", "'0'", "whole number of bytes"],
    [["-j", "0"], "--jobs", "'0'", "whole number from 1 to 256"],
    [["-j", "abc"], "--jobs", "'abc'", "whole number from 1 to 256"],
    [["--jobs", "2.5"], "--jobs", "'2.5'", "whole number from 1 to 256"],
    [["--ref-date", "June 2025"], "--ref-date", "'June 2025'", "YYYY-MM-DD"],
    [["--ref-date", "2025-13-01"], "--ref-date", "'2025-13-01'", "calendar day"],
    [["--ref-date", "2025-02-30"], "--ref-date", "'2025-02-30'", "calendar day"],
    [["--color", "sometimes"], "--color", "'sometimes'", "auto, always, never"],
    [["--input", "csv"], "--input", "'csv'", "ndjson"],
    [["--bogus"], "--bogus", "", "extract --help"],
    [["--ext", ""], "--ext", "''", "txt,md"],
    [["--ext", ","], "--ext", "','", "txt,md"],
  ])("usage error %j names the option, the value and what is accepted; exit 2", (args, option, value, accepted) => {
    const r = run([...args, fixture("no-date.txt")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^extract: /);
    for (const part of [option, value, accepted]) expect(lines[0]).toContain(part);
  });

  test("usage errors without an option value are one line too", () => {
    const paths = run(["--input", "ndjson", fixture("no-date.txt")], "");
    expect(paths.code).toBe(2);
    expect(paths.stderr).toBe("extract: --input ndjson reads standard input; name no paths with it (run extract --help for usage)\n");
  });

  test("a real calendar day is a good --ref-date, leap days included", () => {
    for (const day of ["2024-02-29", "2025-12-31"]) expect(run(["--ref-date", day, fixture("no-date.txt")]).code).toBe(0);
  });

  test("--help names each default once and says when threads pay", () => {
    const help = run(["--help"]).stdout;
    expect(help.match(/\b4m\b/g)).toHaveLength(1);
    expect(help).not.toContain("4194304");
    expect(help).not.toMatch(/all cores/);
    expect(help).toMatch(/--jobs 2 .*thousand/);
  });

  test("--ref-date gives a year to a dateline without one", () => {
    const out = JSON.parse(run(["--ref-date", "2025-03-10", fixture("tass-dateline.txt")]).stdout);
    expect(out.date.value).toBe("2025-03-03");
  });

  test("--max-bytes refuses a larger input and names the option", () => {
    const r = run(["--max-bytes", "100", fixture("date-line-lead.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/larger than the limit of 100 bytes \(raise it with --max-bytes\)/);
  });

  test("--version and --help", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(run(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format");
    expect(help.stdout).toContain("jq .documents");
  });

  test("pretty output is plain when not on a terminal or with NO_COLOR, and fits 80 columns", () => {
    for (const env of [{}, { NO_COLOR: "1" }, { FORCE_COLOR: "0" }] as Record<string, string>[]) {
      const r = run(["--format", "pretty", fixture("date-line-lead.txt")], undefined, env);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain("\u001b[");
      expect(r.stdout).toContain("date     2025-03-14");
      expect(r.stdout).toContain("heading  President of Kyrgyzstan Sadyr Japarov");
      for (const line of r.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    }
  });

  test.each([
    [["--color", "always"], {}, true],
    [["--color", "always"], { NO_COLOR: "1" }, true],
    [[], { FORCE_COLOR: "1" }, true],
    [[], { FORCE_COLOR: "3", NO_COLOR: "1" }, true],
    [["--color", "auto"], { FORCE_COLOR: "true" }, true],
    [["--no-color"], { FORCE_COLOR: "1" }, false],
    [["--color", "never"], { FORCE_COLOR: "1" }, false],
    [[], { FORCE_COLOR: "false" }, false],
    [["--color", "auto"], {}, false],
  ] as [string[], Record<string, string>, boolean][])("pretty output through a pipe with %j and %j is coloured: %s", (args, env, coloured) => {
    const r = run(["--format", "pretty", ...args, fixture("date-line-lead.txt")], undefined, env);
    expect(r.code).toBe(0);
    expect(r.stdout.includes("\u001b[")).toBe(coloured);
    expect(stripVTControlCharacters(r.stdout)).toContain("date     2025-03-14");
  });

  // The pager example is copied as it stands: piped, a run without --format writes json, which
  // has no colour, so the example must ask for the pretty view itself.
  test("--help's colour-through-a-pager example gives colour through a pipe", () => {
    const examples = run(["--help"]).stdout.split("\n").filter((line) => line.includes("--color always"));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const command = example.slice(example.indexOf("$ extract ") + "$ extract ".length, example.indexOf("|")).trim();
      const args = command.split(/\s+/).map((word) => (word === "news/" ? join(dir, "news") : word));
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("\u001b[");
    }
  });

  test("an empty input gives a result with an EMPTY_INPUT warning and one line on stderr; exit 0", () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    writeFileSync(join(dir, "blank.txt"), " \r\n\t\n");
    for (const [args, input, label] of [[[empty], undefined, empty], [["-"], "", "-"], [[join(dir, "blank.txt")], undefined, join(dir, "blank.txt")]] as const) {
      const r = run([...args], input);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.warnings.map((w: { code: string }) => w.code)).toEqual(["EMPTY_INPUT"]);
      expect([out.date, out.heading, out.quotes, out.documents]).toEqual([null, null, [], []]);
      expect(r.stderr).toBe(`extract: ${label}: warning EMPTY_INPUT: the input is empty or only white space\n`);
    }
    // a text is not empty for having little in it
    const short = run(["-"], "Talks.");
    expect(short.stderr).toBe("");
    expect(JSON.parse(short.stdout).warnings).toEqual([]);
  });

  describe.skipIf(!hasScript)("on a terminal (a pseudo-terminal made by script)", () => {
    // `script -e` gives the command a terminal for stdout and stderr, as a user's shell does
    const onTerminal = (args: string[], env: Record<string, string> = {}) => {
      const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(" ");
      const r = spawnSync("script", ["-qfec", command, "/dev/null"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env }, input: "" });
      return { code: r.status, screen: r.stdout.replaceAll("\r\n", "\n") };
    };

    test("pretty output is the default, coloured unless NO_COLOR says otherwise", () => {
      const coloured = onTerminal([fixture("date-line-lead.txt")]);
      expect(coloured.code).toBe(0);
      expect(coloured.screen).toContain("\u001b[");
      expect(stripVTControlCharacters(coloured.screen)).toContain("date     2025-03-14");
      expect(onTerminal([fixture("date-line-lead.txt")], { NO_COLOR: "1" }).screen).not.toContain("\u001b[");
    });

    test("a failure is shown once, not also as a record", () => {
      const missing = join(dir, "gone.txt");
      const r = onTerminal([fixture("no-date.txt"), missing, fixture("kazinform.txt")]);
      expect(r.code).toBe(1);
      const screen = stripVTControlCharacters(r.screen);
      expect(screen.split(`${missing}: no such file or folder`)).toHaveLength(2);
      expect(screen).toContain(`extract: ${missing}: no such file or folder\n`);
      expect(screen).toContain(fixture("kazinform.txt"));
    });

    test("a warning about the input is shown once, in the summary", () => {
      const empty = join(dir, "nothing.txt");
      writeFileSync(empty, "");
      const screen = stripVTControlCharacters(onTerminal([empty, fixture("no-date.txt")]).screen);
      expect(screen.split("EMPTY_INPUT")).toHaveLength(2);
      expect(screen).toContain("Warnings (1)");
    });
  });

  test("reads UTF-16 with a byte order mark like the same text in UTF-8", () => {
    const text = "date 2024-02-03 Ministers met in Astana.\r\nThey signed a plan.";
    const le = join(dir, "utf16le.txt");
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const fromUtf16 = JSON.parse(run([le]).stdout);
    const fromUtf8 = JSON.parse(run(["-"], text).stdout);
    expect({ ...fromUtf16, source: null }).toEqual({ ...fromUtf8, source: null });
  });

  test("a closed pipe ends the run quietly", () => {
    const r = spawnSync("bash", ["-c", `node ${JSON.stringify(bin)} -f ndjson ${JSON.stringify(join(root, "fixtures"))} ${JSON.stringify(join(root, "fixtures"))} | head -c 10 >/dev/null; echo "status \${PIPESTATUS[0]}"`], {
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^status (0|141)\n$/);
  });
});

describe("pretty output on a terminal", () => {
  test("wraps by visible width, colour codes taking no columns", async () => {
    const { renderPretty } = await import("../src/render/pretty.js");
    const { Chalk } = await import("chalk");
    const { extract } = await import("../src/index.js");
    const text = readFileSync(fixture("date-line-lead.txt"), "utf8");
    const record = extract(text, { path: "fixtures/date-line-lead.txt" });
    const plain = renderPretty(record, { chalk: new Chalk({ level: 0 }), width: 80 });
    const coloured = renderPretty(record, { chalk: new Chalk({ level: 2 }), width: 80 });
    expect(coloured).toContain("\u001b[");
    const { stripVTControlCharacters } = await import("node:util");
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });
});

describe("pretty output of quotes", () => {
  test("puts each quote under its speaker, once for consecutive quotes, reported speech as it reads", async () => {
    const { renderPretty } = await import("../src/render/pretty.js");
    const { Chalk } = await import("chalk");
    const { extract } = await import("../src/index.js");
    const text = "date 2025-01-02 Talks were held.\n\nPresident Ilham Aliyev noted that trade grows. «We agree on the plan,» Aliyev said.";
    const pretty = renderPretty(extract(text), { chalk: new Chalk({ level: 0 }), width: 80 });
    const quotes = pretty.slice(pretty.indexOf("Quotes (2)"));
    expect(quotes.split("\n").slice(0, 4)).toEqual([
      "Quotes (2)",
      "  Ilham Aliyev",
      "    – noted that trade grows",
      "    – “We agree on the plan” (said)",
    ]);
  });

  test("reported speech without `that` reads the same; `according to` reads as reported; many long quotes are cut", async () => {
    const { renderPretty } = await import("../src/render/pretty.js");
    const { Chalk } = await import("chalk");
    const { extract } = await import("../src/index.js");
    const plain = (text: string) => renderPretty(extract(text), { chalk: new Chalk({ level: 0 }), width: 200 });
    const text = "Governor Ito said the mill will open in May. According to the ministry, the road will be finished by June.";
    expect(plain(text)).toContain("– said that the mill will open in May");
    expect(plain(text)).toContain("– reported: the road will be finished by June");
    const long = "the new port on the northern coast will handle twice as much grain and timber as the old one did, and the road to it will be widened over the coming three years".repeat(2);
    const many = Array.from({ length: 9 }, (_, i) => `Governor Ito${i} said ${long}.`).join(" ");
    const lines = plain(many).split("\n").filter((l) => l.includes("said that"));
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line.length).toBeLessThan(260);
  });
});
