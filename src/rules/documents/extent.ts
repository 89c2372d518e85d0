// Where a document phrase starts and ends in running prose: the words left of a head that belong
// to its name (modifiers, and a determiner that opens it), and the complement right of it, up to
// where the sentence goes on about something else (a verb of the clause, a relative clause, a
// phrase of time, place or signatories, another document).
import { wordClass } from "../people/wordClasses.js";
import { DETERMINERS, PHRASE_BREAKERS } from "./vocabulary.js";
import { endsCapitalised, lastWords } from "./words.js";
import { ellipticAhead } from "./ellipsis.js";
import { verbForm } from "../../text/verbForms.js";
import { isFiniteSpeechWord } from "../quotes/speechVerbs.js";

/** A document head noun as found in the text. */
export interface Head {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]/u;
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens?)$/iu;

// Where the complement stops: a verb or relative word that turns to what happened to the document,
// or a phrase of time, place or signatories. Tested at each word of the complement.
const complementStop =
  /^(?:which|who|that|whereby|including|namely|notably|such as|among|was|were|is|are|has|have|had|will|would|signed|singed|inked|exchanged|received|witnessed|issued|released|adopted|approved|held|by|at|during|with|within|yesterday|today|tomorrow|according|while|whereas|worth(?=\s+(?:more|over|about|around|some)))\b/iu;
// "… under which", "… by which": a relative clause starts at its preposition.
const relativeAfterPreposition = /^(?:under|by|in|through|with|for|from|to)\s+(?:which|whom)\b/iu;
export const timeAfterOn = /^on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|behalf|the\s+sidelines|the\s+occasion|\d)/iu;
const inThePresence = /^in\s+the\s+presence\b/iu;
// "signed a protocol on customs in May 2024": the month the signing took place (a bare year may be
// the span a plan covers: "a programme of cooperation in 2018–2024")
const timeAfterIn = /^in\s+(?:(?:early|mid|late)[- ])?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
// After a comma, these words start something other than another subject of the list.
const afterCommaStop =
  /^(?:which|who|that|including|namely|notably|such as|among|the|a|an|this|these|its|their|his|her|exchanged|received|signed|said|according|while|with|together\s+with|along\s+with|alongside|within|during|following|after|before|ahead|amid|upon|in|on|at|by|and\s+(?:the|a|an|its|their|on|in|we|they|he|she|it|both|all)|as\s+well\s+as\s+(?:the|a|an))\b/iu;
// An item's number in a list run into a sentence: "(2) ", "and (3) ", "2) ", "b) ".
const INLINE_ITEM = /^(?:and\s+)?\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s/u;
// After a comma, a short clause without a verb before another document: ", and X Y,".
const ellipticSubject = /^\s*and\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,/u;
const MAX_PHRASE = 400;

export interface Left {
  /** Start of the phrase, with its determiner. */
  start: number;
  /** Start of the name, after the determiner. */
  nameStart: number;
  determiner: string | null;
  modifiers: string[];
}

/** The words before the head that belong to its name: modifiers, and a determiner that opens it. */
export function extendLeft(text: string, headStart: number, floor: number): Left {
  let start = headStart;
  let nameStart = headStart;
  const modifiers: string[] = [];
  let determiner: string | null = null;
  let i = headStart;
  for (let n = 0; n < 7; n++) {
    let j = i;
    while (j > floor && text[j - 1] === " ") j--;
    if (j === i && i !== headStart) break;
    let k = j;
    while (k > floor && (WORD.test(text[k - 1]!) || "-'’".includes(text[k - 1]!))) k--;
    if (k === j) break;
    const word = text.slice(k, j);
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower)) {
      determiner = lower;
      start = k;
      break;
    }
    if ((PHRASE_BREAKERS.has(lower) && !(lower === "exchange" && exchangeAsNoun(text, k, floor))) || NUMBER_WORD.test(word)) break;
    modifiers.unshift(word);
    start = k;
    nameStart = k;
    i = k;
  }
  return { start, nameStart, determiner, modifiers };
}

