// Documents named in the prose of a sentence that reports a signing ("the ministers signed an
// agreement on …", "A memorandum … was signed"), or in one that goes on listing them ("These
// include …"), each with the parties the sentence names for it.
import type { KnownPeople } from "../context.js";
import type { Naming } from "./namedTwice.js";
import { documentType, singularHead } from "./vocabulary.js";
import type { DocumentType } from "../../types.js";
import { documentPhrases, type DocumentPhrase } from "./phrases.js";
import { ellipticOpeners } from "./ellipsis.js";
import { eventSignings, plannedBefore, signingCueAt } from "./signing.js";
import { governorAfter, governorBefore, signedRightAfter, type Government } from "./governor.js";
import { partiesBetween } from "./parties.js";
import { partiesInProse } from "./proseParties.js";
import { lastWords, trimTrailing } from "./words.js";
import { datesAnAside, signedBeforeEvent, type EventDay } from "./earlierSigning.js";
import type { DateMention } from "../../types.js";
import { asciiPattern } from "../../text/asciiPattern.js";
import { packedMap } from "../../text/packed.js";

/** The text's dates and the event's day, to tell a signing dated before the event. */
export interface Dated {
  dates: DateMention[];
  event: EventDay;
}

// Words that put a document under another verb than the signing one, or under a frame.
const GOVERNED_ELSEWHERE = new Set([
  "approving", "approve", "approved", "implementing", "implement", "implementation", "framework", "under", "accordance",
  "pursuant", "according", "amending", "amendments", "extending", "terminating", "denouncing", "draft", "preparing",
  "prepare", "negotiating", "negotiations", "discuss", "discussed", "discussing", "review", "reviewed", "reviewing",
]);

// The sentence mentions a document at all: most sentences are dropped by this cheap test. Every
// head `documentHead` finds starts with one of these.
const anyHead = asciiPattern(
  /\b(?:memorand|mous?\b|agreement|arrangement|deal|accord|treat|convention|declaration|statement|communiqu|program|plan|road ?map|letter|protocol|contract|charter|regulations|statute|document|instrument|minutes|notes)/iu,
);

// A sentence that goes on listing what the one before said was signed: "These include …",
// "The other Memoranda of Understanding include …", "Among them are …".
const goesOnListing = /\b(?:[Ii]nclude[sd]?|[Ii]ncluding|[Aa]mong|[Cc]overs?|[Cc]overed)\b|^\s*(?:They|These|Those)\s+(?:are|were)\s/u;
// A year said before the document, "in December 1991 the … declaration was signed", "In 2013, the
// two countries concluded …": another time.
const yearBefore = /\b(?:[Ii]n|[Oo]n|[Ss]ince)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b(?![-–/])/gu;

// A word of signing, whatever the clause makes of it.
const signingWord = /\b(?:sign|signs|signed|signing|inked|exchanged|concluded)\b/iu;

/** Does the sentence name a document at all? A sentence without is read no further. */
export function mentionsDocument(sentence: string): boolean {
  return anyHead.for(sentence).test(sentence);
}

export interface SentenceReading {
  documents: Naming[];
  /** The sentence has a document noun at all (no noun: no head for "another on …" to stand for). */
  mentions: boolean;
  /** The sentence reports a signing: a following "These include …" lists its documents. */
  signed: boolean;
}

export function documentsInSentence(ctx: KnownPeople, from: number, to: number, publishedYear: number | null, previousSigned: boolean, previousHead: string | null = null, dated: Dated | null = null): SentenceReading {
  const text = ctx.parsed.text;
  const sentence = text.slice(from, to);
  const mentions = mentionsDocument(sentence);
  // a sentence that names no document ("The presidents attended the ceremony.") leaves the
  // signing before it in view: "The agreements include …" may follow it
  if (!mentions && !(previousHead && ellipticOpeners(text, from, to).length)) return { documents: [], signed: previousSigned, mentions };
  const goesOn = previousSigned && goesOnListing.test(sentence);
  let cues = packedMap(eventSignings(sentence, publishedYear), (c) => ({ at: from + c.at, issuing: c.issuing }));
  // (not a sentence whose own signing word says it is still to come: "the documents planned for
  // signing include …")
  const inherited = !cues.length && goesOn && !signingWord.test(sentence);
  if (!cues.length && !inherited) return { documents: [], signed: previousSigned, mentions };
  if (inherited) cues = [{ at: from, issuing: false }];
  const signing = packedMap(cues.filter((c) => !c.issuing), (c) => c.at);
  const issuing = packedMap(cues.filter((c) => c.issuing), (c) => c.at);
  const documents: Naming[] = [];
  const earlierYearAt = packedMap(earlierYears(sentence, publishedYear), (y) => from + y);
  const phrases = documentPhrases(text, from, to, previousHead);
  for (const p of phrases) {
    const governor = signingGovernor(text, from, to, p, phrases, cues);
    if (governor === null) continue;
    // "On 4 March the ministers signed …" in a text about a visit in May
    const dating = governor >= 0 ? [governor] : packedMap(cues, (c) => c.at);
    if (dated && !inherited && dating.length && dating.every((at) => signedBeforeEvent(text, dated.dates, dated.event, from, to, at))) continue;
    const issuedOnly = signing.length === 0;
    if (issuedOnly && !(["statement", "communique", "declaration"].includes(p.type) && issuing.some((c) => near(c, p, 60)))) continue;
    if (p.bareDefinite && !inherited && !cues.some((c) => near(c.at, p, 12))) continue;
    if (earlierYearAt.some((y) => y < p.start)) continue;
    if (p.plainStatement && !documents.some((d) => d.type === "statement")) continue;
    // "signed a decree approving the agreement on …": the document is not what was signed
    if (lastWords(text.slice(Math.max(from, p.start - 60), p.start), 3).some((w) => GOVERNED_ELSEWHERE.has(w.toLowerCase()))) continue;
    const pairs = p.plural ? signedPairwise(text, p, to) : [];
    if (pairs.length) documents.push(...pairs);
    else documents.push({ start: p.start, end: p.end, title: p.title, type: kindOf(p, previousHead), parties: p.parties ?? orShared(partiesInProse(ctx, p, signing, from), text, documents, p), bare: p.bare, group: p.group });
  }
  // a sentence that goes on about the documents keeps the signing in view for the next one
  return { documents, signed: signing.length > 0 || inherited || previousSigned, mentions };
}

