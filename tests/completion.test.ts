// `extract completion bash|zsh`: the scripts the built command prints, run by the shells the way
// they run them on a Tab (bash: the completion function with COMP_WORDS and COMP_CWORD set), and a
// file named `completion` that must still be extractable.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixture = (name: string) => join(root, "fixtures", name);
const has = (command: string) => spawnSync(command, ["--version"], { encoding: "utf8" }).status === 0;

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let bashScript: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-completion-"));
  mkdirSync(join(dir, "news"));
  writeFileSync(join(dir, "news", "a.txt"), "date 2024-01-02 Talks were held in Bishkek.");
  writeFileSync(join(dir, "two words.txt"), "Talks.");
  writeFileSync(join(dir, "-odd.txt"), "Talks.");
  copyFileSync(fixture("date-line-lead.txt"), join(dir, "completion"));
  bashScript = join(dir, "extract.bash");
  const r = run(["completion", "bash"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  writeFileSync(bashScript, r.stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash offers for the words typed so far, the last being the one under the cursor. */
function bashComplete(...words: string[]): string[] {
  const array = words.map((w) => `'${w}'`).join(" ");
  const script = `source '${bashScript}'; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _extract; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync("bash", ["--norc", "-c", script], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout.split("\n").filter((line) => line !== "");
}

/** The choices --help lists for an option: what completion must offer, whatever formats there are. */
function choicesInHelp(option: string): string[] {
  const help = run(["--help"]).stdout.replace(/\s+/g, " ");
  const entry = help.slice(help.indexOf(`${option} <`));
  const choices = /\(choices: ([^)]*)\)/.exec(entry)![1]!;
  return [...choices.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

describe("extract completion bash", () => {
  test("is valid bash", () => {
    const r = spawnSync("bash", ["-n", bashScript], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  test("completes an option's name", () => {
    expect(bashComplete("extract", "--for")).toEqual(["--format"]);
    expect(bashComplete("extract", "--ta")).toEqual(["--table"]);
    expect(bashComplete("extract", "--no-")).toEqual(["--no-color", "--no-progress"]);
  });

  test("offers every long option --help names", () => {
    const help = run(["--help"]).stdout;
    const inHelp = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
    expect(inHelp.length).toBeGreaterThan(15);
    expect(bashComplete("extract", "--").sort()).toEqual(inHelp.sort());
  });

  test("completes the formats after --format, the ones --help lists, csv and tsv among them", () => {
    const formats = choicesInHelp("--format");
    expect(formats).toEqual(expect.arrayContaining(["json", "ndjson", "pretty", "csv", "tsv"]));
    expect(bashComplete("extract", "--format", "")).toEqual(formats);
    expect(bashComplete("extract", "-f", "")).toEqual(formats);
    expect(bashComplete("extract", "--format", "nd")).toEqual(["ndjson"]);
    // bash splits --format=csv at the =
    expect(bashComplete("extract", "--format", "=")).toEqual(formats);
    expect(bashComplete("extract", "--format", "=", "ts")).toEqual(["tsv"]);
  });

  test("completes the other options' choices, and offers nothing for a value of the user's own", () => {
    expect(bashComplete("extract", "-f", "csv", "--table", "")).toEqual(["documents", "quotes", "people", "dates"]);
    expect(bashComplete("extract", "--color", "a")).toEqual(["auto", "always"]);
    expect(bashComplete("extract", "--input", "")).toEqual(["ndjson"]);
    expect(bashComplete("extract", "--ref-date", "")).toEqual([]);
    expect(bashComplete("extract", "--jobs", "")).toEqual([]);
  });

  test("completes paths: files and folders, names with spaces whole", () => {
    expect(bashComplete("extract", "ne")).toEqual(["news"]);
    expect(bashComplete("extract", "news/")).toEqual(["news/a.txt"]);
    expect(bashComplete("extract", "--stats", "two")).toEqual(["two words.txt"]);
    expect(bashComplete("extract", "comp")).toEqual(["completion"]);
  });

  test("completes a folder after --out-dir, not a file", () => {
    expect(bashComplete("extract", "news", "--out-dir", "ne")).toEqual(["news"]);
    expect(bashComplete("extract", "news", "--out-dir", "two")).toEqual([]);
  });

  test("after --, a word starting with - is a path", () => {
    expect(bashComplete("extract", "--", "-o")).toEqual(["-odd.txt"]);
  });

  test("completes the shell after `extract completion`", () => {
    expect(bashComplete("extract", "completion", "")).toEqual(["bash", "zsh"]);
  });
});

describe("extract completion zsh", () => {
  test("is a #compdef function that offers the formats --help lists and completes files", () => {
    const r = run(["completion", "zsh"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("#compdef extract");
    expect(r.stdout).toContain(`{-f+,--format=}'[output format]:format:(${choicesInHelp("--format").join(" ")})'`);
    expect(r.stdout).toContain("--table=[with --format csv or tsv: the items that make the rows]:table:(documents quotes people dates)");
    expect(r.stdout).toContain("'*:file:_files'");
    expect(r.stdout).toContain("'--out-dir=[write a file per input into DIR]:dir:_directories'");
  });

  test.skipIf(!has("zsh"))("is valid zsh", () => {
    const script = join(dir, "_extract");
    writeFileSync(script, run(["completion", "zsh"]).stdout);
    const r = spawnSync("zsh", ["-n", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("the word completion", () => {
  test.each([[["completion"]], [["completion", "fish"]], [["completion", "bash", "zsh"]], [["completion", "--help"]]])("%j is a usage error: one line, exit 2", (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("extract: completion takes a shell: bash or zsh (a file named completion is extracted as ./completion) (run extract --help for usage)\n");
  });

  test("a file named completion is extracted as ./completion, or after another word", () => {
    const expected = JSON.parse(run([fixture("date-line-lead.txt")]).stdout);
    for (const args of [["./completion"], ["--", "completion"], ["-f", "json", "completion"]]) {
      const r = run(args, dir);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.source.path).toBe(args.at(-1));
      expect(out.heading).toEqual(expected.heading);
    }
    expect(readFileSync(join(dir, "completion"), "utf8")).toContain("date 2025-03-14");
  });

  test("--version and -V print the version in package.json", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const flag of ["--version", "-V"]) expect(run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
