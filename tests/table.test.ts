// --format csv and --format tsv: the pure renderers on tables of awkward cells, then the built
// command on real files, its CSV read back with a real CSV parser (csv-parse) and its TSV with
// the un-escaping a cut/awk user would do, each compared item by item with the JSON of the same
// files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { csvField, csvRow, fileCell, renderTableHeader, renderTableRows, TABLE_COLUMNS, TABLES, tableRows, tsvField, tsvRow, type Table } from "../src/render/table.js";
import type { OutputRecord, Result } from "../src/types.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "extract.js");
const fixtures = join(root, "fixtures");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "" }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What a cut/awk user undoes: `\t`, `\n`, `\r` and `\\` back to the characters. */
const TSV_UNESCAPES: Record<string, string> = { t: "\t", n: "\n", r: "\r", "\\": "\\" };
const unescapeTsv = (field: string) => field.replace(/\\(.)/gs, (_, c: string) => TSV_UNESCAPES[c] ?? `\\${c}`);
const readTsv = (text: string) => {
  expect(text.endsWith("\n")).toBe(true);
  return text.slice(0, -1).split("\n").map((line) => line.split("\t").map(unescapeTsv));
};
const readCsv = (text: string) => parse(text, { relaxQuotes: false, relaxColumnCount: false }) as string[][];

