// csv and tsv: one table over all inputs, one row per item of one kind (documents, quotes, people
// or dates), for spreadsheets, pandas, csvkit, cut and awk. The header comes once, before the
// first input; each input then adds its rows, so a batch streams like ndjson.
import type { OutputRecord } from "../types.js";

export const TABLES = ["documents", "quotes", "people", "dates"] as const;
export type Table = (typeof TABLES)[number];

export const TABLE_FORMATS = ["csv", "tsv"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The columns of each table, `file` first. */
export const TABLE_COLUMNS: Record<Table, readonly string[]> = {
  documents: ["file", "index", "type", "title", "parties", "text", "start", "end"],
  quotes: ["file", "kind", "speaker", "text", "cue", "start", "end"],
  people: ["file", "name", "title", "mentions"],
  dates: ["file", "value", "text", "start", "end"],
};

type Cell = string | number | null;

/**
 * The input a row comes from: the path as given (`-` for standard input), or with --input ndjson
 * the line's id — a string as it is, any other id as JSON (`12`, `true`), none as an empty cell.
 */
export function fileCell(record: OutputRecord): string {
  if (record.id === undefined) return record.source.path ?? "";
  if (record.id === null) return "";
  return typeof record.id === "string" ? record.id : JSON.stringify(record.id);
}

/**
 * The rows of one record for `table`; none for an error record. A missing value (a quote
 * without speaker or cue, a person without title) is an empty cell. A person's `mentions` is how
 * many times the text names them: the number a spreadsheet counts and sorts by (their offsets
 * are in the JSON).
 */
export function tableRows(record: OutputRecord, table: Table): Cell[][] {
  if ("error" in record) return [];
  const file = fileCell(record);
  switch (table) {
    case "documents":
      return record.documents.map((d) => [file, d.index, d.type, d.title, d.parties.join("; "), d.text, d.start, d.end]);
    case "quotes":
      return record.quotes.map((q) => [file, q.kind, q.speaker?.name ?? null, q.text, q.cue, q.start, q.end]);
    case "people":
      return record.people.map((p) => [file, p.name, p.title, p.mentions.length]);
    case "dates":
      return record.dates.map((d) => [file, d.value, d.text, d.start, d.end]);
  }
}

// A CSV field needs quotes when it holds a quote mark, a comma or a line break (RFC 4180, 2.6).
const CSV_NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted when needed, a quote mark inside doubled. */
export function csvField(cell: Cell): string {
  const text = cell === null ? "" : String(cell);
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV row, ended with CRLF as RFC 4180 says (pandas, csvkit and spreadsheets read LF too). */
export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

// The characters that would break a TSV row, and how they are written: a backslash first, so that
// a written `\t` can always be told from a backslash followed by a t.
const TSV_SPECIAL = /[\\\t\n\r]/g;
const TSV_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One TSV field: a backslash, tab, newline or carriage return written as `\\`, `\t`, `\n`, `\r`. */
export function tsvField(cell: Cell): string {
  const text = cell === null ? "" : String(cell);
  return text.replace(TSV_SPECIAL, (c) => TSV_ESCAPES[c]!);
}

/** One TSV row, ended with LF, as cut, awk and sort expect. */
export function tsvRow(cells: readonly Cell[]): string {
  return cells.map(tsvField).join("\t") + "\n";
}

const ROW: Record<TableFormat, (cells: readonly Cell[]) => string> = { csv: csvRow, tsv: tsvRow };

export function renderTableHeader(table: Table, format: TableFormat): string {
  return ROW[format](TABLE_COLUMNS[table]);
}

/** The rows one input adds to the table: "" for an input that failed or has no such items. */
export function renderTableRows(record: OutputRecord, table: Table, format: TableFormat): string {
  return tableRows(record, table).map(ROW[format]).join("");
}
