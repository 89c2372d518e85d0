// html: one self-contained page per input for checking a result by eye. The text is shown whole,
// every found span highlighted by kind, with a panel of the documents, quotes and people that
// marks and scrolls to their spans. Pure: (result, text) → string.
//
// A press release is hostile input: every character of it, and of anything taken from it (path,
// heading, names), goes through escapeHtml, and a Content-Security-Policy lets only this file's
// own style and script run and nothing load, so the page reaches no network either.
import { createHash } from "node:crypto";
import type { ErrorRecord, Result } from "../types.js";

/** The kinds of span, in the order their classes are written. */
const KINDS = ["heading", "pubdate", "document", "quote", "speaker", "person", "date"] as const;
type Kind = (typeof KINDS)[number];

/** A highlighted stretch of the text, in code points; `ids` name it for the panel and the tests. */
interface Highlight {
  start: number;
  end: number;
  kind: Kind;
  /** `heading`, `pubdate`, `d1`, `q1`, `q1s` (its speaker), `p1 p1.2` (person 1, mention 2), `t1`. */
  ids: string;
  /** Extra classes: `indirect` for reported speech. */
  extra?: string;
}

const STYLE = `
body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#222}
body.result{display:grid;grid-template-columns:minmax(0,1fr) 26rem}
main{padding:1rem 2rem;max-width:52rem}
h1{font-size:1.1rem;overflow-wrap:anywhere}
aside{position:sticky;top:0;height:100vh;overflow:auto;box-sizing:border-box;padding:0 1rem 1rem;border-left:1px solid #ddd;background:#fafafa;font-size:14px}
aside h2{font-size:1rem;margin:1rem 0 .3rem}
aside ol,aside ul{margin:0;padding-left:1.6rem}
aside li{margin:.25rem 0}
button{all:unset;cursor:pointer;color:#1c5fb8;overflow-wrap:anywhere}
button:hover,button:focus-visible{text-decoration:underline}
.note{color:#666;font-size:13px}
.legend span{margin-right:.6rem}
#text{white-space:pre-wrap;overflow-wrap:anywhere;border-top:1px solid #ddd;padding-top:1rem}
.heading{font-weight:600}
.pubdate{outline:1px dashed #9c36b5}
.document{background:#c9f2cf}
.quote{background:#fff0a0}
.quote.indirect{background:#fff8d2}
.speaker{text-decoration:underline 2px #e8590c}
.person{border-bottom:2px solid #4c6ef5}
.date{color:#9c36b5}
.marked{background:#ffc9c9;outline:2px solid #e03131}
table{border-collapse:collapse}
td,th{padding:.15rem .6rem;text-align:left}
td+td,th+th{text-align:right}
td.note{text-align:left}
@media (max-width:60rem){body.result{display:block}aside{position:static;height:auto;border:0}}
`;

// Marks every segment of the chosen item and scrolls to the first: a few lines, no framework.
const SCRIPT = `
let marked = [];
addEventListener("click", (event) => {
  const item = event.target.closest("[data-goto]");
  if (!item) return;
  for (const segment of marked) segment.classList.remove("marked");
  marked = [...document.querySelectorAll('#text [data-s~="' + item.dataset.goto + '"]')];
  for (const segment of marked) segment.classList.add("marked");
  if (marked[0]) marked[0].scrollIntoView({ block: "center" });
});
`;

const hash = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
// nothing loads (default-src 'none'), and only the style and script above run: not even a
// <script> or an onerror= that got past escaping would
const CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; base-uri 'none'; form-action 'none'`;
const STATIC_CSP = `default-src 'none'; style-src ${hash(STYLE)}; base-uri 'none'; form-action 'none'`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\r": "&#13;" };

/**
 * Text as HTML text or attribute value. A carriage return is written as a reference, which the
 * parser keeps, where a raw one would become a line feed; a NUL, which the parser drops, is shown
 * as its picture (␀). Either way the page's text keeps the source's code points, one for one.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c]!).replaceAll("\u0000", "\u2400");
}

function page(title: string, csp: string, kind: "result" | "index" | "error", body: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body class="${kind}">
${body}${script ? `\n<script>${script}</script>` : ""}
</body>
</html>
`;
}

