// What a document phrase is the object or the subject of, in its clause (SPEC: documents are the
// ones signed in the reported event). "The ministers signed a memorandum on X and discussed the
// implementation of the action plan on Y": the memorandum is the object of "signed", the action
// plan of "implementation of", which says it exists, not that it was signed. Read word by word to
// the left of the phrase (over coordinated documents: "signed X, Y and Z"), and, for a phrase that
// opens its clause, to the right ("the draft agreement is being negotiated", "… was signed").
//
// The verdict is "signing" (a signing cue governs it: whether the cue reports a signing in the
// event is eventSignings' question), "other" (another verb, a frame noun or a preposition governs
// it) or "unknown" (a noun, a name, a clause break: the sentence-level reading stands).
import { verbForm } from "../../text/verbForms.js";
import { signingCueAt } from "./signing.js";

export type Government = { by: "signing"; at: number } | { by: "other"; word: string } | { by: "unknown"; opensClause?: boolean };

interface Span {
  start: number;
  end: number;
}

// Signing words besides the cues of signing.ts: the present and infinitive ("to sign", "will
// conclude"), and nouns ("the conclusion of", "signatures to").
const SIGNING_WORD =
  /^(?:sign|signs|signed|singed|signing|signature|signatures|ink|inks|inked|inking|exchange|exchanged|exchanging|conclude|concluded|concluding|conclusion|adopt|adopted|adopting|adoption|initiall?ed|ratified|ratify|ratifying|struck|sealed|clinched|issued|released|countersigned)$/u;
// Nouns that count the documents after "of" ("a number of agreements"): the phrase goes on left.
const COUNT_NOUN = /^(?:number|series|package|total|set|range|couple|host|raft|slew|dozens|pair|batch|bundle)$/u;
// Words between a verb and its object that are not its object: "signed today an agreement".
const ADVERB = /^(?:also|today|yesterday|then|jointly|formally|officially|subsequently|finally|successfully|eventually|additionally|further|likewise|separately|thereafter|later|together|moreover|furthermore)$/u;
// Prepositions: the phrase after one is its object, not the verb's.
const PREPOSITION =
  /^(?:of|under|with|within|to|into|on|upon|in|for|from|about|regarding|concerning|per|towards|toward|against|through|throughout|beyond|after|before|since|following|pursuant|via|behind|over|around|across|without|despite|besides|like|unlike|than|at)$/u;
// Before a phrase these pass the question on to the words before them: "Also signed were …".
const TRANSPARENT = /^(?:were|was|been|be|being)$/u;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/u;
const COORDINATOR = /^(?:and|or|&|plus)$/u;
// Words that list members of a set named before ("12 documents, including …"): the set decides.
const LIST_LEAD = /^(?:including|include|includes|included|namely|notably|such|among|amongst|comprising|covering|especially|particularly|specifically|like|are|is)$/u;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const MAX_STEPS = 14;

interface Word {
  start: number;
  end: number;
  lower: string;
}

/** The word ending at or before `at`, skipping spaces; null at a punctuation mark or `floor`. */
function wordBefore(text: string, at: number, floor: number): Word | null {
  let j = at;
  while (j > floor && /\s/u.test(text[j - 1]!)) j--;
  let k = j;
  while (k > floor && WORD_CHAR.test(text[k - 1]!)) k--;
  return k < j ? { start: k, end: j, lower: text.slice(k, j).toLowerCase() } : null;
}

/** The punctuation mark right before `at` (over spaces), or "". */
function markBefore(text: string, at: number, floor: number): { mark: string; at: number } {
  let j = at;
  while (j > floor && /\s/u.test(text[j - 1]!)) j--;
  return j > floor && !WORD_CHAR.test(text[j - 1]!) ? { mark: text[j - 1]!, at: j - 1 } : { mark: "", at: j };
}

