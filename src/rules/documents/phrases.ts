// Document names in running prose: "signed a joint declaration", "an agreement between X and Y on
// Z was signed", "memorandums on X and on Y" (one plural head over two subjects). A phrase is a
// head noun (vocabulary.ts), the words left of it that belong to the name, and the complement
// right of it, up to where the sentence goes on about something else.
import { documentHead, documentType, isPluralHead, isWeakHead, singularHead, isCounted, wordBeforeAdjectives, DETERMINERS, PHRASE_BREAKERS } from "./vocabulary.js";
import { endsCapitalised, lastWords } from "./words.js";
import type { DocumentType } from "../../types.js";
import { distribute, opensWithDomains } from "./distribution.js";
import { enumeratedParts, notASubject } from "./enumerated.js";
import { ellipticAhead, ellipticOpeners } from "./ellipsis.js";
import { partyAfterWith } from "./parties.js";
import { verbForm } from "../../text/verbForms.js";
import { isStudyProgramme } from "./study.js";

export interface DocumentPhrase {
  start: number;
  end: number;
  /** The title: the source text, or for a distributed item head + subject. */
  title: string;
  type: DocumentType;
  /** Where the complement starts (after the head, or this item's own subject), for finding parties. */
  complementStart: number;
  /** The end of the sentence, how far the parties may run on. */
  sentenceEnd: number;
  /** The head noun as written, and where it ends. */
  head: string;
  headEnd: number;
  plural: boolean;
  /** "the Joint Communique": a name without complement after "the", which may refer back. */
  bareDefinite: boolean;
  /** "an agreement", "A MoU": the head alone, which may name again a document named before. */
  bare: boolean;
  /** "a statement on …" without "joint": a document only beside a joint statement. */
  plainStatement?: boolean;
  /** The sides its own item names ("one with the Ministry of Health on …"), when it has one. */
  parties?: string[];
}

/** "with the Ministry of Health on vaccines": the side an enumerated item names. */
function partyOfItem(subject: string): string[] | undefined {
  if (!/^with\s/iu.test(subject)) return undefined;
  const side = partyAfterWith(subject);
  return side ? [side] : undefined;
}

interface Head {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]/u;
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens?)$/iu;

// A complement that names the document rather than saying where or when it was signed.
const namingComplement =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:on|of|for(?!\s+(?:the\s+)?\p{Lu})|between|regarding|concerning|about|to\s+(?!this\b|that\b|the\b)\p{Ll}+|in\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)|in\s+\d+\s+areas|affirming|establishing|outlining|aimed|towards|[–—-]\s+\p{Lu})/u;

// Where the complement stops: a verb or relative word that turns to what happened to the document,
// or a phrase of time, place or signatories. Tested at each word of the complement.
const complementStop =
  /^(?:which|who|that|whereby|including|namely|notably|such as|among|was|were|is|are|has|have|had|will|would|signed|singed|inked|exchanged|received|witnessed|issued|released|adopted|approved|held|by|at|during|with|within|yesterday|today|tomorrow|according|while|whereas|worth(?=\s+(?:more|over|about|around|some)))\b/iu;
// "… under which", "… by which": a relative clause starts at its preposition.
const relativeAfterPreposition = /^(?:under|by|in|through|with|for|from|to)\s+(?:which|whom)\b/iu;
const timeAfterOn = /^on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|behalf|the\s+sidelines|the\s+occasion|\d)/iu;
const inThePresence = /^in\s+the\s+presence\b/iu;
// After a comma, these words start something other than another subject of the list.
const afterCommaStop =
  /^(?:which|who|that|including|namely|notably|such as|among|the|a|an|this|these|its|their|his|her|exchanged|received|signed|said|according|while|with|within|during|in|on|at|by|and\s+(?:the|a|an|its|their|on|in)|as\s+well\s+as\s+(?:the|a|an))\b/iu;
