// The parties of a document named in prose: "between X and Y" in its name or after "was signed",
// "X and Y signed …" when X and Y are organisations or countries, "X signed … with Y". The persons
// who sign are not parties: the people rule (which asks compromise's lexicon about given names,
// surnames, places and function words) tells the people, and a role word the officials.
import type { KnownPeople } from "../context.js";
import type { DocumentPhrase } from "./phrases.js";
import { companyWord, organisation, partiesBetween, partiesOnBehalf, partyAfterWith, partiesInSubject } from "./parties.js";
import { lastWords, trimTrailing } from "./words.js";
import { isNameWord, isPlacePhrase, wordClass } from "../people/wordClasses.js";
import { NON_PERSON_WORDS } from "../people/lexicon.js";

// A verb inside a document's name, with its own object: "to study a …", "on reopening the …".
const INNER_VERB = /\bto\s+(?!(?:the|a|an|this|that|its|their)\b)\p{Ll}{3,}\s+(?:the|a|an|its|their)\s|\b\p{Ll}{3,}ing\s+(?:the|a|an|its|their)\s/u;
// A way between two places, right before "between".
const ROUTE = /\b(?:corridor|line|route|road|railway|rail\s+link|link|bridge|pipeline|crossing|ferry|tunnel|highway|motorway)\s+$/iu;

/**
 * "a letter of intent to study a corridor between A and B", "an agreement on reopening the line
 * between A and B": a route that a verb inside the name has for its object lies between the two
 * places; the document's sides are named elsewhere (not "a memorandum to create a council between
 * the governments of A and B").
 */
const routeOfInnerVerb = (beforeBetween: string): boolean => ROUTE.test(beforeBetween) && INNER_VERB.test(beforeBetween);

// The verb right before the document, in the active voice: its subject may name the parties.
const activeSigning = /^(?:signed|singed|inked|exchanged|concluded|adopted)$/iu;
// (also between commas: "X also signed, with the Tete Provincial Government, a memorandum …")
const SIGNED_WITH_BEFORE = /(?<!\p{L})(?:signed|inked|concluded)(?:\s+|,\s*)with\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*){0,4}),?\s+$/u;
const passiveSignedWith = /^\s*(?:has|have|was|were)\s+(?:been\s+)?(?:also\s+)?(?:signed|inked|concluded)(?=\s+with\s)/iu;
const passiveBetween = /^,?\s*(?:(?:was|were|has been|have been)\s+)?(?:also\s+|virtually\s+)?(?:signed|inked|concluded|exchanged)\s+(?:\S+\s+){0,2}?between\s/iu;