/** The phrase of `others` that ends at `at` (over spaces and a closing mark), if any. */
function phraseEndingAt(text: string, at: number, others: Span[]): Span | undefined {
  let j = at;
  while (j > 0 && /[\s,)"”»]/u.test(text[j - 1]!)) j--;
  return others.find((o) => o.end <= at && o.end >= j);
}

/** Is the word a verb by its form: in the lexicon's verb classes, or an -ed form it does not list? */
function isVerb(w: Word): boolean {
  if (verbForm(w.lower) !== undefined) return true;
  return /^\p{Ll}/u.test(w.lower) && /\p{Ll}{3}ed$/u.test(w.lower);
}

/** Is the word a signing word: a cue of signing.ts there, or one of the forms it does not take? */
function signingWord(text: string, sentenceStart: number, w: Word): boolean {
  return SIGNING_WORD.test(w.lower) || signingCueAt(text.slice(sentenceStart, w.end + 40), w.start - sentenceStart);
}

// Right after a phrase, a participle or relative clause that says it was signed: "the legal
// instrument signed by the ministers", "an agreement … which was just signed during the visit".
const SIGNED_RIGHT_AFTER =
  /^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:just|also|today|jointly|formally|officially|successfully)\s+)?(?=(?:signed|singed|inked|concluded|initiall?ed|exchanged)\b)/iu;

/** "… signed by the ministers" right after the phrase: where the cue starts, or -1. */
export function signedRightAfter(text: string, phraseEnd: number): number {
  const m = SIGNED_RIGHT_AFTER.exec(text.slice(phraseEnd, phraseEnd + 80));
  return m ? phraseEnd + m[0].length : -1;
}

/** The word left of the phrase that governs it. `others` are the sentence's other document phrases. */
export function governorBefore(text: string, sentenceStart: number, phrase: Span, others: Span[]): Government {
  const own = walkLeft(text, sentenceStart, phrase, others);
  // "signed a memorandum on X, and a joint programme was launched": after ", and" the phrase may
  // open a clause of its own, which a verb right after it says
  if (own.commaAnd && own.government.by !== "unknown") {
    const after = governorAfter(text, text.length, phrase, others);
    if (after.by !== "unknown") return after;
  }
  return own.government;
}

// the words before the last word of a phrasal coordinator, by that word
const PHRASAL_COORDINATOR = new Map([
  ["as", /\bas\s+well\s+$/iu],
  ["with", /\b(?:along|together)\s+$/iu],
]);