// After a comma, a short clause without a verb before another document: ", and X Y,".
const ellipticSubject = /^\s*and\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,/u;
const MAX_PHRASE = 400;

/**
 * The document phrases of the sentence text[from, to). `previousHead` is the last head named
 * before the sentence, which an elliptic phrase ("Another on …") opening it stands for.
 */
export function documentPhrases(text: string, from: number, to: number, previousHead: string | null = null): DocumentPhrase[] {
  const sentence = text.slice(from, to);
  const heads: Head[] = [];
  documentHead.lastIndex = 0;
  for (let m = documentHead.exec(sentence); m; m = documentHead.exec(sentence)) {
    heads.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  // where a head starts, to tell a coordinated document ("and an agreement …") in one look
  const headStarts = new Set(heads.map((h) => h.start));
  const phrases: DocumentPhrase[] = [];
  let covered = from;
  let countedUntil = -1;
  for (let i = 0; i < heads.length; i++) {
    const head = heads[i]!;
    // "(MoU)" after "Memorandum of Understanding" abbreviates the head before it
    if (head.start < covered || text[head.start - 1] === "(") continue;
    const left = extendLeft(text, head.start, Math.max(covered, from));
    // "Agreements were also signed on X and on Y": the subject comes after the verb
    const detour = signedThenSubject.exec(text.slice(head.end, head.end + 60)) ?? signedThenDomain.exec(text.slice(head.end, head.end + 60));
    const complementFrom = detour ? head.end + detour[0].length : head.end;
    // "two memoranda: the first on X, and the second on Y": a count that names each of its items
    const ordinal = isPluralHead(head.text) ? enumeratedParts(text, head.end, to, (start) => extendRight(text, start, to, headStarts)) : [];
    if (ordinal.length > 1) {
      const lead = `${text.slice(left.nameStart, head.start)}${singularHead(head.text)}`;
      const type = documentType(head.text);
      phrases.push(
        ...ordinal.map((part, n) => ({
          start: n === 0 ? left.start : left.nameStart,
          end: part.end,
          title: `${lead} ${part.subject}`.replace(/\s+/gu, " "),
          type,
          head: head.text,
          headEnd: head.end,
          plural: true,
          complementStart: part.start,
          sentenceEnd: part.end,
          bareDefinite: false,
          bare: false,
          parties: partyOfItem(part.subject),
        })),
      );
      covered = ordinal[ordinal.length - 1]!.end;
      countedUntil = -1;
      continue;
    }
    const end = extendRight(text, complementFrom, to, headStarts);
    // "15 agreements and memoranda": the count goes on over a coordinated head
    const coordinated = countedUntil >= 0 && /^\s*(?:,|and|,\s*and|or)\s*$/u.test(text.slice(countedUntil, left.start));
    const judged = coordinated ? { phrases: [], counted: true } : judge(text, head, left, complementFrom, end);
    countedUntil = judged.counted ? head.end : -1;
    // a dropped phrase does not swallow the heads in its complement
    covered = judged.phrases.length ? end : head.end;
    const distributed = judged.phrases.length > 1;
    phrases.push(...judged.phrases.map((p) => (distributed ? p : { ...p, sentenceEnd: to })));
  }
  return withElliptic(text, from, to, heads, headStarts, phrases, previousHead);
}

/** The phrases with those that borrow the head named before them ("and a second on …"). */
function withElliptic(text: string, from: number, to: number, heads: Head[], headStarts: Set<number>, phrases: DocumentPhrase[], previousHead: string | null): DocumentPhrase[] {
  const openers = ellipticOpeners(text, from, to);
  if (!openers.length) return phrases;
  const all = [...phrases];
  for (const o of openers) {
    if (phrases.some((p) => p.start <= o.start && o.start < p.end) || headStarts.has(o.complementStart)) continue;
    const head = heads.filter((h) => h.end <= o.start).pop()?.text ?? previousHead;
    if (!head || notASubject.test(text.slice(o.complementStart, o.complementStart + 40))) continue;
    const [start, end] = trimEnd(text, o.start, extendRight(text, o.complementStart, to, headStarts));
    if (end <= o.complementStart) continue;
    const title = text.slice(start, end);
    all.push({ start, end, title, type: documentType(head), head, headEnd: o.complementStart, plural: false, complementStart: o.complementStart, sentenceEnd: to, bareDefinite: false, bare: false });
  }
  return all.sort((a, b) => a.start - b.start);
}

interface Left {
  /** Start of the phrase, with its determiner. */
  start: number;
  /** Start of the name, after the determiner. */
  nameStart: number;
  determiner: string | null;
  modifiers: string[];
}

/** The words before the head that belong to its name: modifiers, and a determiner that opens it. */
function extendLeft(text: string, headStart: number, floor: number): Left {
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
    if (PHRASE_BREAKERS.has(lower) || NUMBER_WORD.test(word)) break;
    modifiers.unshift(word);
    start = k;
    nameStart = k;
    i = k;
  }
  return { start, nameStart, determiner, modifiers };
}

