// Reported speech: `X noted that …`, `adding that …`, `It was noted that …` (SPEC: quotes,
// indirect). The clause runs from after `that` to the end of its sentence, or to where the next
// report in the same sentence begins, without a trailing `, according to …` or `, adding …`.
import type { ParsedText } from "../../text/parsed.js";
import type { Attribution } from "./attribution.js";
import { speakerOfVerb } from "./attribution.js";
import { isNamingVerb, isParticiple, sentenceSpeechVerbs } from "./speechVerbs.js";
import { firstIndex } from "../../text/spans.js";
import { isFiniteWord, tokenize } from "./clause.js";

export interface ReportedSpeech {
  start: number;
  end: number;
  attribution: Attribution;
}

const THAT = /\bthat\b,?\s*/gu;
// Between a speech verb and its `that`: a short object or adverbial (`informed President Sirleaf`,
// `in his remarks`, `on her account on the X in Farsi`, `with satisfaction`), with no clause break.
// (`told reporters after meeting Uganda's Petroleum Minister Ruth Akello Nambi`)
const GAP = /^[^,;:.!?"“”«»]{0,100}$/u;
// Words that show the gap holds a clause of its own, so its `that` is not the verb's.
const GAP_BREAKER = /\b(?:is|are|was|were|be|been|will|would|can|could|should|must|importance|fact|way|need|so|such|now|given|all|issues?|measures?|steps)\b/iu;
// Where a reported clause stops short of its sentence end.
export const CLAUSE_STOP = /,\s*(?:while\s+)?(?:adding|stating|saying|noting|stressing|emphasi[sz]ing|underlining|recalling|highlighting|affirming|reiterating|pointing\s+out|having\s+expressed|expressing|according\s+to)\b|[:;]\s|\s[-–—]\s+(?:said|noted|added)\b/iu;
// What a reported clause does not end with: its full stop, white space, a dangling comma
const TRAILING = /[\s.,;:!?…]/u;
const EDITORIAL = /\b(?:(?:should|must|needs\s+to|has\s+to)\s+be|worth)\s+$/iu;

/** All reported speech in the text, in order. */
export function findReportedSpeech(parsed: ParsedText): ReportedSpeech[] {
  const { text } = parsed;
  const out: ReportedSpeech[] = [];
  const verbsOf = sentenceSpeechVerbs(parsed);
  for (const [i, sentence] of parsed.sentences.entries()) {
    const body = text.slice(sentence.start, sentence.end);
    const hasThat = body.includes("that");
    if (!hasThat && !body.includes(":")) continue;
    const verbs = verbsOf[i]!;
    if (!verbs.length) continue;
    if (body.includes(":")) out.push(...colonSpeech(parsed, sentence, verbs));
    if (!hasThat) continue;
    const found: { verb: (typeof verbs)[number]; clauseStart: number; verbAt: number }[] = [];
    THAT.lastIndex = 0;
    let v = -1; // the last verb ending before the current `that`
    for (let m = THAT.exec(body); m; m = THAT.exec(body)) {
      const thatAt = sentence.start + m.index;
      while (v + 1 < verbs.length && verbs[v + 1]!.end <= thatAt) v++;
      const verb = verbs[v];
      // "described the valley as a model … that …": a verb of naming takes quotations, not clauses
      if (!verb || thatAt - verb.end > 100 || isNamingVerb(verb.text)) continue;
      const gap = text.slice(verb.end, thatAt);
      if (!GAP.test(gap) || GAP_BREAKER.test(gap)) continue;
      // "about attacks on cities that have taken place": a relative `that`, its verb right after it
      if (relativeThat(text, thatAt + m[0].length, sentence.end)) continue;
      // "It should be noted that": the writer's aside, nobody's speech
      if (EDITORIAL.test(text.slice(Math.max(sentence.start, verb.start - 30), verb.start))) continue;
      found.push({ verb, clauseStart: thatAt + m[0].length, verbAt: verb.start });
    }
    for (let k = 0; k < found.length; k++) {
      const { verb, clauseStart } = found[k]!;
      let end = sentence.end;
      const next = found[k + 1];
      if (next) end = Math.min(end, reportStart(text, sentence.start, next.verb, verbs));
      // "Noting that …, the minister said …": a leading participle's clause ends where the main
      // clause begins, whether or not a `that` follows its verb
      const main = leadingParticiple(verb, sentence.start) ? mainVerbAfter(verbs, clauseStart) : undefined;
      if (main) end = Math.min(end, reportStart(text, sentence.start, main, verbs));
      const stop = CLAUSE_STOP.exec(text.slice(clauseStart, end));
      if (stop) end = clauseStart + stop.index;
      while (end > clauseStart && TRAILING.test(text[end - 1]!)) end--;
      if (end - clauseStart < 8) continue;
      const mention = speakerOfVerb(text, sentence.start, verb, verbs);
      const speaker = !mention && leadingParticiple(verb, sentence.start)
        ? leadingParticipleSpeaker(text, sentence.start, verbs, verb)
        : mention;
      out.push({ start: clauseStart, end, attribution: { mention: speaker, cue: verb.text } });
    }
  }
  return out;
}

/** Is the word after `that` a finite verb, which makes `that` a relative pronoun? */
function relativeThat(text: string, after: number, sentenceEnd: number): boolean {
  const next = tokenize(text, after, Math.min(sentenceEnd, after + 30), 1)[0];
  return next !== undefined && !next.punct && isFiniteWord(next.lower);
}

// `X said: …` with no quotation mark after the colon; not a list (`-`, `•`, `1.`) either
const COLON_SPEECH = /^:[ \t]*(?:\r?\n\s*)?(?=[\p{Lu}\p{N}])/u;

/** Speech after `X said:` without quotation marks: the first sentence after the colon. */
function colonSpeech(parsed: ParsedText, sentence: { start: number; end: number }, verbs: Verb[]): ReportedSpeech[] {
  const { text } = parsed;
  const out: ReportedSpeech[] = [];
  for (const verb of verbs) {
    const colon = COLON_SPEECH.exec(text.slice(verb.end, verb.end + 8));
    if (!colon) continue;
    const start = verb.end + colon[0].length;
    // the words run on in this sentence, or make the next one when the colon ends a line
    const next = start < sentence.end ? sentence : sentenceStartingAt(parsed, start);
    if (!next) continue;
    let end = next.end;
    while (end > start && TRAILING.test(text[end - 1]!)) end--;
    if (end - start < 12 || /["“«„]/u.test(text.slice(start, end))) continue;
    // somebody must be said to speak: `WARNING: Comments that …` is page furniture
    const mention = verb.start > sentence.start ? speakerOfVerb(text, sentence.start, verb, verbs) : null;
    if (!mention) continue;
    out.push({ start, end, attribution: { mention, cue: verb.text } });
  }
  return out;
}

/** The sentence that starts at `at` (give or take a few characters of white space), if any. */
function sentenceStartingAt(parsed: ParsedText, at: number): { start: number; end: number } | undefined {
  const found = parsed.sentences[firstIndex(parsed.sentences, (s) => s.start >= at)];
  return found && found.start - at < 4 ? found : undefined;
}

type Verb = { start: number; end: number; text: string };

/** Where the report of `verb` begins: its subject, with a comma or `and` before it dropped. */
function reportStart(text: string, floor: number, verb: { start: number; end: number; text: string }, verbs: { start: number; end: number; text: string }[]): number {
  const subject = speakerOfVerb(text, floor, verb, verbs);
  // the subject counts only where it stands right before its verb ("…, Xi said that")
  const adjacent = subject && subject.end <= verb.start && verb.start - subject.end <= 25;
  let at = adjacent ? subject.start : verb.start;
  // drop the white space, comma or `and` that joins the two reports
  const skipSpace = () => {
    while (at > floor && /\s/u.test(text[at - 1]!)) at--;
  };
  skipSpace();
  if (text[at - 1] === ",") at--;
  else if (text.slice(at - 4, at) === " and") at -= 4;
  skipSpace();
  return at;
}

/** Does the sentence open with this verb as a participle ("Noting that …")? */
const leadingParticiple = (verb: Verb, sentenceStart: number): boolean => isParticiple(verb.text) && verb.start - sentenceStart < 3;

/** The first finite speech verb after `at`: the main clause's, after a leading participle. */
const mainVerbAfter = (verbs: Verb[], at: number): Verb | undefined => verbs.find((v) => v.start > at && !isParticiple(v.text));

/** `Noting that …, Xi said that …`: a leading participle takes the subject of the main verb after it. */
function leadingParticipleSpeaker(text: string, floor: number, verbs: Verb[], verb: Verb): Attribution["mention"] {
  const main = mainVerbAfter(verbs, verb.start);
  return main ? speakerOfVerb(text, floor, main, verbs) : null;
}

export interface SpeechEvent {
  /** The speaker's phrase. */
  mention: NonNullable<Attribution["mention"]>;
  /** The rest of the sentence: what they said. */
  said: { start: number; end: number };
}

/**
 * Every `X said …` of the text, with or without `that` (`Morawiecki said Moscow would …`, `Kenya and
 * Algeria, Ruto said, have …`): not reported as quotes, but they tell who was speaking last.
 */
export function findSpeechEvents(parsed: ParsedText): SpeechEvent[] {
  const { text } = parsed;
  const out: SpeechEvent[] = [];
  const verbsOf = sentenceSpeechVerbs(parsed);
  for (const [i, sentence] of parsed.sentences.entries()) {
    const verbs = verbsOf[i]!;
    for (const verb of verbs) {
      if (isParticiple(verb.text)) continue;
      const mention = speakerOfVerb(text, sentence.start, verb, verbs);
      if (mention && /\p{Lu}/u.test(mention.text)) out.push({ mention, said: { start: verb.end, end: sentence.end } });
    }
  }
  return out;
}
