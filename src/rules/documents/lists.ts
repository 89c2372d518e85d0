// Enumerated lists of signed documents: a cue ("the following documents were signed:", "15
// documents were also signed, including:", "The parties signed:", a "List of Agreements/MoUs
// signed …" title) followed by items, one per line or paragraph, with any marker or none, items
// broken across lines, and lists flattened into one run-on line.
import { wordClass } from "../people/wordClasses.js";
import { verbForm } from "../../text/verbForms.js";
import type { ParsedText } from "../../text/parsed.js";
import type { Line } from "../../text/lines.js";
import { documentHead, isPluralHead, DETERMINERS, PHRASE_BREAKERS } from "./vocabulary.js";
import { eventSignings } from "./signing.js";
import { firstIndex } from "../../text/spans.js";
import { packedMap } from "../../text/packed.js";
import { trimTrailing } from "./words.js";

export interface ListItem {
  start: number;
  end: number;
}

export interface DocumentList {
  /** From the cue's sentence to the last item: prose there is not read again. */
  start: number;
  end: number;
  items: ListItem[];
  /** The list runs to the end of the text without a last item that ends. */
  truncated: boolean;
  /** The document noun of the cue ("six memoranda were signed:"): the kind of an item that names none. */
  cueHead?: string | null;
  /** The cue ends "… were signed between:": each item starts with the two sides. */
  sidesFirst?: boolean;
}

// The bullets of every site's lists, one character each ("•", "▲", "►", "✓", the Korean "ㅇ").
const BULLETS = "–—•·*▪●◦‣▲►▶▸■□◆◇❖○✓✔➢➤⁃∙ㅇ-";
// A list marker at the start of a line: dashes and bullets (also "• –"), "1." "1)" "a)" "(a)",
// Roman numerals ("(iv)", "ii."), and word ordinals ("The first:", "Second -").
const listMarker = new RegExp(
  String.raw`^[ \t]*(?:[${BULLETS}][ \t]*){1,3}|^[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]+|^[ \t]*\d{1,2}[ \t]?[-–][ \t]+|^[ \t]*\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)[ \t]+|^[ \t]*[ivx]{1,5}[.)][ \t]+|^[ \t]*(?:the[ \t]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)[ \t]*[:–—-][ \t]*`,
  "iu",
);
// A bullet or an item's number opening a line.
const BULLET_OR_NUMBER = new RegExp(String.raw`^[ \t]*(?:[${BULLETS}]|\d{1,2}[.)])`, "u");
// The words of a cue that announces a list of documents.
const listWords = /\b(?:documents?|instruments?|agreements?|memorand\w*|mous?|treaties|protocols|following|include[sd]?|including|as follows|signed|signing|inked|exchanged)\b/iu;
// A title line announcing a list: "List of Agreements/MoUs signed between India and Mauritius".
const listTitle = /^\s*list of\b[^\n]{1,80}\b(?:signed|exchanged|concluded)\b/iu;
const MAX_ITEM_LINES = 12;
const signatoryHeader = /\b(?:signator(?:y|ies)|signed\s+by|exchanged\s+by)\b/iu;
// A cue without a signing verb that announces documents to come or to decide on, not signed ones.
const notSignedHere = /\b(?:will|shall|to be|expected|planned|due|approv\w*|draft|discuss\w*|consider\w*|review\w*|agenda|propos\w*|ratif\w*|negotiat\w*)\b/iu;

/** The enumerated lists of signed documents in the text. */
export function documentLists(parsed: ParsedText, publishedYear: number | null): DocumentList[] {
  const lists: DocumentList[] = [];
  const lines = parsed.lines;
  for (let i = 0; i < lines.length; i++) {
    const kind = cueKind(lines, i, publishedYear);
    if (!kind) continue;
    // only a cue ending in a colon announces its items so closely that they may omit the noun
    const cueHead = kind === "colon" && lines[i]!.text.trimEnd().endsWith(":") ? kindNamed(lines[i]!.text) : null;
    const list = readItems(parsed, i + 1, kind, cueHead);
    if (list && list.items.length) {
      lists.push({ ...list, start: cueSentenceStart(parsed, lines[i]!), cueHead, sidesFirst: /\bbetween\s*:\s*$/u.test(lines[i]!.text) });
      while (i + 1 < lines.length && lines[i + 1]!.start < list.end) i++;
    }
  }
  return lists;
}

/**
 * Where the cue's own sentence starts in its line: "The leaders adopted a Joint Statement. The
 * following documents were also signed:" — the sentence before the cue is prose, read as such.
 */
