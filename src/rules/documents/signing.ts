// Whether a sentence reports a signing that happened in the reported event: a signing verb in the
// past ("signed", "were inked", "exchanged", "adopted a joint statement", "witnessed the signing
// of"), and not a plan ("will sign", "are expected to sign", "to be signed"), a negation ("has
// yet to sign"), or a reference to an earlier signing ("since the signing of … in May 2023",
// "signed in 2002").

import { lastWords } from "./words.js";
import { asciiPattern } from "../../text/asciiPattern.js";

// A signing verb or noun. "singed" is a common misspelling in wire copy. (Also the bare "sign" after
// a verb of seeing: "the presidents watched their ministers sign …", and in "we were able to sign",
// "I was pleased to sign"; the look back only after "sign".)
const signingCues = asciiPattern(
  /\b(?:signed(?! off\b)|singed|signing(?! off\b)|inked|exchanged(?! (?:views|opinions|greetings|ideas|experience|gifts|pleasantries|information|messages|congratulations))|exchange of(?= (?:(?!and |or |with )[\w-]+ ){0,4}(?:agreement|memorand|document|mou|note|letter|following|statement|declaration|communiqu|protocol|treat|instrument|contract|programme|program|plan|road ?map))|concluded|adopted|initiall?ed|ratified|put (?:their|his|her) signatures?|struck|sealed|clinched|secured|issued|released|made|sign(?<=\b(?:watched|witnessed|saw) (?:[\w'-]+ ){1,4}sign|\b(?:were|was) (?:able|pleased|proud|happy|honou?red) to sign))\b/giu,
);
// Cues that report a statement or declaration issued, not a document signed.
const issuingCue = /^(?:issued|released|made)$/iu;

// Before the cue, in the same clause: the signing is yet to come, or did not happen.
const notYetPattern = asciiPattern(
  /\b(?:will|shall|would|could|should|may|might|can|going to|expected to|expects? to|due to|plans? to|planned|planning|intends? to|intend|ready to|set to|looking to|hopes? to|aims? to|wants? to|is to|are to|not|n't|never|yet to|failed to|refused to|to be|about to|prepared for|being prepared|agreed to|prior to|before|approved|approves|approval of|authori[sz]ed|endorsed|importance of|need for|need to|forward to|necessity of|scheduled|slated|poised|likely|envisaged|proposed|draft|would like)\s+(?:\S+\s+){0,2}$/iu,
);
// Right before the gerund "signing": a preposition that makes it a goal ("preparations for
// signing", "the importance of signing", "talks on signing"), unless a noun of the act itself
// governs it ("the ceremony of signing").
const GOAL_PREPOSITION = /^(?:for|towards?|about|regarding|concerning|on|of)$/iu;
const ACT_NOUN = /^(?:ceremony|occasion|act|moment|day|time|process)$/iu;
const DOCUMENT_FOR = /\b(?:memorand\w*|mous?|agreements?|protocols?|treat(?:y|ies)|contracts?|conventions?)(?:\s+of\s+\p{L}+)?\s+(?:for|on|of|towards?)\s+(?:the\s+)?$/iu;
const goalBefore = {
  test(before: string): boolean {
    // "preparations for the signing": past the article
    // "a Memorandum of Understanding for the signing of …": a document's name, whose act it is
    if (DOCUMENT_FOR.test(before)) return false;
    const words = lastWords(before, 3);
    if (words.length && /^(?:the|a)$/iu.test(words[words.length - 1]!)) words.pop();
    const [noun, preposition] = words.slice(-2);
    if (preposition === undefined) return noun !== undefined && GOAL_PREPOSITION.test(noun);
    return GOAL_PREPOSITION.test(preposition) && !ACT_NOUN.test(noun!);
  },
};
// "will co-chair the retreat … and witness the signing": a verb coordinated with one under a
// modal is under it too (no sentence, clause or subject of its own between)
const MODAL_SHARED = /\b(?:will|shall|would|is\s+to|are\s+to|(?:is|are)\s+expected\s+to|plans?\s+to)\s+(?:also\s+)?\p{Ll}+\b[^.;:,]{0,100}\sand\s+(?:also\s+)?(?:witness|attend|sign|oversee|see)\s+(?:\S+\s+){0,2}$/u;
// Right before the cue: "to sign", "by signing" (a means, or an intention).
// (not after "were able", "was pleased": "we were able to sign" reports the signing done)
const TO_OR_BY = /\b(?:to|by)\s+$/iu;
const ABLE_TO = /\b(?:was|were)\s+(?:able|pleased|proud|happy|honou?red)\s+to\s+$/iu;
const toOrBy = { test: (before: string): boolean => TO_OR_BY.test(before) && !ABLE_TO.test(before) };
// An errand in the clause before the cue: "departs … to join … in witnessing the signing".
const errandBefore = /\bto (?:join|witness|attend|take part|participate)\b/iu;

// Right after the cue: the document was signed at another time.
const signedEarlier = /^\s*(?:back\s+)?(?:in|on)\s+(?:\S+\s+){0,2}?((?:19|20)\d\d)\b/u;
const signedBefore = /^\s*(?:last|earlier|previously|formerly|years ago|in the past|back in|at the (?:previous|last|first)|during the (?:previous|last))\b/iu;
// After the noun "signing": the event is still to come.
const plannedAfter = /^signing\b[^.;]{1,160}?\b(?:is|are|was|were)\s+(?:expected|planned|scheduled|due|set|slated|to be held|to take place)\b|^signing\b[^.;]{1,160}?\bwill\s+take\s+place\b/iu;
const earlierSigning = /\b(?:since|recall(?:ing|ed)?|earlier|previously|ago|formerly|formali[sz]ed|entered into force|in force since)\b/iu;

// Later in the clause of the cue: "the memorandum signed between the ministries last year".
const earlierTime = /\b(?:last (?:year|month|week)|previously|years? ago|months ago|earlier this (?:year|month))\b/iu;

function earlierInClause(after: string): boolean {
  const stop = after.search(/[,.;]/u);
  return earlierTime.test(stop >= 0 ? after.slice(0, stop) : after);
}

/** "signed by the sides in 2019", "signed in Ankara in September 2020": a year before publication later in the clause of the cue. */
function earlierYearInClause(after: string, publishedYear: number | null): boolean {
  if (publishedYear === null) return false;
  const stop = after.search(/[,.;]/u);
  const clause = stop >= 0 ? after.slice(0, stop) : after;
  const year = /\b(?:in|since)\s+(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d\d)\b(?![-–/])/u.exec(clause);
  return year !== null && Number(year[1]) < publishedYear;
}

export interface SigningCue {
  /** Offset in the sentence. */
  at: number;
  /** "issued": only statements, communiqués and declarations are issued rather than signed. */
  issuing: boolean;
}

/** The signing cues of the sentence that report a signing in the event. */
export function eventSignings(sentence: string, publishedYear: number | null): SigningCue[] {
  const found: SigningCue[] = [];
  const signingCue = signingCues.for(sentence);
  const notYet = notYetPattern.for(sentence);
  signingCue.lastIndex = 0;
  for (let m = signingCue.exec(sentence); m; m = signingCue.exec(sentence)) {
    const cue = m[0].toLowerCase();
    const before = clauseBefore(sentence, m.index);
    if (notYet.test(before) || toOrBy.test(before) || errandBefore.test(before) || MODAL_SHARED.test(before)) continue;
    if (cue === "signing" && goalBefore.test(before)) continue;
    // "the signing of … is scheduled for next week"
    if (cue === "signing" && plannedAfter.test(sentence.slice(m.index, m.index + 200))) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const year = signedEarlier.exec(after)?.[1];
    if (year && (publishedYear === null || Number(year) < publishedYear)) continue;
    if (signedBefore.test(after) || earlierInClause(after) || earlierYearInClause(after, publishedYear)) continue;
    if (earlierSigning.test(before) && hasEarlierYear(sentence, publishedYear)) continue;
    found.push({ at: m.index, issuing: issuingCue.test(cue) });
  }
  return found;
}

/** Does a signing cue of any time (done, planned, earlier) start in the sentence at `at`, or end there? */
export function signingCueAt(sentence: string, at: number): boolean {
  const signingCue = signingCues.for(sentence);
  signingCue.lastIndex = 0;
  for (let m = signingCue.exec(sentence); m; m = signingCue.exec(sentence)) {
    if (m.index <= at && at < m.index + m[0].length) return true;
    if (m.index > at) break;
  }
  return false;
}

/** Does the clause before `at` make a signing word there a plan, a means or a negation ("to sign", "will consider signing")? */
export function plannedBefore(sentence: string, at: number): boolean {
  const before = clauseBefore(sentence, at);
  return notYetPattern.for(before).test(before) || toOrBy.test(before) || errandBefore.test(before) || (/^signing\b/iu.test(sentence.slice(at, at + 8)) && goalBefore.test(before));
}

/** The part of the sentence's clause before `at`: from the last clause break, at most 80 characters. */
function clauseBefore(sentence: string, at: number): string {
  const from = Math.max(0, at - 120);
  const window = sentence.slice(from, at);
  const lastBreak = Math.max(window.lastIndexOf(";"), window.lastIndexOf(":"), window.lastIndexOf(". "));
  return lastBreak >= 0 ? window.slice(lastBreak + 1) : window;
}

const yearWord = /\b(?:19|20)\d\d\b/gu;

function hasEarlierYear(sentence: string, publishedYear: number | null): boolean {
  yearWord.lastIndex = 0;
  for (let m = yearWord.exec(sentence); m; m = yearWord.exec(sentence)) {
    if (publishedYear === null || Number(m[0]) < publishedYear) return true;
  }
  return /\b(?:since|recalling|ago|earlier|previously)\b/iu.test(sentence);
}

/**
 * Does a list item say that it is not signed yet: it speaks of signing, but of no signing in
 * the event ("Agreement on … (approved in principle, to be signed later)")?
 */
export function signingStillToCome(item: string, publishedYear: number | null): boolean {
  const signingCue = signingCues.for(item);
  signingCue.lastIndex = 0;
  if (!signingCue.test(item)) return false;
  return eventSignings(item, publishedYear).length === 0;
}

/** Does the sentence report a signing in the event at all? */
export function reportsSigning(sentence: string, publishedYear: number | null): boolean {
  return eventSignings(sentence, publishedYear).length > 0;
}