function walkLeft(text: string, sentenceStart: number, phrase: Span, others: Span[]): { government: Government; commaAnd: boolean } {
  let commaAnd = false;
  const result = (government: Government) => ({ government, commaAnd });
  let at = phrase.start;
  // "The MoU …", "An agreement …" inside a sentence: one the splitter did not see opens here
  if (/^(?:The|An?)\s/u.test(text.slice(at, at + 4))) return result({ by: "unknown", opensClause: true });
  for (let step = 0; step < MAX_STEPS; step++) {
    const { mark, at: markAt } = markBefore(text, at, sentenceStart);
    if (mark) {
      // "signed an agreement on X, a memorandum on Y": a comma between coordinated documents
      const coordinated = mark === "," ? phraseEndingAt(text, markAt, others) : undefined;
      if (!coordinated) return result({ by: "unknown", opensClause: true });
      at = coordinated.start;
      continue;
    }
    const w = wordBefore(text, at, sentenceStart);
    if (!w) return result({ by: "unknown", opensClause: true });
    // "as well as", "along with", "together with" coordinate as "and" does
    const phrasal = PHRASAL_COORDINATOR.get(w.lower)?.exec(text.slice(Math.max(sentenceStart, w.start - 12), w.start));
    if (COORDINATOR.test(w.lower) || phrasal) {
      const from = phrasal ? w.start - phrasal[0].length : w.start;
      const coordinated = phraseEndingAt(text, from, others);
      // "…, and a joint programme was launched": a clause of its own
      if (!coordinated) return result({ by: "unknown", opensClause: true });
      if (markBefore(text, from, sentenceStart).mark === ",") commaAnd = true;
      at = coordinated.start;
      continue;
    }
    if (signingWord(text, sentenceStart, w)) return result({ by: "signing", at: w.start });
    // "the 2019 agreement", "its 10-year programme": a number left of the name belongs to it
    // "The" inside a sentence opens one the splitter did not see ("date 2018-09-09 The MoU …")
    if (DETERMINER.test(w.lower) && /^\p{Lu}/u.test(text[w.start]!)) return result({ by: "unknown", opensClause: true });
    if (/^\d/u.test(w.lower) || DETERMINER.test(w.lower)) {
      at = w.start;
      continue;
    }
    if (LIST_LEAD.test(w.lower)) return result({ by: "unknown" });
    if (ADVERB.test(w.lower) || TRANSPARENT.test(w.lower)) {
      at = w.start;
      continue;
    }
    if (PREPOSITION.test(w.lower)) {
      // "the signing of", "signatures to", "the exchange of": a signing noun up to three words back
      let back = w.start;
      for (let n = 0; n < 3; n++) {
        const before = wordBefore(text, back, sentenceStart);
        if (!before) break;
        if (signingWord(text, sentenceStart, before)) return result({ by: "signing", at: before.start });
        if (n === 0 && w.lower === "of" && COUNT_NOUN.test(before.lower)) {
          // "a number of agreements": the count belongs to the phrase
          const det = wordBefore(text, before.start, sentenceStart);
          at = det && /^(?:a|an|the)$/u.test(det.lower) ? det.start : before.start;
          back = -1;
          break;
        }
        back = before.start;
      }
      if (back === -1) continue;
      return result({ by: "other", word: w.lower });
    }
    // "witnessed the exchange of notes on …": the exchange is the signing the verb watched
    if (WATCHING.test(w.lower) && EXCHANGE_HEAD.test(text.slice(phrase.start, phrase.end))) return result({ by: "signing", at: w.start });
    if (isVerb(w)) return result({ by: "other", word: w.lower });
    return result({ by: "unknown" });
  }
  return result({ by: "unknown" });
}

const WATCHING = /^(?:witnessed|attended|oversaw|observed|watched|saw)$/u;
const EXCHANGE_HEAD = /^(?:the\s+|an\s+)?exchanges?\s+of\s+(?:diplomatic\s+)?(?:notes|letters)\b/iu;

// Right of a phrase that opens its clause: coordinated documents, then the verb group.
const VERB_GROUP_WORD = /^(?:is|are|was|were|has|have|had|be|been|being|will|would|shall|should|may|might|can|could|must|also|not|yet|now|already|still|then|to|expected|due|set|scheduled|planned|likely|about|going|jointly|currently)$/u;

/** The verb right of a phrase that opens its clause: a signing cue, another verb, or unknown. */
export function governorAfter(text: string, sentenceEnd: number, phrase: Span, others: Span[]): Government {
  let at = phrase.end;
  const limit = Math.min(sentenceEnd, phrase.end + 200);
  for (let step = 0; step < MAX_STEPS && at < limit; step++) {
    const rest = text.slice(at, Math.min(limit, at + 60));
    const lead = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)/iu.exec(rest);
    if (lead) {
      // "The agreement on X and the protocol on Y were signed"
      const next = others.find((o) => o.start >= at && o.start <= at + lead[0].length + 1);
      if (next) {
        at = next.end;
        continue;
      }
      return { by: "unknown" };
    }
    const word = /^\s*([\p{L}'’-]+)/u.exec(rest);
    if (!word) return { by: "unknown" };
    const lower = word[1]!.toLowerCase();
    const start = at + word[0].length - word[1]!.length;
    if (SIGNING_WORD.test(lower) || signingCueAt(text.slice(start, start + 60), 0)) return { by: "signing", at: start };
    if (VERB_GROUP_WORD.test(lower)) {
      at += word[0].length;
      continue;
    }
    // a verb after the auxiliaries: "is being negotiated", "had entered into force", "provides for"
    return isVerb({ start, end: at + word[0].length, lower }) ? { by: "other", word: lower } : { by: "unknown" };
  }
  return { by: "unknown" };
}