function cueSentenceStart(parsed: ParsedText, line: Line): number {
  const sentences = parsed.sentences;
  const last = firstIndex(sentences, (s) => s.start >= line.end) - 1;
  const sentence = sentences[last];
  return sentence && sentence.end > line.start ? Math.max(line.start, sentence.start) : line.start;
}

type CueKind = "colon" | "title";

// A section heading of documents and their signing: "Agreements / MoUs exchanged", "Documents signed".
const SIGNED_SECTION = /^[\p{L}-]+(?:(?:[ \t]*[/&,][ \t]*|[ \t]+)[\p{L}-]+){0,4}[ \t]+(?:signed|exchanged|concluded|inked)$/iu;

function cueKind(lines: Line[], i: number, publishedYear: number | null): CueKind | null {
  const text = lines[i]!.text.trim();
  if (listTitle.test(text) && text.length < 200) return "title";
  if (signedSection(text) && nextLineMarked(lines, i)) return "title";
  const kind = sentenceCueKind(lines, i, text, publishedYear);
  // (a sentence over such a heading leaves the list to it: "The following documents were exchanged
  // today." then "Agreements / MoUs exchanged" then its numbered lines)
  return kind && !signedSection(nextText(lines, i)) ? kind : null;
}

/** A cue written as a sentence or a table's header over the list (line i, trimmed as `text`). */
function sentenceCueKind(lines: Line[], i: number, text: string, publishedYear: number | null): CueKind | null {
  // "The documents signed include" with the list right under it, without a colon
  // (the marked line first: it is the cheapest test, and fails for most lines)
  if (!text.endsWith(":") && !/[.!?]["”»]?$/u.test(text) && text.length < 300 && nextLineMarked(lines, i) && documentWord(text) && eventSignings(text, publishedYear).length) return "colon";
  // "The following outcome documents were concluded during the visit." over a table of outcomes,
  // a section heading or a header row before its numbered rows
  if (!text.endsWith(":") && text.length < 400 && text.includes("ollowing") && /\bthe\s+following\s/iu.test(text) && markedLineAhead(lines, i + 1) && documentWord(text) && !announcesOneText(`${trimTrailing(text, ". ")}:`) && eventSignings(text, publishedYear).length) return "colon";
  // a table's header row naming the documents' column and their signatories' ("Name of the
  // Agreement/MoU | Signatory from the Indian side"): the rows under it were signed, cue or not
  if (text.length < 300 && (text.includes("|") || text.includes("\t")) && signatoryHeader.test(text) && documentWord(text) && markedLineAhead(lines, i + 1)) return "colon";
  if (!text.endsWith(":") || !listWords.test(text)) return null;
  const tail = text.slice(-400);
  if (announcesOneText(tail)) return null;
  // "the signing of …", "the exchange of the following:", "the exchange of the documents, namely:"
  // (a noun of the act; the signing words decide) ("put their signatures to these documents:")
  if (/\b(?:sign|signed|signing|signatures?|inked|exchanged|concluded|adopted)\b|\bexchange\s+of\s/iu.test(tail)) {
    return eventSignings(tail, publishedYear).length ? "colon" : null;
  }
  // "… witnessed the exchange of a number of agreements, which are as follows:"
  if (/\b(?:following|as follows|include|including)\b/iu.test(tail) && documentWord(tail) && !notSignedHere.test(tail)) return "colon";
  // "These include:", "The memoranda cover:" after a sentence that reports the signing
  if (tail.length > 80 || !SHORT_CUE_VERB.test(tail)) return null;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = lines[j]!.text.trim();
    if (!prev) continue;
    return eventSignings(prev.slice(-600), publishedYear).length && documentWord(prev) ? "colon" : null;
  }
  return null;
}

/**
 * "… issued the following Joint Statement:", "signed the following declaration:": the paragraphs
 * under the cue are the one document's text, not a list of documents.
 */
function announcesOneText(cue: string): boolean {
  // "The following is the full text of the joint communiqué … issued on Saturday:"
  if (/\bfollowing\s+is\s+the\s+(?:full\s+)?text\b|\b(?:full\s+)?text\s+of\s+the\s+[^:]{0,200}:\s*$/iu.test(cue)) return true;
  const following = cue.search(/\bfollowing\b/iu);
  if (following < 0) return false;
  let last: RegExpExecArray | null = null;
  documentHead.lastIndex = following;
  for (let m = documentHead.exec(cue); m; m = documentHead.exec(cue)) last = m;
  return last !== null && !isPluralHead(last[0]) && /^\s*:$/u.test(cue.slice(last.index + last[0].length));
}

// The verb of a short cue that refers back to the documents just reported signed ("These include:",
// "The documents were:").
const SHORT_CUE_VERB = /\b(?:include|including|following|as follows|cover|covers|concern|concerns|relate\s+to|deal\s+with|were|are)\b/iu;

type MarkerStyle = "digit" | "letter" | "bullet" | "word";

/** The kind of a list marker: numbers, letters (and Roman numerals), bullets and dashes, or words. */
function markerStyle(marker: string): MarkerStyle {
  const m = marker.trim();
  if (/\d/u.test(m)) return "digit";
  if (/^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)\b/iu.test(m)) return "word";
  if (/\p{L}/u.test(m)) return "letter";
  return "bullet";
}

