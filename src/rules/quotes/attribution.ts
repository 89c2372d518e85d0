// Who a quotation is attributed to, read off the words around it: after it (`,» the head of state
// noted.`, `", said Tokayev`, `", - noted Russian President`), or before it in its sentence
// (`X said: “`, `He remarked, "`, `According to him, … “`, `stating, "`).
import { phraseAfter, subjectAtStart, subjectBefore, type Mention } from "./nounPhrase.js";
import { isParticiple, speechVerbsIn } from "./speechVerbs.js";
import { firstIndex } from "../../text/spans.js";
import { stopOfAbbreviation } from "../../text/sentences.js";

export interface Attribution {
  /** The phrase naming the speaker as written, or null (`it was noted that`). */
  mention: Mention | null;
  /** The speech verb as written. */
  cue: string | null;
}

// An attribution after a quotation runs at most this far, and never over a paragraph break.
const TAIL_LIMIT = 200;
// The end of the attribution clause: a sentence end, a paragraph break or a new quotation.
const TAIL_END = /[.!?;](?=\s|$)|\n\s*\n|[«“„"]/gu;

/** How far the tail after a quotation runs: to its sentence's end, past "Ms." and initials. */
function tailLength(window: string, text: string, from: number): number {
  TAIL_END.lastIndex = 0;
  for (let stop = TAIL_END.exec(window); stop; stop = TAIL_END.exec(window)) {
    if (stop[0] !== "." || !stopOfAbbreviation(text, from + stop.index)) return stop.index;
  }
  return window.length;
}
// `it was noted that`, `it is noted that`: reported speech with no speaker
const IMPERSONAL = /\bit\s+(?:is|was|has\s+been|had\s+been|will\s+be|should\s+be|must\s+be)\s+$/iu;
// ("in the words of X", and "in his words," whose pronoun is the speaker)
const ACCORDING_TO = /\baccording\s+to\s+|\bin\s+the\s+words\s+of\s+|\bin\s+(his|her|their)\s+(?:own\s+)?words\b/giu;
const HEAD_REACH = 400;
// How far back a participle looks for the finite verb whose subject it shares.
const VERB_REACH = 300;
const CITING = /^\s*(?:,\s*)?citing\s+/u;
const ARTICLE_AND_ADJECTIVES = /^(?:the|a|an)\s+(?:\p{L}[\p{L}-]*\s+){0,3}$/u;
const FORM_OF_ADDRESS = /^(?:(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Excellencies|Holiness)|HH|HE|HRH|HM|H\.\s?[EHM]\.)\s+$/u;
const ACRONYM_BEFORE = /\s\([\p{Lu}\p{N}.&-]{2,12}\)\s*$/u;
const NOUN_AND_PREPOSITION = /^(?:\p{Ll}+\s+)?\p{Ll}+s\s+(?:at|from|of|in|with)\s+(?:the\s+)?$/u;

/**
 * The attribution that follows a quotation closed at `from` (just past its closing mark):
 * `, the head of state noted.` / `, said Tokayev` / `, - informed in the press service of X`.
 * `endsSentence`: the quotation ended with its own full stop, so only a lower-case or comma tail
 * can still belong to it.
 */
export function attributionAfter(text: string, from: number, endsSentence: boolean): Attribution | null {
  const window = text.slice(from, Math.min(text.length, from + TAIL_LIMIT));
  const tailEnd = from + tailLength(window, text, from);
  // (a closing mark may be “ where „ opened the quotation)
  const lead = /^[\s"'’”“»`]*(?:[,.]\s*)?(?:[-–—]\s*)?/u.exec(window)!;
  const tailStart = from + lead[0].length;
  const joined = /[,\-–—]/u.test(lead[0]);
  if (tailStart >= tailEnd) return null;
  // `” With these words Prime Minister X opened the talks.`: the one who opens or closes with them
  // (and `” Those were the words of Deputy Prime Minister X as she opened …`)
  const withWords = /^(?:with\s+(?:these|those|this)\s+words,?|(?:these|those|such)\s+were\s+the\s+words\s+of)\s+/iu.exec(text.slice(tailStart, tailEnd));
  if (withWords) {
    const mention = phraseAfter(text, tailStart + withWords[0].length, tailEnd);
    return mention ? { mention, cue: withWords[0].trim().replace(/,$/u, "") } : null;
  }
  // `", according to the statement.`
  const according = /^according\s+to\s+/iu.exec(text.slice(tailStart, tailEnd));
  if (according) {
    const mention = phraseAfter(text, tailStart + according[0].length, tailEnd);
    return mention ? { mention, cue: according[0].trim() } : null;
  }
  const verbs = speechVerbsIn(text, tailStart, tailEnd);
  const verb = verbs[0];
  if (!verb || verb.start - tailStart > 80) return null;
  if (isParticiple(verb.text) && verb.start > tailStart) return null;
  const afterVerb = text.slice(verb.end, Math.min(tailEnd + 1, verb.end + 8));
  // "… noted that" or "said:" opens reported speech of its own: not an attribution of this quotation
  if (/^\s*(?:that\b|:)/u.test(afterVerb)) return null;
  const startsLower = /^\p{Ll}/u.test(text.slice(tailStart, tailStart + 1));
  if (endsSentence && !joined && !startsLower && verb.start - tailStart > 60) return null;

  let mention: Mention | null;
  if (verb.start === tailStart) {
    mention = phraseAfter(text, verb.end, tailEnd);
  } else {
    // "…, the News Agency of Nigeria (NAN) reports.": an acronym in brackets closes the name
    const acronym = ACRONYM_BEFORE.exec(text.slice(Math.max(tailStart, verb.start - 20), verb.start));
    mention = subjectBefore(text, tailStart, acronym ? verb.start - acronym[0].length : verb.start);
    if (mention && acronym) {
      const end = verb.start - (acronym[0].length - acronym[0].trimEnd().length);
      mention = { start: mention.start, end, text: text.slice(mention.start, end) };
    }
    // "…, a French diplomatic source said.": an article and plain adjectives open the phrase
    const opening = mention ? text.slice(tailStart, mention.start) : "";
    // "…, officials at the Energy Division said.": a plural noun and a preposition too
    // "…, His Highness the Amir said.": a form of address opens it too
    if (mention && mention.start > tailStart && (ARTICLE_AND_ADJECTIVES.test(opening) || NOUN_AND_PREPOSITION.test(opening) || FORM_OF_ADDRESS.test(opening))) mention = { start: tailStart, end: mention.end, text: text.slice(tailStart, mention.end) };
    // every word before the verb must belong to the speaker's phrase (after adverbs)
    if (!mention || mention.start !== tailStart) return null;
  }
  // "Azernews reports, citing President Ilham Aliyev": the one cited speaks
  const citing = CITING.exec(text.slice(verb.end, tailEnd + 40));
  if (citing) {
    const cited = phraseAfter(text, verb.end + citing[0].length, Math.min(text.length, verb.end + citing[0].length + 120));
    if (cited) mention = cited;
  }
  if (!mention) return null;
  return { mention, cue: verb.text };
}

/**
 * The attribution in the words before a quotation opening at `to`, from `floor` (the start of its
 * sentence): the last speech verb or `according to` there, and the speaker it names.
 */
export function attributionBefore(text: string, sentenceStart: number, to: number): Attribution | null {
  // the attribution of a quotation stands in the words right before it, not a long sentence away
  const floor = Math.max(sentenceStart, to - HEAD_REACH);
  if (to <= floor) return null;
  const verbs = speechVerbsIn(text, floor, to);
  let according: { start: number; end: number; pronoun: string | undefined } | null = null;
  const head = text.slice(floor, to);
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(head); m; m = ACCORDING_TO.exec(head)) according = { start: floor + m.index, end: floor + m.index + m[0].length, pronoun: m[1] };
  const verb = verbs[verbs.length - 1];
  if (according && (!verb || according.start > verb.start)) {
    const at = according.pronoun === undefined ? -1 : text.indexOf(according.pronoun, according.start);
    const mention = at >= 0 ? { start: at, end: at + according.pronoun!.length, text: according.pronoun! } : phraseAfter(text, according.end, to);
    if (mention) return { mention, cue: text.slice(according.start, according.end).trim() };
  }
  if (!verb) return null;
  return { mention: speakerOfVerb(text, floor, verb, verbs), cue: verb.text };
}

// The speaker of each verb already asked about: the rules of reported speech, of speech without
// `that` and of who spoke ask about the same verbs of a sentence (sentenceSpeechVerbs).
const spoken = new WeakMap<object, { floor: number; verbs: object; mention: Mention | null }>();

/** The speaker of a speech verb found in a sentence that starts at `floor`. */
export function speakerOfVerb(
  text: string,
  floor: number,
  verb: { start: number; end: number; text: string },
  verbsOfSentence: { start: number; end: number; text: string }[],
): Mention | null {
  const known = spoken.get(verb);
  if (known && known.floor === floor && known.verbs === verbsOfSentence) return known.mention;
  const mention = findSpeakerOfVerb(text, floor, verb, verbsOfSentence);
  spoken.set(verb, { floor, verbs: verbsOfSentence, mention });
  return mention;
}

function findSpeakerOfVerb(
  text: string,
  floor: number,
  verb: { start: number; end: number; text: string },
  verbsOfSentence: { start: number; end: number; text: string }[],
): Mention | null {
  const before = text.slice(Math.max(floor, verb.start - 40), verb.start);
  // "Asked about the talks, he was cautious: …": the participle opening the sentence is said of
  // the subject after its phrase
  if (/^\s*$/u.test(before) && /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(verb.text)) {
    const subject = subjectAtStart(text, floor, Math.min(text.length, verb.end + PARTICIPIAL_REACH));
    if (subject && subject.start > verb.end) return subject;
  }
  const agent = passiveAgent(text, before, verb.end);
  if (agent) return agent;
  if (IMPERSONAL.test(before)) return null;
  const earlier = verbsBefore(verbsOfSentence, verb.start);
  // "says that … and states that …": the second verb shares the first one's subject; "X welcomed
  // the guests and stated that …": a verb coordinated with another shares the sentence's subject
  if (COORDINATED.test(before) && earlier.length) return speakerOfVerb(text, floor, earlier[earlier.length - 1]!, verbsOfSentence);
  if (COORDINATED.test(before)) {
    const subject = subjectAtStart(text, floor, verb.start);
    if (subject) return subject;
  }
  if (isParticiple(verb.text) || HAVING.test(before)) {
    // "Erdogan highlighted that …, stating, "…"": the participle shares the clause's subject
    const finite = earlier.filter((v) => !isParticiple(v.text)).pop();
    if (finite) return speakerOfVerb(text, floor, finite, verbsOfSentence);
    return subjectAtStart(text, floor, verb.start);
  }
  // "‘…,’ said the Secretary-General.": after a quotation the verb comes first, its subject after it
  if (AFTER_QUOTATION.test(before)) {
    const after = phraseAfter(text, verb.end, Math.min(text.length, verb.end + INVERTED_REACH));
    if (after) return after;
  }
  return subjectBefore(text, floor, verb.start)
    ?? phraseAfter(text, verb.end, Math.min(text.length, verb.end + INVERTED_REACH))
    ?? subjectAtStart(text, floor, verb.start);
}

// How far a participle's phrase opening a sentence runs to the subject after it.
const PARTICIPIAL_REACH = 200;

// How far after an inverted verb its subject may run, a name in apposition included ("said the
// Chairman of the Conference, Prime Minister of X Dr. Y").
const INVERTED_REACH = 160;

// A quotation's close right before a verb: its punctuation, then the mark ("…,’ said", "…” , said").
// (also in the marks of plain keyboards: "…,' said", "…,'' said")
const AFTER_QUOTATION = /(?:[,.!?…](?:''|["”’»'])|["”»]\s?,)\s*$/u;

// A speech verb in the passive with `this`, `it` or a thing as its subject, and the `by` that
// names its agent later in the clause. A person as the subject ("President X was told on Monday
// by …") is the one the story goes on about, and keeps the verb.
const PASSIVE = /(?:^|\s)([\p{L}’'-]+)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?$/u;
const AUXILIARY_ENDS = ["was", "were", "is", "are", "been", "also"];
const DEMONSTRATIVE = /^(?:this|it|that|which)$/iu;
const PERSON_PRONOUN = /^(?:he|she|they|we|i|you|who)$/u;
const AGENT_REACH = 80;
const AGENT = /^[^.;:!?"“”«»\n]*?\bby\s+/u;

/** "This was announced at the briefing by the head of the department X", "it was stated by the ministry that": the agent speaks. */
function passiveAgent(text: string, before: string, verbEnd: number): Mention | null {
  // most verbs have no auxiliary before them: a look at the last word spares the pattern
  const last = before.trimEnd();
  if (!AUXILIARY_ENDS.some((w) => last.endsWith(w))) return null;
  const subject = PASSIVE.exec(before)?.[1];
  const thing = subject !== undefined && (DEMONSTRATIVE.test(subject) || (/^\p{Ll}/u.test(subject) && !PERSON_PRONOUN.test(subject)));
  if (!thing) return null;
  const by = AGENT.exec(text.slice(verbEnd, verbEnd + AGENT_REACH));
  return by && phraseAfter(text, verbEnd + by[0].length, Math.min(text.length, verbEnd + AGENT_REACH + 80));
}

// "… and states that", "… and also stressed that"
const COORDINATED = /\band\s+(?:also\s+)?$/u;
// "having expressed confidence that": a participle in two words
const HAVING = /\bhaving\s+$/u;

/** The verbs of a sentence (sorted) that end before `at`, within VERB_REACH of it. */
function verbsBefore<V extends { start: number; end: number }>(verbs: V[], at: number): V[] {
  const lo = firstIndex(verbs, (verb) => verb.start >= at);
  const out: V[] = [];
  for (let i = lo - 1; i >= 0 && verbs[i]!.start >= at - VERB_REACH; i--) if (verbs[i]!.end <= at) out.unshift(verbs[i]!);
  return out;
}
