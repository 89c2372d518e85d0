// Reported speech without `that`, as news agencies write it (SPEC: quotes, indirect):
//   - a speech verb followed directly by a clause: `Xi said China is ready to …`, `She told
//     reporters the deal would be signed`, `…, saying it would bring …`;
//   - a clause followed by its attribution: `Trade grew last year, the ambassador said.`,
//     `…, said the minister.`, and a news credit: `…, Kazinform reports.`;
//   - `According to X, <clause>` and `As X said, <clause>` opening a sentence.
// What counts as a clause (a subject and its finite verb, not a noun phrase) is clause.ts's to say.
import type { ParsedText } from "../../text/parsed.js";
import { attributionAfter, speakerOfVerb, type Attribution } from "./attribution.js";
import { clauseVerb, finiteKind, isAdverb, OBJECT_PRONOUNS, PREPOSITIONS, tokenize, type Token } from "./clause.js";
import { phraseAfter, subjectAtStart, type Mention } from "./nounPhrase.js";
import { isNamingVerb, isParticiple, sentenceSpeechVerbs, speechVerbsIn } from "./speechVerbs.js";
import { pluralOrPresent } from "../../text/verbForms.js";
import { afterDateline } from "../../text/frontMatter.js";
import { CLAUSE_STOP } from "./reported.js";
import { isPlacePhrase, wordClass } from "../people/wordClasses.js";
import { NAME_PARTICLES, ROLE_NOUNS } from "../people/lexicon.js";

export interface UnmarkedSpeech {
  start: number;
  end: number;
  attribution: Attribution;
}

type Sentence = { start: number; end: number };
type Verb = { start: number; end: number; text: string };

// What a reported clause does not end with: its full stop, closing marks, white space, a comma.
const TRAILING = /[\s.,;:!…]/u;
// Words that make a short stretch after a verb or a preposition an adverbial of time.
const TIME_WORDS = new Set([
  "today", "yesterday", "tomorrow", "earlier", "later", "also", "again", "once", "recently", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec",
]);
const PERIOD_WORDS = new Set(["week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"]);
// Prepositions that open an adverbial between a speech verb and its clause: `said in a statement`,
// `told reporters after the meeting`, `said at a briefing on Tuesday`.
const ADVERBIAL_PREPOSITIONS = new Set(["in", "at", "on", "during", "after", "before", "following", "to", "with", "via", "through", "from", "while", "when", "upon", "ahead", "amid", "over"]);
// Verbs whose first object is who is told: `told reporters`, `assured the guests`, `informed him`.
const TELLING = /^(?:told|tells|telling|tell|informed|informs|informing|assured|assures|assuring|reminded|reminding|notified|warned|promised)$/iu;
// Heads of `according to …` that are figures or rules, not somebody saying something.
const NOT_SAYERS = /\b(?:statistics|data|figures?|estimates?|calculations?|forecasts?|results?|polls?|ratings?|schedule|plan|programme|program|tradition|law|rules?|sources?\s+close|customs|norms?)\s*$/iu;
// `As X said,` / `As X reported,`: a subject and a speech verb, then the comma.
const AS_SAID = /^As\s+([^,]{4,160}),\s*/u;
// after an opening adverbial of up to three words: "However, according to him, …"
const ACCORDING_TO = /^(?:\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2},\s*)?[Aa]ccording\s+to\s+([^,]{2,120}),\s*/u;
// `Kazinform has learnt from the press service of Akorda`: the credit names its source
// A participle that opens a further report after an attribution: ", adding that …"
const FURTHER_REPORT = /,\s*(?:while\s+)?(?:adding|noting|stressing|emphasi[sz]ing|underlining|saying|recalling|highlighting|pointing\s+out|expressing)\b/u;
const CHEAP_CUE = /ccording to|^As\s|learn/u;
const EDITORIAL = /\b(?:worth|(?:should|must|needs\s+to|has\s+to)\s+be)\s+$/iu;
const LEARNT_FROM = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:has\s+|have\s+)?(?:learnt|learned)\s+from\s+/u;

