// The noun phrase that names who speaks, read off the words next to a speech verb: `the head of
// state`, `President of Kyrgyzstan Sadyr Japarov`, `Tajik president’s official website`, `he`.
// Press releases name speakers with capitalised names and a small set of role nouns, so a word list
// does this job, with compromise's lexicon (as tables) for the function words.

import { isNameWord, wordClass } from "../people/wordClasses.js";
import { ROLE_NOUNS } from "../people/lexicon.js";

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "him", "them", "us", "me"]);

// Lower-case words that may stand inside a speaker's noun phrase.
const ROLE_WORDS = new Set([
  "president", "president's", "president’s", "presidents", "minister", "ministers", "prime", "premier",
  "secretary", "secretary-general", "chairman", "chairperson", "chairwoman", "chair", "spokesman",
  "spokeswoman", "spokesperson", "spokespersons", "head", "heads", "state", "states", "country",
  "leader", "leaders", "side", "sides", "party", "parties", "office", "service", "ministry",
  "press", "website", "statement", "message", "government", "official", "officials", "delegation",
  "host", "guest", "counterpart", "colleague", "ambassador", "chief", "deputy", "vice", "general", "foreign",
  "visiting", "newly", "sworn-in", "two", "both", "three", "its", "his", "her", "their", "our",
  "administration", "department", "agency", "embassy", "council", "commission", "cabinet",
  "committee", "spokespeople", "representative", "envoy", "diplomat", "governor", "mayor", "king", "emir",
  "crown", "prince", "chancellor", "commissioner", "director", "manager", "executive", "founder",
  "post", "account", "communique", "communiqué", "declaration", "release", "report", "source", "sources",
  "pms", "fms", "fm", "pm", "affairs", "of", "the", "for", "and", "in", "charge", "republic",
  "media", "outlet", "news", "agency's", "ministry's", "government's", "country's", "presidential",
  "interior", "justice", "defence", "defense", "trade", "economy", "finance", "energy", "education",
  "health", "culture", "tourism", "labour", "labor", "industry", "investment", "development",
  "joint", "final", "daily", "weekly", "official's", "telegram", "diplomacy",
  // "the parliament chief", "the parliamentary speaker"
  "parliament", "parliamentary", "legislature", "senate", "assembly",
]);
// Connectors that belong to a phrase only between other words of it.
const INNER_ONLY = new Set(["of", "the", "for", "and", "in", "charge", "our"]);
const NAME_PARTICLES = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "du", "von", "van", "der", "den", "la", "le", "di", "del", "y"]);
// Words that come between a speaker and the verb without being part of either.
const ADVERBS = new Set([
  "also", "further", "then", "again", "once", "has", "have", "had", "later", "earlier", "today",
  "yesterday", "additionally", "however", "too", "personally", "furthermore", "subsequently",
  "separately", "meanwhile", "similarly", "specifically", "particularly", "firmly", "repeatedly",
  "would", "will", "had", "recently", "previously", "publicly", "openly", "finally", "first",
  "initially", "likewise", "moreover", "not", "only", "just", "already", "both", "all", "besides",
  "therefore", "thus", "hence", "now", "overall", "notably", "indeed", "accordingly", "nevertheless",
  "nonetheless", "still", "instead", "secondly", "firstly", "thirdly", "lastly", "earlier", "meanwhile",
]);
// Capitalised words that open a clause without being part of its subject: "As Lula stated"
const CLAUSE_OPENERS = new Set(["as", "when", "while", "after", "before", "since", "because", "if", "although", "though", "once", "this", "that", "these", "those", "meanwhile", "moreover", "however", "also", "but", "so", "then", "thus", "yet", "here", "there"]);
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’`-]*/gu;

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokensOf(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const span = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(span); m; m = WORD.exec(span)) {
    let word = m[0];
    // a sentence's full stop is not part of the word, an initial's or abbreviation's is
    if (word.endsWith(".") && !/^(?:\p{Lu}\p{Ll}{0,2}|(?:\p{L}\.)+\p{L})\.$/u.test(word)) word = word.slice(0, -1);
    out.push({ start: start + m.index, end: start + m.index + word.length, text: word });
  }
  return out;
}

const isCapitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const lower = (w: string) => w.toLowerCase();

/** Can this word stand inside a speaker's phrase? */
function phraseWord(w: string): boolean {
  const l = lower(w);
  return isCapitalised(w) || ROLE_WORDS.has(l) || ROLE_NOUNS.has(l) || NAME_PARTICLES.has(l) || /^\p{L}+[’']s$/u.test(w) && ROLE_WORDS.has(l.slice(0, -2))
    // "press-service", "vice-president": role words joined by a hyphen
    || (l.includes("-") && l.split("-").every((part) => ROLE_WORDS.has(part)));
}

/** Is text[start, end) nothing but what `allowed` accepts (white space, a comma)? */
function onlyGap(text: string, start: number, end: number, allowed: RegExp): boolean {
  return allowed.test(text.slice(start, end));
}

/**
 * The speaker's phrase that ends just before `end` (a speech verb), not reaching before `floor`:
 * `Sadyr Japarov, in turn,` → Sadyr Japarov; `Piotr Mueller, the Polish government spokesman,` →
 * Piotr Mueller; `In response, President Mirziyoyev` → President Mirziyoyev.
 */
export function subjectBefore(text: string, sentenceStart: number, end: number): Mention | null {
  // a speaker's phrase stands within a few words of its verb: never tokenize a whole long sentence
  const floor = Math.max(sentenceStart, end - SUBJECT_REACH);
  const atStart = (to: number) => (to - sentenceStart <= SUBJECT_REACH ? subjectAtStart(text, sentenceStart, to) : null);
  // a relative clause before the verb: "Stephane Séjournay, who is the Executive …, announced"
  const relative = RELATIVE_CLAUSE.exec(text.slice(Math.max(floor, end - 200), end));
  if (relative) end = Math.max(floor, end - 200) + relative.index;
  const tokens = tokensOf(text, floor, end);
  let i = tokens.length - 1;
  // adverbs and time phrases between the subject and the verb: "also", "on Saturday", "in turn"
  for (;;) {
    const t = tokens[i];
    if (!t) return null;
    const l = lower(t.text);
    const before = (k: number) => lower(tokens[i - k]?.text ?? "");
    if (ADVERBS.has(l) || (/ly$/u.test(l) && !isCapitalised(t.text) && l.length > 4)) i--;
    else if (WEEKDAY.test(t.text) && before(1) === "on") i -= 2;
    else if (l === "turn" && before(1) === "in") i -= 2;
    else if (l === "turn" && /^(?:his|her|its|their)$/u.test(before(1)) && before(2) === "in") i -= 3;
    else break;
  }
  // "… by Prime Minister X, who expressed confidence that": the one the relative pronoun stands for
  if (lower(tokens[i]!.text) === "who" && i > 0 && /^\s*,\s*$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
    return phraseBackFrom(text, tokens, i - 1, floor);
  }
  const phrase = phraseBackFrom(text, tokens, i, floor);
  const commaBeforeVerb = /^\s*,\s*$/u.test(text.slice(tokens[i]!.end, end));
  if (!phrase) return commaBeforeVerb ? atStart(end) : null;
  // a role after a name is an appositive: "Piotr Mueller, the Polish government spokesman, tweeted",
  // "Christa Schweng, the EESC president said"
  const afterComma = /,\s*$/u.test(text.slice(Math.max(floor, phrase.start - 3), phrase.start));
  const fencedRight = /^\s*,/u.test(text.slice(phrase.end, end));
  // ("Speaking after a meeting with the Chilean minister, Ana Ruiz, the Peruvian leader said": after
  // a participle's phrase the role is the subject; the name before it belongs to the phrase)
  const lead = PARTICIPIAL_LEAD.exec(text.slice(sentenceStart, Math.min(phrase.start, sentenceStart + 40)));
  const participialLead = lead !== null && !isNameWord(lead[1]!.toLowerCase());
  if (afterComma && !participialLead && isRoleOnly(phrase.text) && (fencedRight || /^(?:the|a|an)\s/iu.test(phrase.text))) {
    const before = tokens.findLastIndex((t) => t.end < phrase.start);
    const name = before >= 0 ? phraseBackFrom(text, tokens, before, floor) : null;
    // ("Asked about trade with New Zealand, the spokesperson said": a name after a preposition is
    // its object, no subject the role stands in apposition to)
    const governed = name !== null && PREPOSITION_BEFORE.test(text.slice(Math.max(floor, name.start - 12), name.start));
    // ("Responding, the minister said": a participle alone opens the sentence, no name)
    const participle = name !== null && /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(name.text) && !isNameWord(name.text.toLowerCase());
    const isName = name && !governed && !participle && isCapitalised(name.text) && !hasRoleWord(name.text) && !ADVERBS.has(lower(name.text));
    if (isName && /^\s*,\s*$/u.test(text.slice(name.end, phrase.start))) return name;
  }
  // "The Prime Minister's Office in a post shared on X, formerly known as Twitter, wrote": an
  // insertion that is no appositive of a subject before it; the subject opens the sentence
  if (commaBeforeVerb && !afterComma) return atStart(end) ?? phrase;
  return phrase;
}

// A sentence that opens with a participle's phrase: "Speaking at …", "Addressing the forum", "Asked about …".
const PARTICIPIAL_LEAD = /^\s*(\p{Lu}\p{Ll}+(?:ing|ed))\s/u;
const PREPOSITION_BEFORE = /\b(?:with|to|of|in|for|from|by|on|at|about|into|towards|between)\s+(?:the\s+)?$/iu;

// How far before its verb a speaker's phrase is looked for.
const SUBJECT_REACH = 250;
// ", who is …," or ", which …," right before the verb
const RELATIVE_CLAUSE = /,\s*(?:who|which)\b[^,]{0,150},\s*$/u;

/** Is the phrase a role without a name: `the EESC president`, `Minister of Justice and … Affairs`? */
function isRoleOnly(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const first = words[0] ?? "";
  // "head of the Consular Affairs Unit": a role in lower case opens it
  const roleOpens = /^\p{Ll}/u.test(first) && ROLE_WORDS.has(first) && !INNER_ONLY.has(first) && !PRONOUNS.has(first);
  return /^(?:the|a|an)$/iu.test(first) || roleOpens || ROLE_WORDS.has(lower(words[words.length - 1] ?? ""));
}

/** Does the phrase hold a role noun ("Minister", "spokesman")? */
function hasRoleWord(phrase: string): boolean {
  return phrase.split(/\s+/u).some((w) => ROLE_WORDS.has(lower(w)) && !INNER_ONLY.has(lower(w)) && !/^(?:two|both|three|its|his|her|their)$/u.test(lower(w)));
}

/** The longest run of phrase words ending with token `i`, with nothing but spaces between them. */
function phraseBackFrom(text: string, tokens: Token[], i: number, floor: number): Mention | null {
  const last = tokens[i];
  if (!last) return null;
  if (PRONOUNS.has(lower(last.text))) return { start: last.start, end: last.end, text: last.text };
  // a relative clause or appositive right before the verb: "X, who is …, announced" → X
  if (!phraseWord(last.text)) {
    return null;
  }
  let j = i;
  while (j > 0) {
    const prev = tokens[j - 1]!;
    if (!onlyGap(text, prev.end, tokens[j]!.start, /^[ \t]*$/u)) break;
    // "a source said", "an official said": an indefinite article opens the phrase as "the" does
    if (!phraseWord(prev.text) && !/^an?$/iu.test(prev.text)) break;
    if (lower(prev.text) === "the" || lower(prev.text) === "a" || lower(prev.text) === "an") {
      j--;
      if (j > 0 && lower(tokens[j - 1]!.text) === "of") continue;
      break;
    }
    j--;
  }
  while (j <= i && ((INNER_ONLY.has(lower(tokens[j]!.text)) && lower(tokens[j]!.text) !== "the") || CLAUSE_OPENERS.has(lower(tokens[j]!.text)))) j++;
  if (j > i) return null;
  const start = tokens[j]!.start;
  if (start < floor) return null;
  const mention = { start, end: last.end, text: text.slice(start, last.end) };
  // a phrase of nothing but connectors and determiners names nobody
  if (!/\p{Lu}/u.test(mention.text) && !tokens.slice(j, i + 1).some((t) => ROLE_WORDS.has(lower(t.text)) && !INNER_ONLY.has(lower(t.text)))) return null;
  return mention;
}

/**
 * The speaker's phrase that starts at `start` (after an inverted verb: `said President Macri in a
 * joint declaration`, `says the message`), up to a comma, a full stop or a word outside the phrase.
 */
export function phraseAfter(text: string, start: number, limit: number): Mention | null {
  const phrase = namePhraseAt(text, start, limit);
  return phrase && (appositiveName(text, phrase, limit) ?? phrase);
}

/** The phrase at `start`, without looking past it for a name in apposition. */
function namePhraseAt(text: string, start: number, limit: number): Mention | null {
  const tokens = tokensOf(text, start, Math.min(limit, text.length, start + SUBJECT_REACH));
  let j = 0;
  // "informed in the press service", "was quoted by"
  while (tokens[j] && /^(?:in|by|from)$/u.test(tokens[j]!.text)) j++;
  const first = tokens[j];
  if (!first) return null;
  if (!onlyGap(text, start, first.start, /^[\s,—–-]*(?:in\s+|by\s+|from\s+)*$/u)) return null;
  if (PRONOUNS.has(lower(first.text))) return { start: first.start, end: first.end, text: first.text };
  if (!phraseWord(first.text) || INNER_ONLY.has(lower(first.text)) && lower(first.text) !== "the") return null;
  let k = j;
  while (k + 1 < tokens.length) {
    const next = tokens[k + 1]!;
    if (!onlyGap(text, tokens[k]!.end, next.start, /^[ \t]*$/u)) break;
    if (!phraseWord(next.text)) break;
    // "in" starts a place or occasion after a name: "said Macri in a joint declaration"
    if (lower(next.text) === "in" && !/^charge$/u.test(lower(tokens[k + 2]?.text ?? ""))) break;
    if (lower(next.text) === "and" && !isCapitalised(tokens[k + 2]?.text ?? "")) break;
    k++;
  }
  while (k > j && INNER_ONLY.has(lower(tokens[k]!.text))) k--;
  const mention = { start: first.start, end: tokens[k]!.end, text: text.slice(first.start, tokens[k]!.end) };
  if (!/\p{Lu}/u.test(mention.text) && !tokens.slice(j, k + 1).some((t) => ROLE_WORDS.has(lower(t.text)) && !INNER_ONLY.has(lower(t.text)))) return null;
  return mention;
}

/** The subject at the start of a sentence: `The White House issued …` → The White House. */
export function subjectAtStart(text: string, start: number, limit: number): Mention | null {
  // skip a leading adverbial: "Moreover, ", "In response, ", "Asked about the long-stalled talks, "
  const head = text.slice(start, Math.min(limit, start + 120));
  const lead = /^[\p{L}\s]{1,40},\s+/u.exec(head);
  const candidates = [start];
  if (lead) candidates.push(start + lead[0].length);
  // (a participle's phrase is no subject: "Asked about …, he")
  // (or one alone, "Responding, the minister …", when the word is no given name or surname: "Fred, …")
  const participial = /^(\p{Lu}\p{Ll}+(?:ed|ing))(\s[\p{L}\s'’-]{1,90})?,\s+/u.exec(head);
  if (participial && (participial[2] || !isNameWord(participial[1]!.toLowerCase()))) candidates.unshift(start + participial[0].length);
  for (const at of candidates) {
    const m = phraseAfter(text, at, limit);
    // "At the outset, Minister X …": a capitalised preposition opens the adverbial, not a name
    // ("On the economy, he noted …": a phrase a preposition opens is the adverbial too)
    if (m && m.start === at && (PRONOUNS.has(m.text.toLowerCase()) || wordClass(m.text.toLowerCase()) !== "function") && !OPENING_PREPOSITION.test(m.text)) return m;
  }
  return null;
}

const OPENING_PREPOSITION = /^(?:On|In|At|For|With|During|After|Before|About|Regarding|Concerning|Under|Over|Amid|Despite|From)\s/u;

/** "Her Sierra Leonean colleague, Dr. X, described …": the name in apposition to a role is who it is. */
function appositiveName(text: string, role: Mention, limit: number): Mention | null {
  if (!isRoleOnly(role.text) && !/^(?:his|her|its|their)\s/iu.test(role.text)) return null;
  const comma = /^,[ \t]*/u.exec(text.slice(role.end, role.end + 3));
  if (!comma || role.end + comma[0].length >= limit) return null;
  const name = namePhraseAt(text, role.end + comma[0].length, limit);
  if (!name || !/^[,.]/u.test(text.slice(name.end, name.end + 1))) return null;
  // a name, or a title and a name ("the Chairman of the Conference, Prime Minister of X Dr. Y")
  const last = name.text.slice(name.text.lastIndexOf(" ") + 1);
  if (hasRoleWord(name.text) && (hasRoleWord(last) || !/^\p{Lu}\p{Ll}/u.test(last) || !hasRoleWord(name.text.slice(0, name.text.indexOf(" ") + 1 || undefined)))) return null;
  return /\p{Lu}\p{Ll}/u.test(name.text) ? name : null;
}