/**
 * "A and B signed an agreement on X and a protocol on Y", "…, together with a memorandum on Z": a
 * second object of the verb has the subject's sides too (not the sides a "between" gave the first).
 */
function orShared(own: string[], text: string, documents: Naming[], p: DocumentPhrase): string[] {
  const previous = documents[documents.length - 1];
  if (own.length || !previous?.parties?.length || /\bbetween\s/u.test(previous.title)) return own;
  return COORDINATED_OBJECT.test(text.slice(previous.end, p.start)) ? previous.parties : own;
}
const COORDINATED_OBJECT = /^\s*(?:,\s*)?(?:and|as\s+well\s+as|together\s+with|along\s+with|alongside)\s+(?:also\s+)?$/u;

/**
 * Where the signing that governs the phrase in its clause is (-1: the clause does not tell, the
 * sentence's signing stands), or null when the phrase is not one the event signed. A signing word
 * that is not a signing in the event ("will consider signing", "to sign"), another verb ("discussed
 * the implementation of"), a frame ("in line with", "under") say no; where the clause does not
 * tell (a noun, a name before it), the sentence's signing stands.
 */
function signingGovernor(text: string, from: number, to: number, p: DocumentPhrase, phrases: DocumentPhrase[], cues: { at: number }[]): number | null {
  const others = phrases.filter((o) => o !== p);
  const participle = signedRightAfter(text, p.end);
  let gov: Government = participle >= 0 ? { by: "signing", at: participle } : governorBefore(text, from, p, others);
  if (gov.by === "unknown" && gov.opensClause) gov = governorAfter(text, to, p, others);
  if (gov.by === "other") return null;
  if (gov.by === "signing") {
    const at = gov.at;
    // an event cue at the word (or one that ends there: "put their signatures")
    const cue = cues.find((c) => c.at <= at && at - c.at < 24);
    if (cue) return cue.at;
    const sentence = text.slice(from, to);
    // a cue the sentence's reading set aside (planned, earlier), or "to sign", "will conclude"
    return !signingCueAt(sentence, at - from) && !plannedBefore(sentence, at - from) ? at : null;
  }
  return -1;
}

// "The MoUs were signed between A and B; C and D; and E and F": one document per pair of sides.
const signedBetween = /^\s*(?:were|have been)\s+(?:also\s+)?(?:signed|inked|exchanged|concluded)\s+between\s/iu;

function signedPairwise(text: string, p: DocumentPhrase, sentenceEnd: number): Naming[] {
  const after = text.slice(p.end, Math.min(sentenceEnd, p.end + 1000));
  const lead = signedBetween.exec(after);
  if (!lead || !after.includes(";")) return [];
  const complement = text.slice(p.headEnd, p.end).trim();
  const name = `${singularHead(p.head)}${complement ? ` ${complement}` : ""}`;
  const found: Naming[] = [];
  let at = p.end + lead[0].length;
  for (const piece of after.slice(lead[0].length).split(";")) {
    const side = piece.replace(/^\s*and\s+/u, "");
    const pair = trimTrailing(side, " .");
    const end = at + piece.length - (side.length - pair.length);
    at += piece.length + 1;
    const parties = partiesBetween(`between ${pair.trim()}`);
    if (parties.length !== 2) return [];
    found.push({ start: p.headEnd - p.head.length, end, title: `${name} between ${pair.trim()}`, type: p.type, parties });
  }
  return found;
}

/** "the legal instrument" after "two Memorandums …": a generic noun takes the kind named before it. */
function kindOf(p: DocumentPhrase, previousHead: string | null): DocumentType {
  return p.type === "other" && previousHead && (p.bareDefinite || p.bare) && /^(?:instrument|document)$/iu.test(p.head) ? documentType(previousHead) : p.type;
}

/** Is the cue at `cue` within `gap` characters of the phrase, before or after it? */
function near(cue: number, p: DocumentPhrase, gap: number): boolean {
  return (cue < p.start && p.start - cue <= gap) || (cue >= p.start && cue - p.end <= gap);
}

/** Where the sentence says "in 1991", "on March 26, 1987" of a year before publication: the ends. */
function earlierYears(sentence: string, publishedYear: number | null): number[] {
  const ends: number[] = [];
  yearBefore.lastIndex = 0;
  for (let m = yearBefore.exec(sentence); m; m = yearBefore.exec(sentence)) {
    const yearAt = m.index + m[0].length - m[1]!.length;
    if (datesAnAside(sentence, yearAt, yearAt + 4)) continue;
    if (publishedYear === null || Number(m[1]) < publishedYear) ends.push(m.index + m[0].length);
  }
  return ends;
}