/** Where the complement after a head ends. */
function extendRight(text: string, from: number, to: number, headStarts: Set<number>): number {
  const limit = Math.min(to, from + MAX_PHRASE);
  let i = from;
  let end = from;
  let openBetween = false;
  while (i < limit) {
    const c = text[i]!;
    if (c === ";" || c === ":" || c === "\n") break;
    if (c === "." && (i + 1 >= to || /\s/u.test(text[i + 1] ?? " "))) break;
    if (c === ",") {
      const rest = text.slice(i + 1, i + 40).trimStart();
      if (afterCommaStop.test(rest) || ellipticAhead.test(rest) || startsCoordinatedHead(text, i + 1, headStarts) || participleClause(rest)) break;
      // ", and industry ministers, an agreement on …": another subject with its own document
      const elliptic = ellipticSubject.exec(text.slice(i + 1, i + 80));
      if (elliptic && startsCoordinatedHead(text, i + 1 + elliptic[0].length, headStarts)) break;
      i++;
      continue;
    }
    if (c === " ") {
      const rest = text.slice(i + 1, i + 40);
      if (complementStop.test(rest) || timeAfterOn.test(rest) || inThePresence.test(rest) || ellipticAhead.test(rest) || relativeAfterPreposition.test(rest)) break;
      if (coordinatedVerb(rest) || finiteVerbAhead(rest)) break;
      if (/^between\b/iu.test(rest)) openBetween = true;
      if (/^(?:and|as well as)\b/iu.test(rest)) {
        const inName = endsCapitalised(text.slice(Math.max(from, i - 30), i)) && /^and\s+\p{Lu}/u.test(rest);
        if (!inName && startsCoordinatedHead(text, i + 1, headStarts)) break;
        if (openBetween) openBetween = false;
        else if (/^and\s+(?:the|a|an|its|their)\b/iu.test(rest) && !/^and\s+the\s+\p{Lu}/u.test(rest)) break;
      }
      i++;
      continue;
    }
    i++;
    end = i;
  }
  return end;
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
  return form === "pastTense" || form === "modal";
}

// Simple pasts that are never participles: after a complement, the verb of its clause ("the
// memorandum on railways took place"). Regular pasts ("investments made in") may be participles.
const PURE_PAST = /^(?:took|came|became|began|gave|went|saw|grew|rose|fell|drew|wrote|spoke|chose|undertook|arose|ran)$/u;

/** "… the memorandum on railways took place": a simple past right after the complement is its clause's verb. */
function finiteVerbAhead(rest: string): boolean {
  const m = /^(\p{Ll}+)\b/u.exec(rest);
  return m !== null && PURE_PAST.test(m[1]!);
}

