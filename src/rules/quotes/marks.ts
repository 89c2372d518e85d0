// Quotation marks paired over the whole text. compromise only pairs marks inside one sentence, and
// scraped press releases mix every style (« », “ ”, „ “, " ", ‘ ’, ' ', ` `), mismatch them (`"…”`,
// `"…’’`), leave them unclosed at a cut-off end, or run one quotation over several paragraphs.
// One linear pass reads each mark's role from its neighbours, a second pairs them.
import type { Paragraph } from "../../text/parsed.js";
import { packedMap } from "../../text/packed.js";

export interface QuotedSpan {
  /** Index of the opening mark, or the paragraph start when the opening mark is missing. */
  open: number;
  /** Index of the closing mark, or where the quotation was cut off. */
  close: number;
  /** The content between the marks. */
  start: number;
  end: number;
  /** How the span was closed: by a mark, by the end of its paragraph or text, or opened by nothing. */
  closedBy: "mark" | "cut" | "orphan";
  /** Double marks (« “ " …) or single ones (‘ ' `). */
  family: "double" | "single";
}

type Role = "open" | "close" | "either";

interface Mark {
  at: number;
  length: number;
  role: Role;
  family: "double" | "single";
}

const DOUBLE = new Set(["«", "»", "“", "”", "„", '"']);
const SINGLE = new Set(["‘", "’", "'", "`", "‚"]);
const ALL_MARKS = /["'`«»‘’‚“”„]/u;
/** The same marks, to jump from one to the next: most of a text has none. */
const NEXT_MARK = new RegExp(ALL_MARKS.source, "gu");
// What may stand before an opening mark, or after a closing one, besides white space.
const BEFORE_OPEN = new Set(["(", "[", "{", "—", "–", "-", ":", "/"]);
const AFTER_CLOSE = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "—", "–", "-", "…"]);
// A quotation runs on over paragraphs at most this far looking for its closing mark.
const MAX_RUN_ON = 3000;

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function readMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  NEXT_MARK.lastIndex = 0;
  for (let found = NEXT_MARK.exec(text); found; found = NEXT_MARK.exec(text)) {
    const i = found.index;
    const c = found[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    // two right single marks stand for a double closing mark in some typed texts: `"…’’`
    if ((c === "’" && next === "’") || (c === "‘" && next === "‘")) {
      marks.push({ at: i, length: 2, role: c === "’" ? "close" : "open", family: "double" });
      NEXT_MARK.lastIndex = i + 2;
      continue;
    }
    const family = DOUBLE.has(c) ? "double" : SINGLE.has(c) ? "single" : null;
    if (!family) continue;
    // an apostrophe inside a word: Kyrgyzstan’s, it's, Minister`s
    if (family === "single" && isWordChar(prev) && isWordChar(next)) continue;
    const leftBound = isSpace(prev) || BEFORE_OPEN.has(prev!) || ALL_MARKS.test(prev!);
    const rightBound = isSpace(next) || AFTER_CLOSE.has(next!) || ALL_MARKS.test(next!);
    // an opening mark has words after it; a closing one has words before it
    const canOpen = leftBound && next !== undefined && next !== "\n" && next !== "\r" && !AFTER_CLOSE.has(next);
    const canClose = rightBound && prev !== undefined && prev !== "\n";
    let role: Role;
    if (c === "«" || c === "„") role = "open";
    else if (c === "»") role = "close";
    else if (canOpen && !canClose) role = "open";
    else if (canClose && !canOpen) role = "close";
    else if (c === "“" || c === "‘") role = canOpen ? "either" : "open";
    else if (c === "”" || c === "’") role = "close";
    else role = "either";
    marks.push({ at: i, length: 1, role, family });
  }
  return marks;
}

/** Index into `paragraphs` of the paragraph holding `at` (or the last one before it). */
function paragraphIndex(paragraphs: Paragraph[], at: number, from: number): number {
  let k = from;
  while (k + 1 < paragraphs.length && paragraphs[k + 1]!.start <= at) k++;
  return k;
}