/** Reported speech without `that` in the text, in order. `bodyStart`: where the body begins after a dateline. */
export function findUnmarkedSpeech(parsed: ParsedText, bodyStart: number | null): UnmarkedSpeech[] {
  const { text } = parsed;
  const out: UnmarkedSpeech[] = [];
  const verbsOf = sentenceSpeechVerbs(parsed);
  for (const [i, sentence] of parsed.sentences.entries()) {
    // a sentence that holds the dateline starts where the body does
    const from = afterDateline(sentence, bodyStart);
    const s = { start: from, end: sentence.end };
    // a question reports nothing
    if (/\?["”»’)]*\s*$/u.test(text.slice(Math.max(s.start, s.end - 4), s.end))) continue;
    const verbs = from === sentence.start ? verbsOf[i]! : speechVerbsIn(text, s.start, s.end);
    // most sentences report nothing: no speech verb, no `according to`, `As`, or `learnt`
    if (!verbs.length && !CHEAP_CUE.test(text.slice(s.start, s.end))) continue;
    const opening = openingAttribution(text, s);
    if (opening) out.push(opening);
    // the attribution after the clause: a speech verb, `according to`, or `has learnt from`
    const trailing = opening ? null
      : verbs.length || /\baccording to\b/iu.test(text.slice(s.start, s.end)) ? trailingAttribution(text, s, verbs) : learntFrom(text, s);
    let inner = false;
    for (const verb of verbs) {
      if (opening && verb.start < opening.start) continue;
      // a verb of naming ("described the talks as …") reports no clause of its own
      if (isNamingVerb(verb.text)) continue;
      const found = clauseAfterVerb(text, s, verb, verbs);
      if (!found) continue;
      // (the relayed clause ends where the relaying attribution begins; only what was said is
      // relayed: "A believes the visit will …, the press secretary added" is the secretary's)
      const relayed = trailing !== null && found.start >= trailing.start && found.start < trailing.end && finiteKind(verb.text.toLowerCase()) === "past";
      out.push(relayed ? { ...found, end: Math.min(found.end, trailing.end) } : found);
      inner ||= relayed;
    }
    // "A said B would …, the ministry said": the report relays what A said; A is the speaker
    if (trailing && !inner) out.push(trailing);
    // "Chile and Peru, Ruiz said, have long enjoyed …": the attribution inside the clause
    const inserted = opening || trailing || inner ? null : insertedAttribution(text, s, verbs);
    if (inserted) out.push(inserted);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `X said <clause>`: the clause that follows the verb, over any adverbial and the one told. */
function clauseAfterVerb(text: string, s: Sentence, verb: Verb, verbs: Verb[]): UnmarkedSpeech | null {
  const after = text.slice(verb.end, verb.end + 8);
  if (/^\s*(?:that\b|:)/u.test(after)) return null;
  const tokens = tokenize(text, verb.end, Math.min(s.end, verb.end + 300), 30);
  const at = complementStart(tokens, TELLING.test(verb.text));
  if (at < 0 || at >= tokens.length) return null;
  const found = clauseVerb(tokens, at);
  if (!found) return null;
  // a past form may be a participle after a noun phrase (`noted the results achieved`): only a verb
  // that rarely takes a noun phrase (`said`, `told`) or an object after the form makes it finite
  if (found.nounToo && !CLAUSE_TAKING.test(verb.text)) return null;
  if (found.kind === "past" && !CLAUSE_TAKING.test(verb.text)) {
    const next = tokens[found.at + 1];
    if (!next || next.punct || PREPOSITIONS.has(next.lower)) return null;
  }
  const start = tokens[at]!.start;
  const end = clauseEnd(text, start, s.end);
  if (end - start < 12 || text[end] === "?" || /\?["”»]?\s*$/u.test(text.slice(end, s.end))) return null;
  // "It is worth mentioning, …", "it should be noted …": the writer's aside, nobody's speech
  if (EDITORIAL.test(text.slice(Math.max(s.start, verb.start - 30), verb.start))) return null;
  // "… failed to attend because he was away and said he had …": the verb shares the sentence's subject
  const coordinated = /\band\s+(?:also\s+)?$/u.test(text.slice(Math.max(s.start, verb.start - 12), verb.start));
  const mention = coordinated ? subjectAtStart(text, s.start, verb.start) : speakerOfVerb(text, s.start, verb, verbs);
  if (!mention) return null;
  // the speaker stands before the verb, or after it in an inverted `said Xi`: never inside the clause
  if (mention.start >= start) return null;
  return { start, end, attribution: { mention, cue: verb.text } };
}

// Speech verbs that take a clause far more often than a noun phrase.
const CLAUSE_TAKING = /^(?:said|says|say|saying|told|tells|telling|added|adds|adding|believes|insisted|argued|claimed|warned|assured|explained|stated|predicted|reckoned|wrote|writes|tweeted|replied|responded|admitted|acknowledged|maintained|vowed|hoped|thinks|thought|expressed\s+(?:the\s+|his\s+|her\s+)?hope)$/iu;

/**
 * Where the clause after a speech verb may start: past a comma, adverbials of time and place
 * (`on Tuesday`, `in a statement`, `at the meeting with Putin`) and the one who is told (`told
 * reporters`, `informed the guests`). -1 when what follows is none of these nor a clause.
 */
function complementStart(tokens: Token[], telling: boolean): number {
  let j = 0;
  if (telling) j = objectEnd(tokens, 0);
  if (j < 0) return -1;
  for (let steps = 0; steps < 6 && j < tokens.length; steps++) {
    const t = tokens[j]!;
    if (t.text === "," && steps === 0) j++;
    else if (TIME_WORDS.has(t.lower) && !/^(?:may|march)$/u.test(t.text)) j += /^\p{N}/u.test(tokens[j + 1]?.text ?? "") ? 2 : 1;
    // "on Friday", "on May 5"
    else if (t.lower === "on" && TIME_WORDS.has(tokens[j + 1]?.lower ?? "")) j += /^\p{N}/u.test(tokens[j + 2]?.text ?? "") ? 3 : 2;
    else if (/^(?:last|this|next|earlier|later)$/u.test(t.lower) && PERIOD_WORDS.has(tokens[j + 1]?.lower ?? "")) j += 2;
    else if (isAdverb(t.lower) && !finiteKind(t.lower)) j++;
    else if (ADVERBIAL_PREPOSITIONS.has(t.lower)) j = phraseEnd(tokens, j + 1);
    else break;
    if (j < 0) return -1;
  }
  return j;
}

/** The end of a prepositional phrase's object starting at token `j`: before the next subject. */
function phraseEnd(tokens: Token[], j: number): number {
  const start = j;
  if (tokens[j] && /^(?:the|a|an|his|her|its|their|our|this|that)$/u.test(tokens[j]!.lower)) j++;
  let capitalised = true; // names right after the preposition or article belong to the phrase
  for (; j < tokens.length && j - start < 8; j++) {
    const t = tokens[j]!;
    if (t.punct) {
      if (/^[’'-]$/u.test(t.text)) continue;
      break;
    }
    const upper = /^\p{Lu}/u.test(t.text);
    if (upper && !capitalised) break;
    if (!upper && (/^(?:the|a|an|his|her|its|their|our|this|these)$/u.test(t.lower) || OBJECT_PRONOUNS.has(t.lower) || /^(?:he|she|they|we|i|there)$/u.test(t.lower))) break;
    if (!upper && (PREPOSITIONS.has(t.lower) && t.lower !== "of" || finiteKind(t.lower) === "strong")) break;
    // "in 2023", "on May 5": a number closes a phrase of time
    if (/^\p{N}/u.test(t.text)) {
      j++;
      break;
    }
    capitalised = upper || t.lower === "of";
  }
  return j > start ? j : -1;
}

/** The end of the one who is told: `reporters`, `him`, `Kazinform`, `the guests`, `President Xi`. */
function objectEnd(tokens: Token[], j: number): number {
  const t = tokens[j];
  // "tells why …", "told how …": a question, nobody told
  if (!t || t.punct || /^(?:why|how|what|whether|when|where|who|if)$/u.test(t.lower)) return t && !t.punct ? -1 : j;
  if (OBJECT_PRONOUNS.has(t.lower) && t.lower !== "it") return j + 1;
  return phraseEnd(tokens, j) < 0 ? j : phraseEnd(tokens, j);
}

/** The end of a reported clause starting at `start`: its sentence end, or a trailing `, adding …`. */
function clauseEnd(text: string, start: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  const stop = CLAUSE_STOP.exec(text.slice(start, end));
  if (stop) end = start + stop.index;
  while (end > start && TRAILING.test(text[end - 1]!)) end--;
  // a closing quotation mark at the end belongs to the clause only when it was opened inside it
  if (/["”»]$/u.test(text.slice(start, end))) {
    const inner = text.slice(start, end - 1);
    if (!/["“«]/u.test(inner.slice(0, -1)) || count(inner, /["“”«»]/gu) % 2 === 0) {
      end--;
      while (end > start && TRAILING.test(text[end - 1]!)) end--;
    }
  }
  return end;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** `According to X, <clause>` / `As X reported, <clause>` opening the sentence. */
function openingAttribution(text: string, s: Sentence): UnmarkedSpeech | null {
  const head = text.slice(s.start, Math.min(s.end, s.start + 200));
  const according = ACCORDING_TO.exec(head);
  const as = according ? null : AS_SAID.exec(head);
  const m = according ?? as;
  if (!m) return null;
  const groupAt = s.start + m[0].indexOf(m[1]!, according ? 12 : 2);
  let mention: Mention;
  let cue = "according to";
  if (according) {
    const sayer = m[1]!;
    if (NOT_SAYERS.test(sayer)) return null;
    mention = { start: groupAt, end: groupAt + sayer.length, text: sayer };
  } else {
    // "As the press service reported,": a speaker's phrase, then its speech verb
    const verb = speechVerbsIn(text, groupAt, groupAt + m[1]!.length)[0];
    if (!verb || isParticiple(verb.text)) return null;
    const subjectEnd = groupAt + text.slice(groupAt, verb.start).trimEnd().replace(/\s(?:has|had|was|have)$/u, "").length;
    const phrase = phraseAfter(text, groupAt, subjectEnd);
    if (!phrase || phrase.end < subjectEnd) return null;
    mention = phrase;
    cue = verb.text;
  }
  const start = s.start + m[0].length + nameInApposition(text, s.start + m[0].length, according ? m[1]! : "");
  const end = clauseEnd(text, start, s.end);
  // the opening says who speaks: what follows need only be a clause, with its verb somewhere
  // "According to him, it was: “…”": the words are the quotation after the colon
  if (end - start < 12 || text[end] === ":" || /^["“«„]/u.test(text.slice(start, end))) return null;
  // "the UAE and Kenya aim to …": a plural subject's verb may be a base form
  const tokens = tokenize(text, start, end, 80);
  if (!hasFiniteVerb(tokens) && !clauseVerb(tokens, 0)) return null;
  return { start, end, attribution: { mention, cue } };
}

// "According to the ministry's spokesperson, Ada Obi, …": the role's name, in apposition, up to its comma
const APPOSED_NAME = /^([^,\n]{3,80}),\s*/u;

/** The length of a name in apposition to the sayer, with its comma, that opens `at`; else 0. */
function nameInApposition(text: string, at: number, sayer: string): number {
  const last = sayer.trim().split(/\s+/u).pop()?.toLowerCase() ?? "";
  if (!ROLE_NOUNS.has(last) && last !== "official") return 0;
  const m = APPOSED_NAME.exec(text.slice(at, at + 82));
  if (!m) return 0;
  const words = m[1]!.split(/\s+/u);
  // two to six capitalised words and particles: "Juan Pablo de las Casas"
  const nameShaped = words.length >= 2 && words.length <= 6 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^\p{Lu}[\p{L}’'.-]+$/u.test(w) || NAME_PARTICLES.has(w));
  // a name's, not a place's: "According to the minister, South Africa, Chile …"
  const place = isPlacePhrase(m[1]!.toLowerCase()) || words.some((w) => wordClass(w.toLowerCase()) === "place");
  return nameShaped && !place ? m[0].length : 0;
}

/** `<clause>, the ambassador said.` / `…, said the minister.` / `…, Kazinform reports.` */
function trailingAttribution(text: string, whole: Sentence, verbs: Verb[], depth = 0): UnmarkedSpeech | null {
  // "…, he said, adding that …": the attribution ends where the participle's report begins
  const adding = FURTHER_REPORT.exec(text.slice(whole.start, whole.end));
  const s = adding ? { start: whole.start, end: whole.start + adding.index } : whole;
  const body = text.slice(s.start, s.end);
  // the attribution's cue is the last speech verb or `according to` of the sentence: only the
  // commas shortly before it can open the attribution
  const lastVerb = depth === 0 ? verbs[verbs.length - 1] : verbs.findLast((v) => v.end <= s.end);
  const cue = Math.max(lastVerb?.start ?? -1, s.start + body.lastIndexOf("according to"));
  if (cue < s.start) return null;
  for (let comma = body.lastIndexOf(",", cue - s.start); comma > 0; comma = body.lastIndexOf(",", comma - 1)) {
    const at = s.start + comma;
    if (cue - at > 130) return null;
    const attribution = attributionAfter(text, at, false);
    if (!attribution?.mention || !attribution.cue) continue;
    // "…, according to the ministry.": a sayer, not figures or a rule
    if (/^according/iu.test(attribution.cue) && NOT_SAYERS.test(text.slice(attribution.mention.start, s.end).trimEnd().replace(/[.!…]$/u, ""))) continue;
    if (isParticiple(attribution.cue)) return null;
    if (!endsSentence(text, attribution, s)) continue;
    // "<clause>, said the minister at the summit, Trend reports.": the credit wraps an attributed
    // sentence; the words are the minister's
    const inner = depth === 0 ? trailingAttribution(text, { start: s.start, end: at }, verbs, 1) : null;
    return inner ?? clauseBefore(text, s, at, attribution);
  }
  return null;
}

/**
 * "Chile and Peru, Ruiz said, have long enjoyed …": a clause whose subject and verb an
 * attribution between commas parts. The report is the whole sentence, attribution and all.
 */
function insertedAttribution(text: string, s: Sentence, verbs: Verb[]): UnmarkedSpeech | null {
  for (const verb of verbs) {
    if (isParticiple(verb.text) || !/^,\s/u.test(text.slice(verb.end, verb.end + 2))) continue;
    const comma = text.lastIndexOf(",", verb.start);
    if (comma <= s.start || verb.start - comma > 60) continue;
    const attribution = attributionAfter(text, comma, false);
    if (!attribution?.mention || attribution.cue !== verb.text) continue;
    const subject = tokenize(text, s.start, comma, 20);
    const rest = tokenize(text, verb.end + 1, s.end, 30);
    const found = subject.length ? clauseVerb([...subject, ...rest], 0) : null;
    if (!found || found.at < subject.length) continue;
    let end = s.end;
    while (end > s.start && TRAILING.test(text[end - 1]!)) end--;
    return { start: s.start, end, attribution };
  }
  return null;
}

/** Does the attribution run to the end of the sentence with nothing but adverbials after it? */
function endsSentence(text: string, attribution: Attribution, s: Sentence): boolean {
  const mention = attribution.mention!;
  const cueAt = text.indexOf(attribution.cue!, Math.max(s.start, mention.start - 120));
  const last = Math.max(mention.end, cueAt < 0 ? mention.end : cueAt + attribution.cue!.length);
  const rest = tokenize(text, last, s.end, 30);
  if (rest.length > 16) return false;
  // "…, he said it was …": a clause of its own follows the verb, not an attribution
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    if (t.punct && !/^[.,’'-]$/u.test(t.text)) return false;
    // ("…, the ministry said May 1.": the month, not the modal)
    const month = t.text === "May" && /^\p{N}/u.test(rest[i + 1]?.text ?? "");
    if (t.lower === "that" || (!t.punct && !month && finiteKind(t.lower) === "strong")) return false;
  }
  return true;
}

/** The clause before the comma at `comma`: from the sentence start, when it is one. */
function clauseBefore(text: string, s: Sentence, comma: number, attribution: Attribution): UnmarkedSpeech | null {
  const start = s.start + (/^\s*/u.exec(text.slice(s.start, comma))?.[0].length ?? 0);
  let end = comma;
  while (end > start && TRAILING.test(text[end - 1]!)) end--;
  const clause = text.slice(start, end);
  // a question, or a quotation: the direct quote is already found
  if (/\?["”»]?$/u.test(clause) || /^["“«„]/u.test(clause) || /["”»]$/u.test(clause)) return null;
  const tokens = tokenize(text, start, end, 80);
  // (or a subject and its verb as the clause rule reads them: "China welcomes more …", "The two
  // governments aim to sign …")
  if (tokens.length < 4 || (!hasFiniteVerb(tokens) && !shortSubjectVerb(tokens))) return null;
  return { start, end, attribution };
}

// A clause's subject read without a finite verb form runs at most this many tokens: past it, a
// word like "mines" is likelier a noun than the verb.
const SHORT_SUBJECT = 6;

/** The clause rule's subject and verb, the verb within the first few words. */
function shortSubjectVerb(tokens: Token[]): boolean {
  const found = clauseVerb(tokens, 0);
  return found !== null && found.at <= SHORT_SUBJECT;
}

/** Does a finite verb (not a base form, which may be a noun) stand among the tokens? */
function hasFiniteVerb(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    // (after a determiner or a possessive a verb's form is a noun: "Peru's plans")
    if (t.punct || i === 0 || DETERMINER_BEFORE.test(tokens[i - 1]!.lower) || /^[’']$|[’']s$/u.test(tokens[i - 1]!.text)) return false;
    const kind = finiteKind(t.lower);
    if (kind !== null) return kind !== "base";
    // "the communique commits the two governments to …": a plural that is also a verb's present,
    // after a noun and before its object
    return pluralOrPresent(t.lower) && !tokens[i - 1]!.punct && OBJECT_START.test(tokens[i + 1]?.lower ?? "");
  });
}
const DETERMINER_BEFORE = /^(?:the|a|an|its|their|his|her|our)$/u;
const OBJECT_START = /^(?:the|a|an|its|their|his|her|our|both|all|each|every|this|these|those|some|any|no|to|\p{N}+)$/u;

/** `<clause>, Kazinform has learnt from the press service of Akorda.`: the source speaks. */
function learntFrom(text: string, s: Sentence): UnmarkedSpeech | null {
  const body = text.slice(s.start, s.end);
  const comma = body.lastIndexOf(",");
  if (comma < 0) return null;
  const m = LEARNT_FROM.exec(body.slice(comma + 1));
  if (!m) return null;
  const sourceAt = s.start + comma + 1 + m[0].length;
  const mention = phraseAfter(text, sourceAt, s.end);
  if (!mention) return null;
  return clauseBefore(text, s, s.start + comma, { mention, cue: "learnt from" });
}