/** Did the last item end the list with a full stop ("…; … ; C.")? */
function itemClosedList(text: string, items: ListItem[], current: ListItem | null): boolean {
  const last = current ?? items[items.length - 1];
  return last !== undefined && /\.["”»]?\s*$/u.test(text.slice(last.start, last.end));
}

// How many lines of description may stand between two items of a marked list.
const DESCRIPTION_LINES = 3;

/** Does a marked line (of this style, when given) come within the next few non-blank lines from `i`? */
function markedLineAhead(lines: Line[], i: number, style: MarkerStyle | null = null): boolean {
  let seen = 0;
  for (let j = i; j < lines.length && seen < DESCRIPTION_LINES; j++) {
    const text = lines[j]!.text;
    if (!text.trim()) continue;
    const marker = listMarker.exec(text);
    if (marker) return style === null || markerStyle(marker[0]) === style;
    seen++;
  }
  return false;
}

function nextLineMarked(lines: Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const text = lines[j]!.text;
    if (text.trim()) return listMarker.test(text) && BULLET_OR_NUMBER.test(text);
  }
  return false;
}

function signedSection(text: string): boolean {
  return text.length < 60 && SIGNED_SECTION.test(text) && !/\b(?:to|be|will|shall|not|yet|being|were|was|are)\b/iu.test(text) && pluralDocuments(text);
}

/** The next line with words after line i, trimmed, or "". */
function nextText(lines: Line[], i: number): string {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (lines[j]!.text.trim()) return lines[j]!.text.trim();
  return "";
}

/** The text names documents in the plural: "Agreements / MoUs", "Documents". */
function pluralDocuments(text: string): boolean {
  documentHead.lastIndex = 0;
  for (let m = documentHead.exec(text); m; m = documentHead.exec(text)) if (isPluralHead(m[0])) return true;
  return /\bdocuments\b/iu.test(text);
}

function documentWord(text: string): boolean {
  documentHead.lastIndex = 0;
  return documentHead.test(text);
}

/** Does the line open with a document name ("An agreement on …", "Memorandum of …")? */
function opensWithDocument(text: string): boolean {
  const words = text.trim().split(/\s+/u).slice(0, 7).join(" ");
  documentHead.lastIndex = 0;
  const m = documentHead.exec(words);
  if (!m) return false;
  const before = words.slice(0, m.index).trim().split(/\s+/u).filter(Boolean);
  return (
    before.length <= 5 &&
    before.every((w, n) => (n === 0 && DETERMINERS.has(w.toLowerCase())) || !PHRASE_BREAKERS.has(w.toLowerCase())) &&
    (before.length === 0 || DETERMINERS.has(before[0]!.toLowerCase()) || /^\p{Lu}/u.test(before[0]!))
  );
}

/** The last document noun of a cue line, the kind its items are. */
function kindNamed(cue: string): string | null {
  let last: string | null = null;
  const tail = cue.slice(-300);
  documentHead.lastIndex = 0;
  for (let m = documentHead.exec(tail); m; m = documentHead.exec(tail)) last = m[0];
  // a plural: the cue announces several documents of that kind ("the following statement:" is one text)
  return last && isPluralHead(last) ? last : null;
}

// An item without a document noun, under a cue that names the kind: a short line that is not a
// sentence of the body ("Cooperation in the field of sport;").
const MAX_HEADLESS = 250;
// A line with an auxiliary or a past tense verb of the report is a sentence, not an item.
const finiteVerb = /\b(?:is|are|was|were|has|have|had|will|would|said|noted|added)\b/iu;
function headlessItem(parsed: ParsedText, start: number, end: number): boolean {
  const s = parsed.text.slice(start, end).trim();
  if (!(s.length < MAX_HEADLESS && /^\p{Lu}/u.test(s) && !/[:!?]$/u.test(s) && !/[.!?]\s+\p{Lu}/u.test(s) && !finiteVerb.test(s))) return false;
  // a sentence of the body after the list ("The leaders then toured the exhibition."): a past
  // tense, an auxiliary or a modal, as compromise's lexicon knows them (src/text/verbForms.ts)
  if (wordsOf(s).some((w) => SENTENCE_VERB.has(verbForm(w) ?? ""))) return false;
  // a line that ends as a sentence with an adverb in it ("The President then left."), where the
  // verb is one the lexicon cannot tell ("left"): a document's name has no adverb
  return !(s.endsWith(".") && wordsOf(s).some((w) => wordClass(w) === "adverb" || (w.length > 4 && w.endsWith("ly"))));
}
const SENTENCE_VERB = new Set(["past", "modal", "copula", "verb"]);
const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}'’-]+/u);