/** ", building on the …", ", paving the way": a participle clause after the object ends it. */
function participleClause(rest: string): boolean {
  const m = /^(\p{Ll}+ing)\s+(\p{Ll}+)/u.exec(rest);
  return m !== null && verbForm(m[1]!) === "gerund" && /^(?:on|upon|to|with|the|a|an|their|its|his|her|new|further|thus|up|forward)$/u.test(m[2]!);
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

// "seven Memorandum of Understanding (MoUs)": a singular head made plural by its abbreviation.
const pluralAbbreviation = /^\s*\(\s*\p{Lu}+s\s*\)/u;
// A singular head after a number that is not a year: "11 Memorandum of Understanding".
const NUMBER_BEFORE = /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/iu;
// Words that point back to a document already named ("this memorandum", "the third MoU").
const ANAPHORIC = new Set(["this", "that", "these", "those", "such", "said", "aforementioned", "same", "first", "second", "third", "fourth", "fifth", "latter", "former"]);

const signedThenSubject = /^\s+(?:was|were|have been|has been)\s+(?:also\s+)?(?:signed|concluded|inked|exchanged)\s+(?=on\s|regarding\s|concerning\s)/iu;
// "An MoU was exchanged in the field of energy": one document, its domain after the verb.
const signedThenDomain = /^\s+(?:was|has been)\s+(?:also\s+)?(?:signed|concluded|inked|exchanged)\s+(?=in\s+the\s+(?:field|area|sphere|sector)\s+of\s)/iu;

// What makes a statement a signed document rather than something said: "joint", "Joint Policy".
const statementKind = /^(?:joint|common|final|policy|bilateral|trilateral|multilateral|political|strategic|\p{Lu}.*)$/u;

interface Judged {
  phrases: DocumentPhrase[];
  /** The phrase is a count ("15 agreements"): a head coordinated with it is counted too. */
  counted: boolean;
}

const COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The number a count word says ("three", "3"), or -1. */
function countOf(word: string): number {
  if (/^\d{1,2}$/u.test(word)) return Number(word);
  const n = COUNTS.indexOf(word.toLowerCase());
  return n >= 0 ? n + 2 : -1;
}

/** How many subjects the complement text[from, to) distributes over (0 when it is not a list). */
function distributedCount(text: string, from: number, to: number): number {
  if (!namingComplement.test(text.slice(from, to)) && !opensWithDomains(text.slice(from, to))) return 0;
  const [, e] = trimEnd(text, from, to);
  return distribute(text, from, e).length;
}

/** Keeps, drops or distributes one phrase. */
function judge(text: string, head: Head, left: Left, complementFrom: number, end: number): Judged {
  const drop = (counted = false): Judged => ({ phrases: [], counted });
  const complement = text.slice(complementFrom, end);
  // the title as written, or around the verb of a detour: "Agreements … on X"
  const titled = (from: number, to: number) =>
    complementFrom === head.end ? text.slice(from, to) : `${text.slice(from, head.end)} ${text.slice(complementFrom, to).trim()}`;
  const naming = namingComplement.test(complement) || opensWithDomains(complement);
  const plural = isPluralHead(head.text) || pluralAbbreviation.test(complement);
  const before = text.slice(Math.max(0, left.start - 40), left.start);
  const wordsBefore = lastWords(before, 4);
  // "three MoUs regarding A, B and C": a count is a name when its subjects are as many as it says
  const counted = plural && isCounted(wordsBefore);
  if (counted && countOf(wordBeforeAdjectives(wordsBefore)) !== distributedCount(text, complementFrom, end)) return drop(true);
  if (!left.determiner && !counted && NUMBER_BEFORE.test(wordBeforeAdjectives(wordsBefore))) return drop(true);
  if (!left.determiner && wordsBefore.slice(-3).some((w) => ANAPHORIC.has(w.toLowerCase()))) return drop();
  if (/\breached\s*$/iu.test(before) || /^\s*(?:was|were)\s+reached/iu.test(text.slice(end, end + 20))) return drop();
  const capitalised = /^\p{Lu}/u.test(head.text) || left.modifiers.some((w) => /^\p{Lu}/u.test(w));
  if (plural && !naming) return drop();
  // "The Ministry plans to sign …": a head that is the verb of its clause
  if (verbForm(head.text) === "presentTense" && /^\s+to\s+(?!(?:the|a|an|this|that|its|their)\b)\p{Ll}/u.test(complement)) return drop();
  // "a joint master's programme in logistics": a course, not an instrument
  if (isStudyProgramme(head.text, left.modifiers)) return drop();
  // "An agreement to this effect": the document named before
  if (/^\s*to\s+(?:this|that)\s+(?:effect|end)\b/iu.test(complement)) return drop();
  // "the statement of the President" is what he said; a signed statement is a joint one
  // (or one "on" a subject, which the caller keeps only next to a joint one; "of" someone is what he said)
  const plainStatement = /^statements?$/iu.test(head.text) && !left.modifiers.some((w) => statementKind.test(w));
  if (plainStatement && !/^\s*(?:on|regarding)\s/u.test(complement)) return drop();
  // "documents between the ministries" says who, not what
  if (/^documents?$/iu.test(head.text) && !/^\s*(?:on|regarding|concerning|for|to)\s/iu.test(complement) && !capitalised) return drop();
  // "The MoU signing took place …": the document of the ceremony
  const ceremony = /^\s*sign(?:ing|ed)\s+(?:ceremony|took|was|which|-|–)/iu.test(text.slice(head.end, head.end + 40)) && !plural;
  if (ceremony) return { counted: false, phrases: [{ start: left.start, end: head.end, title: text.slice(left.start, head.end), type: documentType(head.text), head: head.text, headEnd: head.end, plural: false, complementStart: head.end, sentenceEnd: end, bareDefinite: false, bare: true }] };
  const definite = left.determiner === "the";
  // "the Joint Declaration" may be a name; "the Memorandum" refers back to one
  // "the legal instrument signed by the ministers": a participle right after it says it was signed
  const signedRightAfter = /^\s+(?:signed|inked|concluded|initiall?ed)\s+(?:by|at|in|during|today|on)\b/iu.test(text.slice(end, end + 40));
  if (definite && !naming && !left.modifiers.some((w) => /^\p{Lu}/u.test(w)) && !(signedRightAfter && left.modifiers.length)) return drop();
  if (isWeakHead(head.text) && !naming && left.modifiers.length === 0) return drop();
  if (isWeakHead(head.text) && /^(?:documents?|notes|minutes)$/iu.test(head.text) && !naming && !capitalised) return drop();
  const type = documentType(head.text);
  const [s, e] = trimEnd(text, left.start, end);
  const bareDefinite = definite && !naming;
  const bare = !naming && left.modifiers.length === 0;
  if (plural) {
    const parts = distribute(text, complementFrom, e);
    if (parts.length > 1) {
      const lead = text.slice(left.nameStart, head.start) + singularHead(head.text);
      return {
        counted: false,
        phrases: parts.map((p, n) => {
          const own = { type, head: head.text, headEnd: head.end, plural, complementStart: p.start, sentenceEnd: p.end, bareDefinite, bare };
          if (n === 0 && !p.composed) return { start: s, end: p.end, title: titled(s, p.end), ...own };
          if (n === 0) return { start: s, end: p.end, title: `${text.slice(s, head.start)}${singularHead(head.text)} ${p.subject}`.replace(/\s+/gu, " "), ...own };
          return { start: left.nameStart, end: p.end, title: `${lead} ${p.subject}`.replace(/\s+/gu, " "), ...own };
        }),
      };
    }
  }
  return { counted: false, phrases: [{ start: s, end: e, title: titled(s, e), type, head: head.text, headEnd: head.end, plural, complementStart: complementFrom, sentenceEnd: e, bareDefinite, bare, plainStatement }] };
}

function trimEnd(text: string, start: number, end: number): [number, number] {
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