const nameOf = (record: Result | ErrorRecord) => record.source.path ?? (record.id !== undefined ? `line id ${JSON.stringify(record.id)}` : "(text)");

/** Every span the result reports, by kind; spans outside the text are clipped, empty ones left out. */
function highlights(result: Result, length: number): Highlight[] {
  const all: Highlight[] = [];
  const add = (start: number, end: number, kind: Kind, ids: string, extra?: string) => {
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(0, Math.min(end, length));
    if (from < to) all.push({ start: from, end: to, kind, ids, extra });
  };
  if (result.heading) add(result.heading.start, result.heading.end, "heading", "heading");
  if (result.date) add(result.date.start, result.date.end, "pubdate", "pubdate");
  result.documents.forEach((d, i) => add(d.start, d.end, "document", `d${i + 1}`));
  result.quotes.forEach((q, i) => {
    add(q.start, q.end, "quote", `q${i + 1}`, q.kind === "indirect" ? "indirect" : undefined);
    if (q.speaker) add(q.speaker.start, q.speaker.end, "speaker", `q${i + 1}s`);
  });
  result.people.forEach((p, i) => p.mentions.forEach((m, j) => add(m.start, m.end, "person", `p${i + 1} p${i + 1}.${j + 1}`)));
  result.dates.forEach((d, i) => add(d.start, d.end, "date", `t${i + 1}`));
  return all;
}

/**
 * The text cut at every span boundary, each piece wrapped in one flat <span> with the classes and
 * ids of every span covering it: nested and overlapping spans need no nesting of elements, and all
 * the pieces of one item, in order, give back its text. Offsets are code points, as in the JSON.
 */
function markedText(text: string, spans: Highlight[]): string {
  const chars = Array.from(text);
  const starting = new Map<number, Highlight[]>();
  const cuts = new Set([0, chars.length]);
  for (const span of spans) {
    const list = starting.get(span.start);
    if (list) list.push(span);
    else starting.set(span.start, [span]);
    cuts.add(span.start).add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const rank = (s: Highlight) => KINDS.indexOf(s.kind);
  let open: Highlight[] = [];
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    open = open.filter((s) => s.end > from).concat(starting.get(from) ?? []);
    const piece = escapeHtml(chars.slice(from, to).join(""));
    if (open.length === 0) {
      out.push(piece);
      continue;
    }
    const covering = [...open].sort((a, b) => rank(a) - rank(b));
    const classes = [...new Set(covering.flatMap((s) => (s.extra ? [s.kind, s.extra] : [s.kind])))].join(" ");
    out.push(`<span class="${classes}" data-s="${covering.map((s) => s.ids).join(" ")}">${piece}</span>`);
  }
  return out.join("");
}

const clip = (text: string, max: number) => {
  const chars = Array.from(text.replace(/\s+/gu, " ").trim());
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : chars.join("");
};
const go = (id: string, label: string) => `<button type="button" data-goto="${id}">${escapeHtml(label)}</button>`;
const section = (title: string, count: number, tag: "ol" | "ul", items: string[]) =>
  `<h2>${title} (${count})</h2>\n${count ? `<${tag}>\n${items.map((item) => `<li>${item}</li>`).join("\n")}\n</${tag}>` : `<p class="note">none found</p>`}`;

