// The project as someone outside the clone meets it: the package npm would publish, installed into
// an empty folder, gives the `extract` command and the library under the name the README uses;
// and `npm run score` in a clone without ../shared says what is missing instead of crashing.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const readme = readFileSync(join(root, "README.md"), "utf8");
const readmeImport = /^import \{[^}]*\} from "([^"]+)";$/m.exec(readme);

// Under `npm test` the npm that runs the tests; otherwise the one on PATH.
function npm(args: string[], options: SpawnSyncOptions) {
  const execPath = process.env.npm_execpath;
  const [command, ...prefix] = execPath ? [process.execPath, execPath] : ["npm"];
  return spawnSync(command!, [...prefix, ...args], { encoding: "utf8", shell: !execPath && process.platform === "win32", ...options });
}

describe("the README's names", () => {
  test("the package is installed and imported by its own name, and the command is extract", () => {
    expect(pkg.name).not.toBe("extract"); // taken on npm by an unrelated package
    expect(pkg.bin).toEqual({ extract: "bin/extract.js" });
    expect(readme).toContain(`npm install -g ${pkg.name}`);
    expect(readmeImport?.[1]).toBe(pkg.name);
  });

  test("every fixtures/ file it names exists", () => {
    const named = new Set(readme.match(/fixtures\/[\w.-]+\.txt/g));
    expect(named.size).toBeGreaterThan(0);
    for (const path of named) expect(existsSync(join(root, path)), path).toBe(true);
  });
});

describe("the packed package, installed elsewhere", () => {
  let dir: string;
  let installed: ReturnType<typeof npm>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "extract-package-"));
    // its own package.json, or npm would install into the nearest folder above that has one
    writeFileSync(join(dir, "package.json"), "{}\n");
    // `npm test` has just built dist/; the prepare script would only build it again
    const pack = npm(["pack", "--ignore-scripts", "--pack-destination", dir, "--json"], { cwd: root });
    expect(pack.status, String(pack.stderr)).toBe(0);
    const [{ filename }] = JSON.parse(String(pack.stdout));
    // the dependencies come from the npm cache, which `npm ci` / `npm install` filled
    installed = npm(["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, filename)], { cwd: dir });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("gives the extract command", () => {
    expect(installed.status, String(installed.stderr)).toBe(0);
    const bin = join(dir, "node_modules", ".bin", "extract");
    const version = spawnSync(bin, ["--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toBe(pkg.version);
    const result = spawnSync(bin, [join(root, "fixtures", "date-line-lead.txt")], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).date.value).toBe("2025-03-14");
  });

  test("runs the README's import line", () => {
    const script = `${readmeImport?.[0]} console.log(extract("date 2025-03-14 Talks were held.").date.value);`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("2025-03-14");
  });
});

describe("npm run score", () => {
  test("without ../shared beside the clone, says so in one line and fails", () => {
    // a copy of the script in a folder with no shared/ beside it
    const outside = mkdtempSync(join(tmpdir(), "extract-score-"));
    const clone = join(outside, "repo");
    mkdirSync(join(clone, "bench"), { recursive: true });
    copyFileSync(join(root, "bench", "score.mjs"), join(clone, "bench", "score.mjs"));
    copyFileSync(join(root, "package.json"), join(clone, "package.json"));
    const r = npm(["run", "--silent", "score", "--", "--details"], { cwd: clone });
    rmSync(outside, { recursive: true, force: true });
    expect(r.status).not.toBe(0);
    expect(String(r.stderr).trimEnd().split("\n")).toEqual([expect.stringMatching(/^score: the scorer and corpus are expected at \.\.\/shared /)]);
  });
});