export function partiesInProse(ctx: KnownPeople, phrase: DocumentPhrase, cues: number[], sentenceStart: number): string[] {
  const text = ctx.parsed.text;
  // the sides may run on past the phrase, which stops at a comma: "between X, the Y"
  const complement = text.slice(phrase.complementStart, phrase.end);
  const between = /\bbetween\s/u.test(complement) && !routeOfInnerVerb(complement.slice(0, complement.search(/\bbetween\s/u)))
    ? partiesBetween(text.slice(phrase.complementStart, Math.max(phrase.end, Math.min(phrase.sentenceEnd, phrase.complementStart + 500))))
    : [];
  if (between.length) return between;
  const after = text.slice(phrase.end, phrase.end + 300);
  const passive = passiveBetween.exec(after);
  if (passive) return partiesBetween(after.slice(passive.index + passive[0].length - "between ".length));
  const onBehalf = partiesOnBehalf(text.slice(phrase.end, Math.min(phrase.sentenceEnd, phrase.end + 400)));
  if (onBehalf.length) return onBehalf;
  const passiveWith = passiveSignedWith.exec(after);
  if (passiveWith) {
    const other = partyAfterWith(after.slice(passiveWith[0].length));
    return other ? [other] : [];
  }
  // "Finland signed with Sweden a protocol on …": the other side between the verb and the document
  const withBefore = SIGNED_WITH_BEFORE.exec(text.slice(Math.max(sentenceStart, phrase.start - 100), phrase.start));
  if (withBefore) {
    const verbAt = phrase.start - withBefore[0].length;
    const own = ownClause(withoutAdverbs(text.slice(sentenceStart, verbAt))).replace(/^(?:the|a|an)\s+/iu, "").trim();
    const other = withBefore[1]!.trim();
    return own && /^\p{Lu}/u.test(own) && !isPerson(ctx, sentenceStart, verbAt, own) && !isPerson(ctx, sentenceStart, phrase.start, other) ? [own, other] : [];
  }
  // ("signed on Monday in Agadir a framework agreement": the verb before its adverbials)
  const before = withoutAdverbials(text.slice(Math.max(sentenceStart, phrase.start - 60), phrase.start));
  if (!lastWords(before, 2).some((w) => activeSigning.test(w))) return [];
  const earlier = cues.filter((c) => c >= sentenceStart && c < phrase.start);
  let cue = earlier.pop();
  if (cue === undefined) return [];
  // "A and B exchanged notes on X and signed a letter on Y": a verb coordinated with an earlier
  // one shares its subject
  while (earlier.length && /\s(?:and|as well as)\s+(?:also\s+)?$/u.test(text.slice(sentenceStart, cue))) cue = earlier.pop()!;
  const parties: string[] = [];
  let subject = withoutAdverbs(text.slice(sentenceStart, cue));
  // a long sentence whose last clause signs: ", while the Region of X and Y Governorate concluded …"
  if (subject.length >= 200) {
    const tail = subject.slice(-200);
    let last = -1;
    for (const m of tail.matchAll(CLAUSE_OPENING)) last = m.index;
    // (or, with none, the comma pieces nearest the verb: "In the presence of …, A and B signed")
    subject = last >= 0 ? tail.slice(last + 1) : tail.slice(tail.indexOf(",") + 1);
  }
  if (subject.length < 200) {
    parties.push(...partiesInSubject(subject, (name) => isPerson(ctx, sentenceStart, cue, name)));
  }
  const other = partyAfterWith(after);
  if (other) {
    if (!parties.length && subject.length < 200) {
      const own = ownClause(subject).replace(/^(?:the|a|an)\s+/iu, "").trim();
      if (own && /^\p{Lu}/u.test(own) && !isPerson(ctx, sentenceStart, cue, own)) parties.push(own);
    }
    parties.push(other);
  }
  return parties;
}

/** The words before an object without the adverbials of time and place that end them: " on Monday in Agadir", " today". */
function withoutAdverbials(before: string): string {
  let s = trimTrailing(before, " ,");
  for (let guard = 0; guard < 4; guard++) {
    s = trimTrailing(s, " ,");
    const words = lastWords(s, 2);
    const last = words[words.length - 1];
    const preposition = words.length === 2 ? words[0]!.toLowerCase() : "";
    if (last === undefined) break;
    if (/^(?:today|yesterday|here)$/iu.test(last)) s = s.slice(0, s.length - last.length).trimEnd();
    else if ((preposition === "in" && /^\p{Lu}/u.test(last)) || (preposition === "on" && /^\p{Lu}\p{Ll}+day$/u.test(last))) s = s.slice(0, s.length - last.length).trimEnd().slice(0, -2).trimEnd();
    else break;
  }
  return s;
}

// A clause of a sentence, opened by its conjunction after a comma or a semicolon.
const CLAUSE_OPENING = /[,;]\s+(?:while|whereas|and|but)\s/gu;