/** Pairs the quotation marks of the text into quoted spans, in text order. */
export function pairQuotationMarks(text: string, paragraphs: Paragraph[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  if (!paragraphs.length) return spans;
  const marks = readMarks(text);
  let open: Mark | null = null;
  let openPara = 0;
  // one quotation inside the open one, waiting for its closing mark
  let nested = false;
  let cursor = 0;
  let lastClose = -1;
  const emit = (from: Mark, closeAt: number, closedBy: QuotedSpan["closedBy"]) => {
    spans.push({ open: from.at, close: closeAt, start: from.at + from.length, end: closeAt, closedBy, family: from.family });
    lastClose = closeAt;
  };
  // an unclosed quotation ends with its paragraph
  const cutAtParagraphEnd = (from: Mark, para: number) => {
    const p = paragraphs[para]!;
    if (from.family === "double") emit(from, Math.max(p.end, from.at + 1), "cut");
  };

  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m]!;
    cursor = paragraphIndex(paragraphs, mark.at, cursor);
    // singles pair only at the top level and within one paragraph
    if (mark.family === "single" && open?.family === "double") continue;
    if (open && cursor !== openPara) {
      // the quotation runs on into a later paragraph: it may close there, before anything opens
      const runsOn = mark.family === open.family && mark.role !== "open" && mark.at - open.at <= MAX_RUN_ON;
      const startsParagraph = mark.at === paragraphs[cursor]!.start;
      if (!(runsOn && !(startsParagraph && mark.role === "either"))) {
        cutAtParagraphEnd(open, openPara);
        open = null;
        nested = false;
      }
    }
    if (!open) {
      // a straight mark glued to punctuation with nothing open closes a quotation: `partners. ,"`
      const gluedClose = mark.role === "either" && !isSpace(text[mark.at - 1]) && !ALL_MARKS.test(text[mark.at - 1] ?? "") && !BEFORE_OPEN.has(text[mark.at - 1] ?? "");
      if (mark.role === "close" || gluedClose) {
        // a closing mark with no opening one: the quotation began with its paragraph (checked later)
        if (mark.family === "double") {
          // it began after the last quotation of its paragraph, not too far back
          const from = Math.max(paragraphs[cursor]!.start, lastClose + 1);
          if (from < mark.at && mark.at - from <= MAX_RUN_ON) spans.push({ open: from, close: mark.at, start: from, end: mark.at, closedBy: "orphan", family: "double" });
          lastClose = mark.at;
        }
        continue;
      }
      open = mark;
      openPara = cursor;
      nested = false;
      continue;
    }
    if (mark.family !== open.family) continue;
    if (mark.role === "open") {
      // a new opening mark while one is open: a quotation inside the quotation («… "Rosatom" …»),
      // or, when one is nested already, the first was never closed
      if (!nested && cursor === openPara) {
        nested = true;
        continue;
      }
      if (open.family === "double") emit(open, mark.at, "cut");
      open = mark;
      openPara = cursor;
      nested = false;
      continue;
    }
    if (nested) {
      nested = false;
      continue;
    }
    emit(open, mark.at, "mark");
    open = null;
  }
  if (open && open.family === "double") {
    const p = paragraphs[openPara]!;
    // a quotation opening a paragraph and never closed before a cut-off end runs to that end
    const last = paragraphs[paragraphs.length - 1]!;
    const opensParagraph = open.at === p.start;
    emit(open, opensParagraph ? last.end : p.end, "cut");
  }
  return packedMap(spans, (s) => trimContent(text, s)).filter((s) => s.end > s.start);
}

/** Narrows the content to its words: no white space, no trailing `,` before the closing mark. */
function trimContent(text: string, span: QuotedSpan): QuotedSpan {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  for (;;) {
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start && text[end - 1] === ",") end--;
    else break;
  }
  return { ...span, start, end };
}