describe("csv and tsv fields", () => {
  test.each([
    ["plain", "An agreement on transit", "An agreement on transit", "An agreement on transit"],
    ["a comma", "trade, investment", '"trade, investment"', "trade, investment"],
    ["quote marks", 'the "Steppe Line" railway', '"the ""Steppe Line"" railway"', 'the "Steppe Line" railway'],
    ["a quote mark first", '"Yes," he said', '"""Yes,"" he said"', '"Yes," he said'],
    ["a newline", "a form\nmarked B", '"a form\nmarked B"', "a form\\nmarked B"],
    ["a CRLF", "one\r\ntwo", '"one\r\ntwo"', "one\\r\\ntwo"],
    ["a tab", "left\tright", "left\tright", "left\\tright"],
    ["a backslash", "A\\B", "A\\B", "A\\\\B"],
    ["a backslash before a t", "C:\\temp", "C:\\temp", "C:\\\\temp"],
    ["Cyrillic with guillemets", "«Шёлковый путь», знаний", '"«Шёлковый путь», знаний"', "«Шёлковый путь», знаний"],
    ["Chinese", "丝绸之路，合作", "丝绸之路，合作", "丝绸之路，合作"],
    ["outside the BMP", "𝔸 and 😀", "𝔸 and 😀", "𝔸 and 😀"],
    ["empty", "", "", ""],
  ])("%s", (_, cell, csv, tsv) => {
    expect(csvField(cell)).toBe(csv);
    expect(tsvField(cell)).toBe(tsv);
  });

  test("null is an empty cell and numbers are written plainly", () => {
    expect(csvRow(["a.txt", null, 12, 0])).toBe("a.txt,,12,0\r\n");
    expect(tsvRow(["a.txt", null, 12, 0])).toBe("a.txt\t\t12\t0\n");
  });

  test("rows: CSV ends each with CRLF, TSV with LF; a field's own line breaks stay inside it", () => {
    const cells = ["f.txt", 'say "hi", then\nleave', "x\ty"];
    expect(csvRow(cells)).toBe('f.txt,"say ""hi"", then\nleave",x\ty\r\n');
    expect(tsvRow(cells)).toBe('f.txt\tsay "hi", then\\nleave\tx\\ty\n');
  });

  test("any row of any strings reads back the same through a CSV parser and through TSV un-escaping", () => {
    // fc.string() with full Unicode: quotes, commas, CR, LF, tabs, backslashes and astral characters
    const cell = fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom('"', ",", "\r\n", "\n", "\t", "\\", "\\t", '""', " , "));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
        expect(readCsv(table.map(csvRow).join(""))).toEqual(table);
        expect(readTsv(table.map(tsvRow).join(""))).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});

describe("table rows of a record", () => {
  const result: Result = {
    schemaVersion: 1,
    source: { path: "news/a.txt", bytes: 10, sha256: "x" },
    date: null,
    heading: null,
    quotes: [
      { kind: "direct", text: "We agree", start: 1, end: 9, speaker: { name: "Aruzhan Bekova", text: "she", start: 12, end: 15 }, cue: "said" },
      { kind: "indirect", text: "trade grew", start: 20, end: 30, speaker: null, cue: null },
    ],
    documents: [{ index: 1, type: "protocol", title: "A protocol", text: "a protocol", start: 40, end: 50, parties: ["Ministry A", "Ministry B"] }],
    people: [{ name: "Li Wenhao", title: null, mentions: [{ start: 1, end: 3 }, { start: 5, end: 7 }, { start: 9, end: 11 }] }],
    dates: [{ value: "2025-04-08", text: "April 8", start: 60, end: 67 }],
    warnings: [],
  };

  test("one row per item, file first, then the columns named in the header", () => {
    expect(tableRows(result, "documents")).toEqual([["news/a.txt", 1, "protocol", "A protocol", "Ministry A; Ministry B", "a protocol", 40, 50]]);
    expect(tableRows(result, "quotes")).toEqual([
      ["news/a.txt", "direct", "Aruzhan Bekova", "We agree", "said", 1, 9],
      ["news/a.txt", "indirect", null, "trade grew", null, 20, 30],
    ]);
    // mentions: how many times the person is named
    expect(tableRows(result, "people")).toEqual([["news/a.txt", "Li Wenhao", null, 3]]);
    expect(tableRows(result, "dates")).toEqual([["news/a.txt", "2025-04-08", "April 8", 60, 67]]);
    for (const table of TABLES) for (const row of tableRows(result, table)) expect(row).toHaveLength(TABLE_COLUMNS[table].length);
  });

  test("an error record has no rows", () => {
    const failed: OutputRecord = { schemaVersion: 1, source: { path: "gone.txt" }, error: { code: "NOT_FOUND", message: "gone.txt: no such file or folder" } };
    for (const table of TABLES) expect(renderTableRows(failed, table, "csv")).toBe("");
  });

  test.each([
    [undefined, "news/a.txt"],
    ["doc-7", "doc-7"],
    [7, "7"],
    [null, ""],
    [{ shard: 2 }, '{"shard":2}'],
  ])("the file column for id %j is %j", (id, cell) => {
    expect(fileCell(id === undefined ? result : { id, ...result, source: { ...result.source, path: null } })).toBe(cell);
  });

  test("the header names the columns", () => {
    expect(renderTableHeader("documents", "csv")).toBe("file,index,type,title,parties,text,start,end\r\n");
    expect(renderTableHeader("people", "tsv")).toBe("file\tname\ttitle\tmentions\n");
  });
});

// A text written for this test: a quote with a comma, quote marks, a tab, a line break and a
// backslash, quotes and titles in Cyrillic and Chinese, and a document with two parties.
const OWN_TEXT = `date 2025-04-08
Ministers of Kazakhstan and China met in Almaty

ALMATY, April 8. Foreign Minister Aruzhan Bekova held talks with Vice Minister Li Wenhao on Tuesday.

"We agree, in principle, on the route; the "Steppe Line" railway will open in 2027," Aruzhan Bekova said. «Сотрудничество, доверие и «добрососедство» – наш общий путь» – she added.

"Our customs posts will work\taround the clock, and a form
marked A\\B will be enough for both sides," Li Wenhao said.

Li Wenhao noted that trade, investment and tourism, "三个方面", grew in 2024.

The following documents were signed:
- An agreement on the "Steppe Line" railway, freight and passengers;
- A memorandum on cooperation in education, «Шёлковый путь знаний»;
- A protocol between the Ministry of Culture of Kazakhstan and the Ministry of Culture and Tourism of China on the 丝绸之路 cultural exchange programme for 2025-2026.
`;

/** The table a user expects, built from the JSON of the same inputs. */
function expectedTable(records: OutputRecord[], table: Table): string[][] {
  const rows: string[][] = [[...TABLE_COLUMNS[table]]];
  for (const record of records) {
    if ("error" in record) continue;
    const file = record.id === undefined ? record.source.path! : String(record.id);
    const items: string[][] = {
      documents: () => record.documents.map((d) => [d.index, d.type, d.title, d.parties.join("; "), d.text, d.start, d.end]),
      quotes: () => record.quotes.map((q) => [q.kind, q.speaker?.name ?? "", q.text, q.cue ?? "", q.start, q.end]),
      people: () => record.people.map((p) => [p.name, p.title ?? "", p.mentions.length]),
      dates: () => record.dates.map((d) => [d.value, d.text, d.start, d.end]),
    }[table]().map((cells) => [file, ...cells.map(String)]);
    rows.push(...items);
  }
  return rows;
}

describe("the command with --format csv and tsv", () => {
  let dir: string;
  let own: string;
  let inputs: string[];
  let records: OutputRecord[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "extract-table-"));
    own = join(dir, "own, \"quoted\" name.txt");
    writeFileSync(own, OWN_TEXT);
    inputs = [fixtures, own, join(dir, "missing.txt")];
    const json = run(["-f", "ndjson", ...inputs]);
    expect(json.code).toBe(1);
    records = json.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as OutputRecord);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the text of this test has what the tables must carry", () => {
    const mine = records.find((r) => r.source.path === own) as Result;
    const cells = [...mine.quotes.map((q) => q.text), ...mine.documents.map((d) => d.title)].join(" ");
    for (const part of ['"Steppe Line"', ",", "\t", "\n", "\\", "Шёлковый", "丝绸之路"]) expect(cells).toContain(part);
    expect(mine.documents.some((d) => d.parties.length === 2)).toBe(true);
    expect(mine.people.some((p) => p.mentions.length > 1)).toBe(true);
  });

  test.each(TABLES)("csv --table %s reads back through csv-parse as the JSON's items; the failed input has no row, its line on stderr, exit 1", (table) => {
    const r = run(["-f", "csv", "--table", table, ...inputs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, "missing.txt")}: no such file or folder\n`);
    expect(r.stdout.endsWith("\r\n")).toBe(true);
    const rows = readCsv(r.stdout);
    const expected = expectedTable(records, table);
    expect(rows.length).toBeGreaterThan(table === "documents" ? 6 : 4);
    expect(rows).toEqual(expected);
    expect(rows.some((row) => row[0] === join(dir, "missing.txt"))).toBe(false);
  });

  test.each(TABLES)("tsv --table %s: one line per row, un-escaped it gives the JSON's items", (table) => {
    const r = run(["-f", "tsv", "--table", table, ...inputs]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    // no raw tab or line break inside a field: every line has the header's number of fields
    for (const line of lines) expect(line.split("\t")).toHaveLength(TABLE_COLUMNS[table].length);
    expect(readTsv(r.stdout)).toEqual(expectedTable(records, table));
  });

  test("--table defaults to documents", () => {
    const r = run(["-f", "csv", fixtures]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\r\n")[0]).toBe(TABLE_COLUMNS.documents.join(","));
    expect(readCsv(r.stdout).slice(1).map((row) => row[2])).toEqual(["agreement", "memorandum", "plan", "statement", "memorandum", "memorandum", "agreement"]);
  });

  test("with two threads the table is the same, in input order", () => {
    const one = run(["-f", "csv", "--table", "dates", "--jobs", "1", fixtures, fixtures]);
    const two = run(["-f", "csv", "--table", "dates", "--jobs", "2", fixtures, fixtures]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  test("--input ndjson: the file column is the line's id", () => {
    const lines = [
      { id: "kz-cn-1", text: OWN_TEXT },
      { id: 42, text: OWN_TEXT },
      { nope: true },
    ].map((line) => JSON.stringify(line));
    const r = run(["--input", "ndjson", "-f", "csv", "--table", "people"], lines.join("\n") + "\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('extract: line 3: expected {"id": …, "text": "…"}\n');
    const rows = readCsv(r.stdout);
    expect(rows.map((row) => row[0])).toEqual(["file", "kz-cn-1", "kz-cn-1", "42", "42"]);
    expect(rows.slice(1, 3).map((row) => row.slice(1))).toEqual([
      ["Aruzhan Bekova", "Foreign Minister", "2"],
      ["Li Wenhao", "Vice Minister", "3"],
    ]);
  });

  test("a folder with no matching files gives the header alone; exit 1 as before", () => {
    const r = run(["-f", "tsv", "--ext", "nothing", fixtures]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(TABLE_COLUMNS.documents.join("\t") + "\n");
  });

  test.each([
    [["--table", "quotes"], "--table quotes goes with --format csv or --format tsv"],
    [["--table", "people", "-f", "json"], "--table people goes with --format csv or --format tsv"],
    [["--table", "dates", "-f", "ndjson"], "--table dates goes with --format csv or --format tsv"],
    [["-f", "csv", "--table", "speakers"], "argument 'speakers' is invalid. Allowed choices are documents, quotes, people, dates."],
  ])("usage error %j: one line, exit 2, nothing on stdout", (args, message) => {
    const r = run([...args, join(fixtures, "no-date.txt")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: /);
    expect(r.stderr).toContain(message);
  });
});