// An upper-case Roman numeral: how outcome lists number their sections.
const SECTION_NUMERAL = /^[ \t]*[IVX]{1,4}[.)]/u;

/** A short heading with no complement: "MoUs/Agreements", "Announcements", "Other outcomes". */
function sectionHeading(body: string): boolean {
  const s = body.trim();
  return s.length > 0 && s.length < 40 && !/\s(?:of|on|between|for|to|with|in|concerning|regarding)\s/iu.test(s) && !/[.;,]$/u.test(s);
}

/** A table's header row: cells, and a column of serial numbers or of signatories. */
function tableHeader(line: string): boolean {
  return (line.includes("|") || line.includes("\t")) && (signatoryHeader.test(line) || SERIAL_COLUMN.test(line));
}
const SERIAL_COLUMN = /\b(?:S|Sl|Sr)\.?\s?No\b/u;

function readItems(parsed: ParsedText, from: number, kind: CueKind, cueHead: string | null = null): Omit<DocumentList, "start"> | null {
  const { text, lines } = parsed;
  const items: ListItem[] = [];
  let marked: boolean | null = null;
  let current: ListItem | null = null;
  let currentLines = 0;
  let blankBefore = false;
  let end = from < lines.length ? lines[from]!.start : text.length;
  let lastLine = from - 1;
  const close = () => {
    if (current) items.push(current);
    current = null;
  };
  let firstStyle: MarkerStyle | null = null;
  let headerLines = 0;
  let lastNumber: number | null = null;
  // the numbering of the paragraphs the cue itself is one of ("6. The two sides welcomed the
  // signing of the following instruments:")
  const cueMarker = from > 0 ? listMarker.exec(lines[from - 1]!.text) : null;
  const outerStyle = cueMarker ? markerStyle(cueMarker[0]) : null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = line.text;
    if (!raw.trim()) {
      blankBefore = true;
      continue;
    }
    const marker = listMarker.exec(raw);
    // a table row's cell border after its number ("1. | Agreement on … | signatory") is no part of the title
    const body = marker ? raw.slice(marker[0].length).replace(/^\|[ \t]*/u, (cell) => " ".repeat(cell.length)) : raw;
    const bodyStart = line.start + (marker ? marker[0].length : 0) + (body.length - body.trimStart().length);
    const bodyEnd = line.start + raw.trimEnd().length;
    const open = current !== null && !/[;.]["”»]?\s*$/u.test(text.slice((current as ListItem).start, (current as ListItem).end));
    // "I. MoUs/Agreements", "II. Announcements": a section heading of an outcomes list. One that
    // names documents opens the rows under it; any other ends the list.
    if (marker && SECTION_NUMERAL.test(marker[0]) && sectionHeading(body)) {
      if (!documentWord(body)) {
        if (items.length || current) break;
      } else {
        close();
        firstStyle = null;
      }
      blankBefore = false;
      continue;
    }
    if (marker && body.trim() && marked !== false) {
      // "6. … the following instruments:", "a) … d)", then "7. The instruments were signed …":
      // the paragraphs' own numbering goes on, the list has ended
      const style = markerStyle(marker[0]);
      if (firstStyle !== null && style !== firstStyle && style === outerStyle) break;
      // numbering that starts again at 1 is another list ("Announcements" under the outcome table)
      const number = style === "digit" ? Number(/\d+/u.exec(marker[0])![0]) : null;
      if (number === 1 && lastNumber !== null && lastNumber > 1) break;
      lastNumber = number ?? lastNumber;
      // a line of another style that names no document: a note under an item, or the page's
      // credit after the list ("--Agency 19:40 GMT")
      if (firstStyle !== null && style !== firstStyle && !opensWithDocument(body)) {
        close();
        if (!markedLineAhead(lines, i + 1, firstStyle)) break;
        blankBefore = false;
        continue;
      }
      firstStyle ??= style;
      marked = true;
      close();
      current = { start: bodyStart, end: bodyEnd };
      currentLines = 1;
    } else if (current && open && !blankBefore && currentLines < MAX_ITEM_LINES && (marked || /^\s*\p{Ll}/u.test(raw))) {
      // a hard-wrapped item goes on in this line
      (current as ListItem).end = bodyEnd;
      currentLines++;
    } else if (marked === null && !current && tableHeader(raw) && markedLineAhead(lines, i + 1)) {
      // a table's header row over its numbered rows, whatever its cells name
      // ("S.No. | Agreement/MoU | Indian Signatory | …")
    } else if (marked !== true && opensWithDocument(raw) && raw.trim().length < 600) {
      marked = false;
      close();
      current = { start: bodyStart, end: bodyEnd };
      currentLines = 1;
    } else if (cueHead && marked !== true && !itemClosedList(text, items, current) && headlessItem(parsed, line.start, line.end)) {
      // "six memoranda were signed:" then "Cooperation between A and B;": the cue names the kind
      marked = false;
      close();
      current = { start: bodyStart, end: bodyEnd };
      currentLines = 1;
    } else if (kind === "title" && items.length + (current ? 1 : 0) > 0 && !marker) {
      // a description under an item of a titled list
      close();
    } else if (marked === null && kind === "title") {
      // lines between the title and the first item: signatories, repeated title
    } else if (marked === null && !current && headerLines++ < 2 && markedLineAhead(lines, i + 1)) {
      // a table's header row over its numbered rows ("S.No.  Name of MoU/Agreement  Signatory")
    } else if (marked === true && markedLineAhead(lines, i + 1, firstStyle)) {
      // a description or the signatories under a numbered item ("Exchanged by: …"), with the next
      // item right after: the item ends, the list goes on
      close();
    } else {
      break;
    }
    blankBefore = false;
    lastLine = i;
    end = line.end;
  }
  close();
  if (!items.length) return null;
  const lastItem = items[items.length - 1]!;
  const restEmpty = lines.slice(lastLine + 1).every((l) => !l.text.trim());
  const ends = (item: ListItem) => /[;,.!?)"”»]\s*$/u.test(text.slice(item.start, item.end));
  // cut off: the last item lacks the ending the others have (or the only one has none)
  const truncated = restEmpty && !ends(lastItem) && (items.length === 1 || items.slice(0, -1).some(ends));
  return { end, items, truncated };
}

