// A sentence splitter for press-release prose: it must not break at abbreviations (`U.S.`, `Mr.`,
// `No. 5`), initials (`M. Jagadesh Kumar`), decimals (`2.5`), or at a `.`/`!`/`?` inside a quotation,
// and it must break where scraped text lost the space after a full stop (`on May 22.The host`).
import { trimSpan } from "./lines.js";

export interface SentenceSpan {
  start: number;
  end: number;
}

// Words that end with a full stop without ending the sentence. Lower-cased, without the stop.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "nr", "gen", "lt", "col", "capt", "cmdr", "maj",
  "sgt", "sen", "rep", "gov", "pres", "amb", "hon", "rev", "fr", "jr", "sr", "messrs", "mt", "ft",
  "eng", "arch", "lic", "adv", "brig", "adm", "cdr", "insp", "supt", "ma",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "approx", "vs", "etc", "cf",
  "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "h.e", "h.h", "h.r.h", "a.m", "p.m", "art", "para", "vol",
  "fig", "op", "ed", "eds", "cap", "sh", "tel", "ext", "rs", "ref",
]);
// Dotted initials that name a country, and so may end a sentence ("… visited the U.S. The talks …").
const COUNTRY_INITIALS = /^(?:u\.s|u\.k|u\.n|u\.s\.a)$/;
// These end a sentence when the next word is capitalised ("at 5 p.m. The talks…").
const CLOSABLE = new Set(["a.m", "p.m", "etc"]);

const OPENERS = new Set(["«", "“", "„", "‹"]);
const CLOSERS = new Set(["»", "”", "›"]);
// Every character the splitter acts on; the rest it skips in one search.
const NEXT_MARK = /[.!?…«»“”„‹›"]/g;
// A quotation left open longer than this is taken as broken, so it cannot swallow the text.
const MAX_QUOTE = 600;

const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

// Abbreviations and initials are short: looking further back than this finds no abbreviation,
// and keeps the splitter linear on a 300,000-letter "word".
const LONGEST_ABBREVIATION = 12;

/** The word (letters and inner dots) that ends just before index `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  const limit = Math.max(floor, dot - LONGEST_ABBREVIATION);
  while (i > limit && (isLetter(text[i - 1]) || text[i - 1] === "." || text[i - 1] === "'")) i--;
  return text.slice(i, dot);
}

/** Does a sentence start at `i` (after white space)? */
function startsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (isUpper(c) || isDigit(c)) return true;
  // an opening quotation mark or bracket followed by a capital or digit
  if (c && (OPENERS.has(c) || c === '"' || c === "(" || c === "[" || c === "'" || c === "‘")) {
    const d = text[i + 1];
    return isUpper(d) || isDigit(d) || d === "." /* elision "…" */;
  }
  return false;
}

/**
 * Is the `.` at `dot` the end of a sentence, given that a sentence-like start follows at `next`?
 * `spaced` says whether white space stood between them.
 */
function fullStopEnds(text: string, dot: number, next: number, spaced: boolean, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  const lower = word.toLowerCase().replace(/^\.+/, "");
  if (!spaced) {
    // "research.Prof", "May 22.The": only after a real word or a number, before a real word
    const after = text.slice(next, next + 3);
    const prev = text[dot - 1];
    const realWordBefore = (word.length >= 3 && !word.includes(".") && isLower(prev)) || isDigit(prev);
    return realWordBefore && isUpper(after[0]) && isLower(after[1]) && isLower(after[2]) && !ABBREVIATIONS.has(lower);
  }
  if (word.length === 1 && isUpper(word)) return false; // an initial: "M. Jagadesh Kumar"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && !CLOSABLE.has(lower)) {
    // dotted initials or acronyms: "U.S", "J.R.R"; they end a sentence only before a clear start
    return COUNTRY_INITIALS.test(lower) && startsClearly(text, next);
  }
  if (ABBREVIATIONS.has(lower)) {
    if (CLOSABLE.has(lower)) return startsClearly(text, next);
    // "No. 5", "Mr. Putin", "Sept. 6": never a sentence end before a name or number
    return false;
  }
  return true;
}

/**
 * Is the `.` at `dot` the stop of an abbreviation or an initial that never ends a sentence before
 * a name ("Ms. Carrick", "H.E. Prak", "M. Jagadesh Kumar")?
 */
export function stopOfAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot, 0);
  const lower = word.toLowerCase().replace(/^\.+/u, "");
  if (word.length === 1) return isUpper(word);
  if (CLOSABLE.has(lower)) return false;
  return ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word) && !COUNTRY_INITIALS.test(lower);
}

/** A start that no abbreviation would be followed by: a capitalised function word. */
function startsClearly(text: string, i: number): boolean {
  return /^(?:The|This|These|It|He|She|They|We|In|On|At|As|A|An|According|During|Following)\b/.test(text.slice(i, i + 12));
}

/**
 * Splits text[start, end) into sentences. Line breaks that end a line without final punctuation
 * are not boundaries here: the caller decides what a paragraph is.
 */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let sentenceStart = start;
  let quoteOpen = -1; // index of an unclosed quotation mark
  let straightOpen = -1; // index of an unclosed straight double quote

  const push = (to: number) => {
    const [s, e] = trimSpan(text, sentenceStart, to);
    if (e > s) out.push({ start: s, end: e });
    sentenceStart = to;
  };

  // searched within the span only: a search of the whole text from each paragraph would make a
  // text of many short paragraphs and no full stop quadratic
  const span = text.slice(start, end);
  for (let i = start; i < end; i++) {
    // jump to the next mark that can open or close a quotation or end a sentence
    NEXT_MARK.lastIndex = i - start;
    const next = NEXT_MARK.exec(span);
    if (!next) break;
    i = start + next.index;
    const c = text[i]!;
    if (OPENERS.has(c)) quoteOpen = i;
    else if (CLOSERS.has(c) || (c === "“" && quoteOpen >= 0 && text[quoteOpen] === "„")) quoteOpen = -1;
    else if (c === '"') {
      if (straightOpen >= 0) straightOpen = -1;
      else if (i === start || isSpace(text[i - 1]) || "([:—–-".includes(text[i - 1]!)) straightOpen = i;
    }
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;

    // the end of the punctuation run and any closing quotes or brackets after it
    let j = i + 1;
    while (j < end && ".!?…".includes(text[j]!)) j++;
    let closedQuote = false;
    while (j < end && (CLOSERS.has(text[j]!) || text[j] === '"' || text[j] === "’" || text[j] === ")" || text[j] === "]")) {
      if (text[j] !== ")" && text[j] !== "]") closedQuote = true;
      j++;
    }
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) break;
    const spaced = k > j;
    // no boundary here: go on after the run of marks (not from inside it, which would make a
    // text of 100,000 full stops quadratic); closing quotes in the run are seen again
    const skipRun = () => {
      while (i + 1 < j && ".!?…".includes(text[i + 1]!)) i++;
    };
    if (!startsSentence(text, k) || (!spaced && c !== ".")) {
      skipRun();
      continue;
    }
    if (c === "." && j === i + 1 && !fullStopEnds(text, i, k, spaced, sentenceStart)) continue;
    // inside a quotation that is still open (and not absurdly long), the sentence goes on
    const inside = (open: number) => open >= 0 && i - open < MAX_QUOTE;
    if (!closedQuote && (inside(quoteOpen) || inside(straightOpen))) {
      skipRun();
      continue;
    }
    if (closedQuote) {
      quoteOpen = -1;
      straightOpen = -1;
    }
    push(j);
    i = k - 1;
  }
  push(end);
  return out;
}