function panel(r: Result): string {
  const documents = r.documents.map((d, i) => `${go(`d${i + 1}`, d.title)} <span class="note">${escapeHtml(d.type)}${d.parties.length ? ` · ${escapeHtml(d.parties.join("; "))}` : ""}</span>`);
  const quotes = r.quotes.map((q, i) => {
    const text = q.kind === "direct" ? `“${clip(q.text, 140)}”` : clip(q.text, 140);
    const who = q.speaker ? go(`q${i + 1}s`, q.speaker.name) : `<span class="note">no speaker named</span>`;
    return `${who}${q.cue ? ` <span class="note">${escapeHtml(q.cue)}</span>` : ""}: ${go(`q${i + 1}`, text)}`;
  });
  const people = r.people.map((p, i) => `${go(`p${i + 1}`, p.name)}${p.title ? `, ${escapeHtml(p.title)}` : ""} <span class="note">(${p.mentions.length})</span>`);
  return [section("Documents", r.documents.length, "ol", documents), section("Quotes", r.quotes.length, "ol", quotes), section("People", r.people.length, "ul", people)].join("\n");
}

const LEGEND = `<p class="legend note">${KINDS.map((k) => `<span class="${k}">${{ heading: "heading", pubdate: "publication date", document: "document", quote: "quote", speaker: "speaker", person: "person", date: "date" }[k]}</span>`).join("")}</p>`;

/** The page of one result: `text` is the text it was extracted from, as decoded. */
export function renderHtml(result: Result, text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const name = nameOf(result);
  const facts = [
    result.date ? `published ${go("pubdate", result.date.value)}` : "no publication date found",
    result.heading ? `heading: ${go("heading", clip(result.heading.text, 200))}` : "no heading found",
  ];
  const warnings = result.warnings.map((w) => `<p class="note">warning ${escapeHtml(w.code)}: ${escapeHtml(w.message)}</p>`).join("\n");
  const main = `<main>
<h1>${escapeHtml(name)}</h1>
<p>${facts.join("<br>")}</p>
${warnings}${LEGEND}
<div id="text">${markedText(body, highlights(result, Array.from(body).length))}</div>
</main>
<aside>
${panel(result)}
</aside>`;
  return page(`${name} — extract`, CSP, "result", main, SCRIPT);
}

/** The page for an input that could not be read. */
export function renderHtmlError(record: ErrorRecord): string {
  const main = `<main>\n<h1>${escapeHtml(nameOf(record))}</h1>\n<p>not extracted: ${escapeHtml(record.error.code)}: ${escapeHtml(record.error.message)}</p>\n</main>`;
  return page(`${nameOf(record)} — extract`, STATIC_CSP, "error", main, "");
}

export interface IndexEntry {
  /** The input as named. */
  path: string;
  /** Its page, relative to the index ("/"-separated), or null when it failed. */
  page: string | null;
  /** What was found, or null when not known (a page from an earlier run without a record). */
  counts: { documents: number; quotes: number; people: number } | null;
  /** Why there is no page. */
  error?: string;
}

/** index.html of an --out-dir of pages: one row per input, linked to its page, with its counts. */
export function renderHtmlIndex(entries: IndexEntry[]): string {
  const href = (path: string) => path.split("/").map(encodeURIComponent).join("/");
  const cell = (n: number | undefined) => `<td>${n ?? "?"}</td>`;
  const rows = entries.map((e) => {
    const name = e.page ? `<a href="${escapeHtml(href(e.page))}">${escapeHtml(e.path)}</a>` : escapeHtml(e.path);
    if (e.error !== undefined) return `<tr><td>${name}</td><td colspan="3" class="note">${escapeHtml(e.error)}</td></tr>`;
    return `<tr><td>${name}</td>${cell(e.counts?.documents)}${cell(e.counts?.quotes)}${cell(e.counts?.people)}</tr>`;
  });
  const failed = entries.filter((e) => e.error !== undefined).length;
  const main = `<main>
<h1>${entries.length} input${entries.length === 1 ? "" : "s"}${failed ? `, ${failed} not read` : ""}</h1>
<table>
<thead><tr><th>file</th><th>documents</th><th>quotes</th><th>people</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</main>`;
  return page("extract — index", STATIC_CSP, "index", main, "");
}