// In a run-on line, where a flattened list starts an item: a capitalised head, not after an
// article, followed by what names it.
const flattenedItem = /(?<![\p{L}\p{N}])(?<!\b(?:the|a|an|The|A|An) )(?:MoUs?|MOUs?|Memorand(?:um|a)|Agreements?|Protocols?)(?= (?:between|on|to|for|regarding|signed between|of) )/gu;

const runOnSentence = /\p{Ll} (?=The \p{Lu})/gu;

/** Items of lists flattened into one line: at least three item starts in one paragraph. */
export function flattenedLists(parsed: ParsedText, publishedYear: number | null): DocumentList[] {
  const lists: DocumentList[] = [];
  for (const p of parsed.paragraphs) {
    if (p.end - p.start < 200) continue;
    const para = parsed.text.slice(p.start, p.end);
    flattenedItem.lastIndex = 0;
    const starts: number[] = [];
    for (let m = flattenedItem.exec(para); m; m = flattenedItem.exec(para)) starts.push(m.index);
    if (starts.length < 3) continue;
    // a run-on item may be a sentence of its own: "… capacity building The Ministry of Railways signed an MoU …"
    runOnSentence.lastIndex = starts[0]!;
    for (let m = runOnSentence.exec(para); m; m = runOnSentence.exec(para)) starts.push(m.index + 1);
    starts.sort((a, b) => a - b);
    const context = parsed.text.slice(Math.max(0, p.start - 600), p.start + starts[0]!);
    if (!eventSignings(context, publishedYear).length) continue;
    const items = packedMap(starts, (s, n) => {
      const stop = n + 1 < starts.length ? starts[n + 1]! : para.length;
      let piece = para.slice(s, stop);
      const sentenceEnd = /\.\s+\p{Lu}/u.exec(piece);
      if (sentenceEnd) piece = piece.slice(0, sentenceEnd.index);
      piece = piece.trimEnd();
      return { start: p.start + s, end: p.start + s + piece.length };
    });
    const last = items[items.length - 1]!;
    const truncated = p.end === parsed.text.trimEnd().length && !/[.;!?]$/u.test(parsed.text.slice(last.start, last.end));
    lists.push({ start: p.start, end: p.end, items, truncated });
  }
  return lists;
}