/** The subject's last clause: after the last comma, colon or dash. */
function ownClause(subject: string): string {
  // "The Lagos State Government, through its Ministry of Health, has signed": the aside between
  // commas after the subject is none of it
  const fenced = /,\s*$/u.exec(subject);
  if (fenced) {
    const open = subject.lastIndexOf(",", fenced.index - 1);
    if (open > 0 && /^,\s*(?:through|via|represented|acting|on\s+behalf|in\s+partnership|together|jointly|for\s+its\s+part)\b/u.test(subject.slice(open))) subject = subject.slice(0, open);
  }
  const cut = Math.max(subject.lastIndexOf(","), subject.lastIndexOf(":"), subject.lastIndexOf(" – "), subject.lastIndexOf(" - "));
  // ", while the Chamber of Commerce …": the clause's own subject, after its conjunction
  return subject.slice(cut + 1).replace(/^[\s–-]+/u, "").replace(/^(?:while|whereas|and|but)\s+/u, "");
}

// A person by role: not a party to the document.
const roleWord = /\b(?:president|minister|prime|premier|leader|prince|king|emir|sheikh|chairman|secretary|governor|mayor|ambassador|chancellor|director|head|deputy|counterpart|officials?)\b/iu;

// Two or three capitalised words and nothing else: the way a person's name looks.
const personLike = /^\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2}$/u;

/** Does a capitalised word name a thing rather than a person: an organisation, a company, a common noun? */
const thingWord = (word: string): boolean => organisation.test(word) || companyWord.test(word) || wordClass(word.toLowerCase()) === "common" || NON_PERSON_WORDS.has(word.toLowerCase());

function isPerson(ctx: KnownPeople, start: number, end: number, name: string): boolean {
  if (roleWord.test(name)) return true;
  // ("Sri Lanka", "Costa Rica": two capitalised words that name a country; "Blue Lagoon Resorts": a
  // common noun in compromise's lexicon, which no given name or surname is)
  // ("Manitoba Hydro", "Quang Tri": no word of it a given name or a surname, the people rule must know them)
  if (personLike.test(name) && !name.split(" ").some(thingWord) && !isPlacePhrase(name.toLowerCase()) && name.toLowerCase().split(" ").some(isNameWord)) return true;
  return peopleIn(ctx, start, end).some((p) => p.includes(name) || name.includes(trimTrailing(p, " ,.")));
}

/** The people the people rule found in a span: the mentions there, as written. */
function peopleIn(ctx: KnownPeople, start: number, end: number): string[] {
  const found: string[] = [];
  for (const person of ctx.people) {
    for (const m of person.mentions) if (m.start >= start && m.end <= end) found.push(ctx.parsed.text.slice(m.start, m.end));
  }
  return found;
}

// An abbreviation in brackets, with a small letter or two in it: "(GhIPSS)", "(BoG)".
const ACRONYM_IN_BRACKETS = /^\(\p{Lu}\p{Ll}*\p{Lu}\p{L}*\)$/u;

// Words between the subject and the verb: "X and Y also have signed", "… on Tuesday signed".
const ADVERBS = new Set(["also", "have", "has", "had", "today", "yesterday", "jointly", "officially", "formally"]);

function withoutAdverbs(subject: string): string {
  // "… on Thursday (July 27, 2023) signed", "(local time)": a bracket of a date or of words in
  // lower case right before the verb is an aside (not an acronym: "North South University (NSU)")
  let s = subject.trimEnd();
  const open = s.endsWith(")") ? s.lastIndexOf("(") : -1;
  if (open >= 0 && s.length - open <= 42 && /[\d\p{Ll}]/u.test(s.slice(open)) && !ACRONYM_IN_BRACKETS.test(s.slice(open))) s = s.slice(0, open).trimEnd();
  for (let guard = 0; guard < 4; guard++) {
    const words = lastWords(s, 2);
    const last = words[words.length - 1];
    if (last === undefined) break;
    if (ADVERBS.has(last.toLowerCase())) s = s.slice(0, s.length - last.length).trimEnd();
    else if (/day$/u.test(last) && words[0]?.toLowerCase() === "on") {
      // cut both words from the end: the last "on" in the text may be inside "Monday"
      const beforeDay = s.slice(0, s.length - last.length).trimEnd();
      s = beforeDay.slice(0, beforeDay.length - words[0].length).trimEnd();
    }
    else break;
  }
  return s;
}
