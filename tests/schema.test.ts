// The schema that `extract --schema` prints must describe every line the command writes, results
// and error records alike, and must still refuse what the command never writes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recordSchema } from "../src/index.js";

const bin = join(import.meta.dirname, "..", "bin", "extract.js");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ndjson = (stdout: string) => stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

let printed: Record<string, unknown>;
let validate: ValidateFunction;
let dir: string;
let result: Record<string, unknown>;
beforeAll(() => {
  printed = JSON.parse(run(["--schema"]).stdout);
  // strict, so that a misspelt keyword in the schema fails here instead of validating nothing
  validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(printed);
  dir = mkdtempSync(join(tmpdir(), "extract-schema-"));
  writeFileSync(join(dir, "good.txt"), "date 2024-11-05 The ministers of two river states met in a lakeside town to share out the summer water.");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x02, 0x00, 0x01]));
  writeFileSync(join(dir, "big.txt"), "The delegations agreed to meet again before the harvest. ".repeat(40));
  result = ndjson(run(["-f", "ndjson", join(dir, "good.txt")]).stdout)[0]!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectValid(record: unknown) {
  expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
}

describe("extract --schema", () => {
  test("prints the library's recordSchema: a draft 2020-12 oneOf of a result and an error record", () => {
    expect(printed).toEqual(JSON.parse(JSON.stringify(recordSchema)));
    expect(printed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(printed.$defs as object)).toEqual(["result", "error"]);
    expect(Object.keys(result).sort()).toEqual([...recordSchema.$defs.result.required].sort());
  });

  test("describes every line of a batch with a good, a missing, a binary and a too large file", () => {
    const paths = ["good.txt", "missing.txt", "binary.txt", "big.txt"].map((name) => join(dir, name));
    const r = run(["-f", "ndjson", "--max-bytes", "1k", ...paths]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    for (const record of records) expectValid(record);
    expect(records.map((record) => (record.source as { path: string }).path)).toEqual(paths);
    expect(records.map((record) => (record.error as { code: string } | undefined)?.code ?? null)).toEqual([null, "NOT_FOUND", "NOT_TEXT", "TOO_LARGE"]);
  });

  test("describes every line of --input ndjson, each carrying its id", () => {
    const lines = [
      JSON.stringify({ id: "kg-7", text: "date 2023-04-12 Two governments opened a border crossing for lorries." }),
      "these words are not JSON",
      JSON.stringify({ id: 42, body: "a line with its text under the wrong key" }),
    ];
    const r = run(["--input", "ndjson"], lines.join("\n") + "\n");
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    for (const record of records) expectValid(record);
    expect(records.map((record) => record.id)).toEqual(["kg-7", null, 42]);
    expect(records.map((record) => (record.error as { code: string } | undefined)?.code ?? null)).toEqual([null, "BAD_INPUT", "BAD_INPUT"]);
  });

  const error = { schemaVersion: 1, source: { path: "a.txt" }, error: { code: "NOT_FOUND", message: "a.txt: no such file or folder" } };
  const withoutDate = ({ date: _, ...rest }: Record<string, unknown>) => rest;
  test.each<[string, () => unknown]>([
    ["an error record with an unknown code", () => ({ ...error, error: { ...error.error, code: "NO_SUCH_CODE" } })],
    ["an error record with a usage error's code", () => ({ ...error, error: { ...error.error, code: "BAD_OPTION" } })],
    ["a result without its date", () => withoutDate(result)],
    ["an error record with an extra field", () => ({ ...error, hint: "check the path" })],
    ["an error record with an extra field in its error", () => ({ ...error, error: { ...error.error, errno: -2 } })],
    ["an error record with a result's source", () => ({ ...error, source: result.source })],
    ["an error record without its message", () => ({ ...error, error: { code: "NOT_FOUND" } })],
  ])("refuses %s", (_, make) => {
    // the record it was made from passes, so only the change can make it fail
    expectValid(result);
    expectValid(error);
    expect(validate(make())).toBe(false);
  });
});
