// The vocabulary of attribution: verbs that report speech or writing, as press releases use them
// (SPEC: quotes). An open class; these are the ones press services and agencies reach for.
// Not speech: agreed, discussed, shared the view, concurred.

import { alternation } from "../../text/wordList.js";
import type { ParsedText } from "../../text/parsed.js";
import { detached } from "../../text/detached.js";
import { packedMap } from "../../text/packed.js";

const FINITE = [
  "said", "says", "say", "noted", "notes", "added", "adds", "stressed", "stresses", "emphasized",
  "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "underscored", "stated",
  "states", "told", "tells", "assured", "explained", "concluded", "announced", "announces", "remarked",
  "declared", "continued", "recalled", "highlighted", "affirmed", "reaffirmed", "warned", "mentioned",
  "informed", "confirmed", "wrote", "writes", "tweeted", "posted", "revealed", "read", "reads",
  "insisted", "asked", "replied", "responded", "observed", "commented", "admitted", "acknowledged",
  "claimed", "promised", "urged", "reiterated", "indicated", "detailed", "maintained", "hailed",
  "believes", "reported", "reports", "disclosed", "clarified", "argued", "opined", "pointed",
  "reckoned", "predicted", "vowed", "conveyed", "expressed", "voiced", "drew", "reminded", "asserted",
  "cautioned", "pledged", "specified", "elaborated", "answered", "notified", "ruled", "described", "termed",
  // "As X put it, “…”"
  "put it",
  // "“…,” X was quoted as saying (by the ministry)"
  "was quoted as saying", "is quoted as saying", "was cited as saying", "is cited as saying",
  // a speaker's own words in a transcript: "I would like to stress that …"
  "like to stress", "like to note", "like to emphasize", "like to emphasise", "like to underline",
  "like to inform", "like to recall", "like to reiterate", "like to highlight", "like to say",
  "like to assure", "like to confirm", "like to underscore",
] as const;

const PARTICIPLES = [
  "saying", "noting", "adding", "stressing", "emphasizing", "emphasising", "underlining",
  "underscoring", "stating", "recalling", "highlighting", "affirming", "reaffirming", "warning",
  "mentioning", "informing", "confirming", "assuring", "explaining", "promising", "declaring",
  "reiterating", "indicating", "announcing", "pointing", "expressing", "telling", "insisting",
  "remarking", "writing", "arguing", "reminding", "asserting", "pledging", "cautioning", "vowing",
  "describing", "terming",
] as const;

// "pointed out", "drew out", "expressed confidence / the hope / his conviction": the verb needs its
// complement to be about speech ("expressed support for" is not)
const COMPLEMENT = String.raw`(?:\s+out|\s+(?:his\s+|her\s+|their\s+|the\s+|its\s+)?(?:firm\s+|full\s+)?(?:confidence|hope|conviction|belief|satisfaction|concern|view))`;
const NEEDS_COMPLEMENT = new Set(["pointed", "pointing", "drew", "expressed", "expressing", "voiced"]);

/**
 * A speech verb (finite or participle) with its complement where it needs one. Without the `u`
 * flag, which made the scan several times slower: the words and `\b` are ASCII either way, and
 * only the case folding of `ſ` (long s) and `K` (kelvin sign) to s and k is lost, letters that
 * press releases do not print.
 */
export const speechVerb = new RegExp(String.raw`\b${alternation([...FINITE, ...PARTICIPLES])}${COMPLEMENT}?\b`, "gi");

const PARTICIPLE_SET = new Set<string>(PARTICIPLES);
const FINITE_SET = new Set<string>(FINITE);

/**
 * A verb of naming ("described the accord as “…”", "termed it …"): it attributes the quotation it
 * names with, and reports no clause of its own.
 */
export const isNamingVerb = (written: string): boolean => /^(?:described|describing|termed|terming)$/iu.test(written);

/** A finite speech verb as one lower-case word ("said", "noted"; not "pointed", which needs "out"). */
export const isFiniteSpeechWord = (lower: string): boolean => FINITE_SET.has(lower) && !NEEDS_COMPLEMENT.has(lower);

// What each verb as written is, asked many times of the few forms a text uses: bit 1, a speech
// verb with the complement it needs; bit 2, a participle.
const SPEECH = 1;
const PARTICIPLE = 2;
const known = new Map<string, number>();

function traitsOf(match: string): number {
  let traits = known.get(match);
  if (traits === undefined) {
    const head = match.split(/\s/u, 1)[0]!.toLowerCase();
    traits = (!NEEDS_COMPLEMENT.has(head) || /\s/u.test(match) ? SPEECH : 0) | (PARTICIPLE_SET.has(head) ? PARTICIPLE : 0);
    // the forms are a closed class, but a hostile text could write endless variants of a complement
    if (known.size > 5000) known.clear();
    known.set(detached(match), traits);
  }
  return traits;
}

/** Is this match of `speechVerb` a real speech verb (with the complement it needs)? */
export function isSpeechVerb(match: string): boolean {
  return (traitsOf(match) & SPEECH) !== 0;
}

/** An -ing form ("adding", "stating"): its subject is the subject of the sentence. */
export function isParticiple(match: string): boolean {
  return (traitsOf(match) & PARTICIPLE) !== 0;
}

/** A speech verb found in the text, with the complement it needs. */
export interface SpeechVerb {
  start: number;
  end: number;
  text: string;
}

const bySentence = new WeakMap<ParsedText, SpeechVerb[][]>();

/**
 * The speech verbs of every sentence of the text (`parsed.sentences[i]` → `[i]`), found once: the
 * reported speech, the speech without `that` and the record of who spoke all read them. Callers
 * must not change the arrays.
 */
export function sentenceSpeechVerbs(parsed: ParsedText): SpeechVerb[][] {
  let verbs = bySentence.get(parsed);
  if (!verbs) {
    verbs = packedMap(parsed.sentences, (s) => speechVerbsIn(parsed.text, s.start, s.end));
    bySentence.set(parsed, verbs);
  }
  return verbs;
}

const ARTICLE_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s$/u;

/** All speech verbs in text[start, end), in order. */
export function speechVerbsIn(text: string, start: number, end: number): SpeechVerb[] {
  const out: SpeechVerb[] = [];
  const span = text.slice(start, end);
  speechVerb.lastIndex = 0;
  for (let m = speechVerb.exec(span); m; m = speechVerb.exec(span)) {
    // "pointed that" (a common slip for "pointed out that") still reports speech
    const bare = !isSpeechVerb(m[0]) && /^\s+that\b/u.test(span.slice(m.index + m[0].length, m.index + m[0].length + 6));
    // a capitalised verb only opens a sentence ("Noting that …"); elsewhere it is a name: "United States"
    const capitalised = /^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, start + m.index - 3), start + m.index));
    // "WARNING:", "STATEMENT": a label in capitals, not a verb
    if (capitalised || /^\p{Lu}{2}/u.test(m[0])) continue;
    // "The detailed project report", "the stated aim": after an article, a past form is an adjective
    if (/ed$/u.test(m[0]) && ARTICLE_BEFORE.test(text.slice(Math.max(0, start + m.index - 5), start + m.index))) continue;
    if (isSpeechVerb(m[0]) || bare) out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}