// "a renewed friendship exchange agreement", "the student exchange programme": "exchange" as a
// noun inside the name, after a singular noun and, within three words, an article (not "the two
// sides exchange …")
function exchangeAsNoun(text: string, at: number, floor: number): boolean {
  const words = text.slice(Math.max(floor, at - 60), at).split(/\s+/u).filter(Boolean).slice(-4);
  const previous = words.pop()?.toLowerCase();
  if (previous === undefined || /[^\p{L}-]|s$/u.test(previous) || PHRASE_BREAKERS.has(previous) || DETERMINERS.has(previous)) return false;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!.toLowerCase();
    if (/^(?:an?|the)$/u.test(word)) return true;
    if (/[^\p{L}-]/u.test(word) || PHRASE_BREAKERS.has(word) || DETERMINERS.has(word)) return false;
  }
  return false;
}

const CITY_AT_END = /^in\s+(\p{Lu}[\p{L}’'-]+)(?=[.,;]|\s*$)/u;

/** Where the complement after a head ends. */
export function extendRight(text: string, from: number, to: number, headStarts: Set<number>): number {
  const limit = Math.min(to, from + MAX_PHRASE);
  let i = from;
  let end = from;
  let openBetween = false;
  let afterComma = false;
  const opening = SERIES_PREPOSITION.exec(text.slice(from, from + 20))?.[1]?.toLowerCase();
  while (i < limit) {
    const c = text[i]!;
    if (c === ";" || c === ":" || c === "\n") break;
    // (not the stop of a company's abbreviation inside a name: "between Korea Railroad Corp. and …",
    // "… Ltd. on Monday")
    if (c === "." && (i + 1 >= to || /\s/u.test(text[i + 1] ?? " ")) && !(COMPANY_STOP.test(text.slice(Math.max(from, i - 5), i)) && /^\s+(?:and\s|&\s|\p{Ll})/u.test(text.slice(i + 1, i + 7)))) break;
    if (c === ",") {
      const rest = text.slice(i + 1, i + 40).trimStart();
      // ", (2) a Memorandum …", ", and (3) an Agreement …": the next item of a list run into a sentence
      if (INLINE_ITEM.test(rest)) break;
      // "on X, on Y and on Z": the series goes on
      if (opening && seriesGoesOn(text, i + 1, limit, opening)) {
        i++;
        continue;
      }
      // "on air services, the avoidance of double taxation and the protection of investments": a
      // series whose middle subjects take an article too, closed by "and the" before any verb
      if (/^the\s+\p{Ll}/u.test(rest) && theSeriesGoesOn(text, i + 1, limit)) {
        afterComma = true;
        i++;
        continue;
      }
      if (afterCommaStop.test(rest) || ellipticAhead.test(rest) || startsCoordinatedHead(text, i + 1, headStarts) || participleClause(rest) || attributionAhead(rest)) break;
      // ", and industry ministers, an agreement on …": another subject with its own document
      const elliptic = ellipticSubject.exec(text.slice(i + 1, i + 80));
      if (elliptic && startsCoordinatedHead(text, i + 1 + elliptic[0].length, headStarts)) break;
      afterComma = true;
      i++;
      continue;
    }
    if (c === " ") {
      const rest = text.slice(i + 1, i + 40);
      if (complementStop.test(rest) || timeAfterOn.test(rest) || timeAfterIn.test(rest) || inThePresence.test(rest) || ellipticAhead.test(rest) || relativeAfterPreposition.test(rest)) break;
      if (coordinatedVerb(rest) || finiteVerbAhead(rest)) break;
      // "… 2025–2030 in Apia.": the city where it was signed, last in the sentence, is no part of the name
      const city = CITY_AT_END.exec(rest);
      if (city && wordClass(city[1]!.toLowerCase()) === "place") break;
      if (/^between\b/iu.test(rest)) openBetween = true;
      if (/^and\s/u.test(rest) && INLINE_ITEM.test(rest)) break;
      if (/^(?:and|as well as)\b/iu.test(rest)) {
        const inName = endsCapitalised(text.slice(Math.max(from, i - 30), i)) && /^and\s+\p{Lu}/u.test(rest);
        if (!inName && startsCoordinatedHead(text, i + 1, headStarts)) break;
        if (openBetween) openBetween = false;
        // "on trade and the ministers then …" ends; "on fisheries, tourism and the training of
        // pilots" is the last of a series, unless a verb makes it a clause
        else if (/^and\s+(?:the|a|an|its|their)\b/iu.test(rest) && !/^and\s+the\s+\p{Lu}/u.test(rest) && (!afterComma || clauseAfterAnd(text.slice(i + 1, i + 80)))) break;
      }
      i++;
      continue;
    }
    i++;
    end = i;
  }
  return end;
}

// A company's abbreviation that ends in a full stop within a name.
const COMPANY_STOP = /\b(?:Corp|Co|Inc|Ltd|Plc|Bhd|Pvt|LLC)$/u;

// The preposition a complement opens with, which a series of subjects repeats ("on X, on Y and on Z").
const SERIES_PREPOSITIONS = ["on", "in", "for", "regarding", "concerning"];
const SERIES_PREPOSITION = new RegExp(`^\\s*(${SERIES_PREPOSITIONS.join("|")})\\s`, "iu");
// For each, the preposition opening what follows a comma, and `and` with it later in the clause.
const SERIES_STEPS = new Map(
  SERIES_PREPOSITIONS.map((p) => [p, { opens: new RegExp(`^\\s*${p}\\s`, "iu"), closes: new RegExp(`\\sand\\s+${p}\\s`, "iu") }]),
);

/** After a comma: the complement's preposition again, and later in the clause `and` with it once more. */
function seriesGoesOn(text: string, at: number, limit: number, preposition: string): boolean {
  const ahead = text.slice(at, limit);
  const stop = ahead.search(/[;:.\n]/u);
  const clause = stop >= 0 ? ahead.slice(0, stop) : ahead;
  const step = SERIES_STEPS.get(preposition);
  return step !== undefined && step.opens.test(clause) && step.closes.test(clause);
}

/**
 * After a comma, ", the B and the C" (or ", the B, the C and the D", ", the B and C") with no verb of its own: the
 * rest of a series of subjects, not an apposition (", the first such document").
 */
function theSeriesGoesOn(text: string, at: number, limit: number): boolean {
  const ahead = text.slice(at, limit);
  const stop = ahead.search(/[;:.\n]/u);
  for (const piece of (stop >= 0 ? ahead.slice(0, stop) : ahead).split(",")) {
    if (!/^\s*the\s+\p{Ll}/u.test(piece)) return false;
    // (the last one may go without its article: ", the protection of investments and air services")
    const and = /\sand\s+(?:the\s+)?\p{Ll}/u.exec(piece);
    const own = and ? piece.slice(0, and.index) : piece;
    if (own.split(/\s+/u).some(isClauseVerb)) return false;
    if (and) return !clauseAfterAnd(piece.slice(and.index + 1));
  }
  return false;
}

// (a present form is left out: "the training of nurses" is a plural noun, not "nurses" the verb)
function isClauseVerb(written: string): boolean {
  const form = verbForm(written.toLowerCase());
  return form === "past" || form === "modal" || form === "copula";
}

/**
 * "… and discussed the plan", "… and will consider …": a verb coordinated with the one of the
 * clause ends the object. A past tense or a modal after "and" (the lexicon keeps participles used
 * as adjectives apart: "processed and related goods" go on).
 */
function coordinatedVerb(rest: string): boolean {
  const m = /^(?:and|but)\s+(?:(?:also|then|jointly|further)\s+)?(\p{Ll}+)\b/u.exec(rest);
  if (!m) return false;
  const form = verbForm(m[1]!);
  return form === "past" || form === "modal";
}

// Simple pasts that are never participles: after a complement, the verb of its clause ("the
// memorandum on railways took place"). Regular pasts ("investments made in") may be participles.
const PURE_PAST = /^(?:took|came|became|began|gave|went|saw|grew|rose|fell|drew|wrote|spoke|chose|undertook|arose|ran)$/u;

const PAST_SPEECH = /^(?:\p{L}+ed|said|told|wrote)$/u;
const LEADING_LETTERS = /^\p{L}*/u;

/**
 * ", officials said.", ", the ministry announced on Monday": the sentence's attribution after its
 * object, a subject of a few words and a speech verb in the past ("notes", "reports" may be nouns).
 */
function attributionAhead(rest: string): boolean {
  const words = rest.split(/\s+/u, 6);
  for (let n = 1; n < words.length; n++) {
    const word = words[n]!.toLowerCase();
    const lower = LEADING_LETTERS.exec(word)![0];
    if (isFiniteSpeechWord(lower) && PAST_SPEECH.test(lower)) return true;
    if (lower !== word) return false; // punctuation closes the subject
  }
  return false;
}

/** "and the two sides agreed …": a finite verb in the first words after "and" and its determiner. */
function clauseAfterAnd(rest: string): boolean {
  for (const written of rest.split(/\s+/u).slice(2, 7)) {
    const word = written.toLowerCase();
    const lower = LEADING_LETTERS.exec(word)![0];
    const form = verbForm(lower);
    if (form === "past" || form === "present" || form === "modal" || form === "copula") return true;
    if (lower !== word) break; // punctuation closes the conjunct
  }
  return false;
}

/** "… the memorandum on railways took place": a simple past right after the complement is its clause's verb. */
function finiteVerbAhead(rest: string): boolean {
  const m = /^(\p{Ll}+)\b/u.exec(rest);
  return m !== null && PURE_PAST.test(m[1]!);
}

/** ", building on the …", ", paving the way", ", alternating between …": a participle clause after the object ends it. */
function participleClause(rest: string): boolean {
  const m = /^(\p{Ll}+ing)\s+(\p{Ll}+)/u.exec(rest);
  if (m === null) return false;
  // (a form the lexicon does not know, before a preposition no noun of a name takes after a comma: ", rotating between")
  if (m[1]!.length >= 7 && /^(?:between|among|across|through)$/u.test(m[2]!)) return true;
  return verbForm(m[1]!) === "gerund" && /^(?:on|upon|to|with|the|a|an|their|its|his|her|new|further|thus|up|forward)$/u.test(m[2]!);
}

/** Does a coordinated document phrase start at `at` ("and an agreement on …", ", a memorandum …")? */
function startsCoordinatedHead(text: string, at: number, headStarts: Set<number>): boolean {
  const window = text.slice(at, at + 80);
  const lead = /^\s*(?:,\s*)?(?:and|as well as)?\s*/iu.exec(window)?.[0] ?? "";
  let pos = at + lead.length;
  // a determiner and up to four name words before the head
  for (let n = 0; n < 6; n++) {
    if (headStarts.has(pos)) return true;
    const word = /^([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+/u.exec(text.slice(pos, pos + 60));
    if (!word) return false;
    const lower = word[1]!.toLowerCase();
    if (n > 0 && (PHRASE_BREAKERS.has(lower) || DETERMINERS.has(lower))) return false;
    if (n === 0 && PHRASE_BREAKERS.has(lower) && !DETERMINERS.has(lower)) return false;
    pos += word[0].length;
  }
  return false;
}

/** The phrase without the punctuation and a dangling conjunction at its end. */
export function trimEnd(text: string, start: number, end: number): [number, number] {
  let e = end;
  for (let guard = 0; guard < 3; guard++) {
    while (e > start && /[\s,;.:–—-]/u.test(text[e - 1]!)) e--;
    // a conjunction left at the end: "the Moscow Declaration and [witnessed …]"
    const last = lastWords(text.slice(Math.max(start, e - 12), e), 1)[0];
    if (last === undefined || !/^(?:and|or|as|well)$/iu.test(last) || e - last.length <= start) break;
    e -= last.length;
  }
  return [start, e];
}
