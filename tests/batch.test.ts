// Batches over folders nobody cleaned: every good result comes out in input order, each bad
// file gives one error record and one stderr line, --fail-fast stops at the first, Ctrl-C stops
// cleanly, and the same input gives the same bytes. Real files, made here.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
const lines = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-batch-"));
  mkdirSync(join(dir, "news"));
  writeFileSync(join(dir, "news", "a-good.txt"), "date 2024-01-02 Talks were held in Bishkek.");
  writeFileSync(join(dir, "news", "b-binary.txt"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
  symlinkSync("c-loop.txt", join(dir, "news", "c-loop.txt")); // reading it fails (ELOOP)
  writeFileSync(join(dir, "news", "d-good.txt"), "BISHKEK, June 17. A series of agreements were signed.");
  writeFileSync(join(dir, "large.txt"), "Talks were held. ".repeat(300_000)); // 5.1 MB
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a batch with bad files", () => {
  test("gives every good result and one error record per bad file, in input order; exit 1", () => {
    const r = run(["-f", "ndjson", join(dir, "news"), join(dir, "missing.txt")]);
    expect(r.status).toBe(1);
    const records = lines(r.stdout);
    expect(records.map((x) => [x.source.path.replace(dir, ""), x.error?.code ?? "ok"])).toEqual([
      ["/news/a-good.txt", "ok"],
      ["/news/b-binary.txt", "NOT_TEXT"],
      ["/news/c-loop.txt", "UNREADABLE"],
      ["/news/d-good.txt", "ok"],
      ["/missing.txt", "NOT_FOUND"],
    ]);
    const messages = r.stderr.trimEnd().split("\n");
    expect(messages).toHaveLength(3);
    expect(messages.every((m) => m.startsWith(`extract: ${dir}`))).toBe(true);
    expect(r.stderr.split("\n").filter((line) => line.trimStart().startsWith("at "))).toEqual([]);
  });

  test("json output is an array with the same records", () => {
    const r = run([join(dir, "news")]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).map((x: { error?: unknown }) => Boolean(x.error))).toEqual([false, true, true, false]);
  });

  test("a folder with no text files gives an empty JSON array, a message and exit 1", () => {
    mkdirSync(join(dir, "empty"), { recursive: true });
    const r = run([join(dir, "empty")]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe(`extract: no *.txt files found in ${join(dir, "empty")}\n`);
  });

  test("--fail-fast stops at the first bad file", () => {
    const r = run(["-f", "ndjson", "--fail-fast", join(dir, "news")]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((x) => x.error?.code ?? "ok")).toEqual(["ok", "NOT_TEXT"]);
  });

  test("a text over the size limit is refused, naming the limit and the option", () => {
    const r = run([join(dir, "large.txt")]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe("TOO_LARGE");
    expect(r.stderr).toContain("larger than the limit of 4194304 bytes (raise it with --max-bytes)");
    const raised = run(["--max-bytes", "8m", join(dir, "large.txt")]);
    expect(raised.status).toBe(0);
    expect(JSON.parse(raised.stdout).heading.text).toBe("Talks were held.");
  });
});

describe("runs", () => {
  test("give byte-identical output for the same input", () => {
    const fixtures = join(root, "fixtures");
    const first = run(["-f", "ndjson", fixtures]);
    const second = run(["-f", "ndjson", fixtures]);
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout.split("\n").length).toBeGreaterThan(10);
  });

  test("stop cleanly on Ctrl-C: whole lines only, a message, exit 130", async () => {
    const fixtures = join(root, "fixtures");
    const child = spawn(process.execPath, [bin, "-f", "ndjson", ...Array.from({ length: 400 }, () => fixtures)], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    let signalled = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (!signalled && stdout.split("\n").length > 20) {
        signalled = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toBe("extract: interrupted; the results written so far are complete\n");
    expect(stdout.endsWith("\n")).toBe(true);
    const records = lines(stdout);
    expect(records.length).toBeGreaterThan(20);
    expect(records.length).toBeLessThan(400 * 12);
    // every line is a whole result
    expect(records.every((x) => x.schemaVersion === 1)).toBe(true);
  });
});
