// Is this a clause or a noun phrase? The question reported speech without `that` turns on (SPEC:
// quotes): `said the talks had been productive` reports speech, `stressed the importance of the
// talks` does not. A clause here is a subject (a pronoun, or a noun phrase of determiners, names,
// nouns and the prepositional phrases inside it) followed by a finite verb. The closed classes are
// listed below; the open ones (is `grew` a past tense?) come from compromise's lexicon, cut down to
// verb forms in src/text/verbForms.ts, so the test costs a few look-ups and never loads compromise.
import { pluralOrPresent, verbForm } from "../../text/verbForms.js";
import { wordClass } from "../people/wordClasses.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Punctuation: a comma, a quotation mark, a bracket, a dash, a sentence end. */
  punct: boolean;
}

// A word (with inner apostrophes, hyphens, dots of abbreviations and digits) or, in the second
// group, one punctuation mark.
// An en dash between two words is inside a word too: "the Raxaul–Birgunj railway".
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}’'`-]|[.–](?=[\p{L}\p{N}]))*|([^\s\p{L}\p{N}])/gu;

/** The tokens of text[start, end), at most `max` of them. */
export function tokenize(text: string, start: number, end: number, max = 60): Token[] {
  const out: Token[] = [];
  const span = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(span); m && out.length < max; m = TOKEN.exec(span)) {
    const word = m[0];
    const punct = m[1] !== undefined;
    out.push({ start: start + m.index, end: start + m.index + word.length, text: word, lower: word.toLowerCase(), punct });
  }
  return out;
}

const set = (words: string) => new Set(words.split(" "));

export const MODALS = set("will would can could shall should may might must cannot won’t won't wouldn't wouldn’t can't can’t couldn't couldn’t shouldn't shouldn’t");
// Finite forms of be, have and do.
const AUXILIARIES = set("is are was were am has have had does do did isn't isn’t aren't aren’t wasn't wasn’t weren't weren’t hasn't hasn’t haven't haven’t hadn't hadn’t doesn't doesn’t didn't didn’t");
const SUBJECT_PRONOUNS = set("he she it they we i you there");
const PLURAL_PRONOUNS = set("they we i you");
export const OBJECT_PRONOUNS = set("him her them us me it");
const POSSESSIVES = set("its his her their our my your");
const DETERMINERS = set("the a an this these those some any each every no all both several many few its his her their our my your another such much most other");
export const PREPOSITIONS = set("in at on during after before following to with via through from by for of between among under over about since until within without across against amid into onto upon towards toward per behind beyond around near outside inside");
// Words that open a clause of their own, or a question: never inside a subject.
const CLAUSE_WORDS = set("that which who whom whose where when while whether if because although though as so than how what why unless once");
const CONJUNCTIONS = set("and or nor but &");
const ADVERBS = set("also still already now currently further recently again not never always even only just yet soon then hence thus therefore however moreover furthermore indeed reportedly certainly definitely actively jointly fully");
const NUMBER = /^\p{N}/u;
// Past forms the lexicon files under another class only (`rose` is a flower there).
const PAST_NOT_IN_LEXICON = set("rose lost left");
// After `by`, an amount (`grew by a tenth`, `rose by 5 percent`), not the agent of a participle.
const AMOUNT = /^(?:\p{N}|a|one|two|three|four|half|about|almost|nearly|over|more|less|some|around|roughly|up)$/u;
const AMOUNT_AFTER_A = /^(?:third|quarter|half|fifth|tenth|fourth|sixth|percent|billion|million|thousand|hundred|factor)$/u;

// -ly words that are nouns
const NOT_ADVERBS = set("family assembly italy july reply rally ally anomaly monopoly supply apply holy belly");
export const isAdverb = (lower: string) => ADVERBS.has(lower) || (/^\p{Ll}{3,}ly$/u.test(lower) && !NOT_ADVERBS.has(lower) && verbForm(lower) === undefined);

export type Finite = "strong" | "past" | "present" | "base" | null;

/**
 * The finite verb a word may be: "strong" (a modal or a finite be/have/do), "past" (which may be a
 * participle: `the talks held in Astana`), "present" (`offers`), "base" (`share`: finite only after
 * a plural subject), or null.
 */
export function finiteKind(lower: string): Finite {
  if (MODALS.has(lower) || AUXILIARIES.has(lower)) return "strong";
  if (PAST_NOT_IN_LEXICON.has(lower)) return "past";
  const form = verbForm(lower);
  if (form === "past") return "past";
  if (form === "present") return "present";
  if (form === "base") return "base";
  // regular past forms the lexicon files as adjectives (`expanded`, `increased`)
  if (form === undefined && /^\p{Ll}{3,}ed$/u.test(lower)) return "past";
  return null;
}

/** A modal, a finite be/have/do, a past or a present: a word that makes what it follows a clause. */
export function isFiniteWord(lower: string): boolean {
  const kind = finiteKind(lower);
  return kind === "strong" || kind === "past" || kind === "present";
}

/** A word at `i` that may be a noun: not punctuation, a preposition, a determiner or a verb. */
function nounAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && !t.punct && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && finiteKind(t.lower) === null;
}

/** A modal or a finite be/have/do from `from`, before punctuation, within `to`. */
function strongVerbAhead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < tokens.length && k <= to; k++) {
    if (tokens[k]!.punct) return false;
    // (not the month: "… to the fair in May")
    if (finiteKind(tokens[k]!.lower) === "strong" && tokens[k]!.text !== "May") return true;
  }
  return false;
}

const isPlural = (lower: string) => /[^su’']s$/u.test(lower) || /(?:ies|es)$/u.test(lower);

/**
 * A verb after "to" (not "to the port", "to Baku", "to conflicts"): a base form, or a lower-case
 * word the lexicon files under no verb form and no closed class, that is no plural.
 */
function infinitiveAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.punct || !/^\p{Ll}+$/u.test(t.text)) return false;
  const kind = finiteKind(t.lower);
  if (kind !== null) return kind === "base";
  return !/s$/u.test(t.lower) && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !OBJECT_PRONOUNS.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !CONJUNCTIONS.has(t.lower);
}

/** The token before `j`, past the adverbs between (not before `from`). */
function wordBeforeAdverbs(tokens: Token[], from: number, j: number): Token | undefined {
  let k = j - 1;
  while (k > from && isAdverb(tokens[k]!.lower)) k--;
  return tokens[k];
}

export interface ClauseVerb {
  /** The token index of the finite verb. */
  at: number;
  kind: Exclude<Finite, null>;
  /** The verb is as often a plural noun (`hopes`): a clause only after a verb that takes one. */
  nounToo?: boolean;
}

// A subject runs at most this many tokens before its verb.
const SUBJECT_LENGTH = 14;
const PHRASAL_PAST = new Set(["set", "put", "cut", "laid"]);
const PARTICLES = new Set(["out", "up", "forward", "aside", "down", "off", "back"]);
const NOT_A_VERB_ENDING = /(?:ing|ed|ion|ment|ity|ness|al|ic|ive|ous|ly|ship|ance|ence|ism|ist|ery|ory|ure)$/u;
// Words that open a verb's object right after it: "regard each other", "view the port".
const OBJECT_OPENERS = new Set(["each", "the", "a", "an", "their", "its", "this", "these", "those", "it", "them", "both", "one"]);
// … and holds at most this many prepositional phrases: `the volume of trade between the two countries`
const SUBJECT_PHRASES = 3;

/**
 * The finite verb of a clause whose subject starts at token `i`, or null when the words from `i`
 * are not a subject and its verb (a noun phrase, an infinitive, a question, a quotation).
 */
export function clauseVerb(tokens: Token[], i: number): ClauseVerb | null {
  const first = tokens[i];
  if (!first || first.punct) return null;
  if (SUBJECT_PRONOUNS.has(first.lower) || ((first.lower === "this" || first.lower === "these") && finiteKind(tokens[i + 1]?.lower ?? "") === "strong")) {
    let j = i + 1;
    while (tokens[j] && isAdverb(tokens[j]!.lower)) j++;
    const kind = finiteKind(tokens[j]?.lower ?? "");
    if (!kind || tokens[j]!.punct) return null;
    if (kind === "base" && !PLURAL_PRONOUNS.has(first.lower)) return null;
    // "there" stands as a subject only before be: "there is", "there will be"
    if (first.lower === "there" && kind !== "strong") return null;
    return { at: j, kind };
  }
  // "her government had …": `her` before a noun is its determiner, not an object
  const possessiveHer = first.lower === "her" && nounAt(tokens, i + 1);
  if (CLAUSE_WORDS.has(first.lower) || PREPOSITIONS.has(first.lower) || (OBJECT_PRONOUNS.has(first.lower) && !possessiveHer) || finiteKind(first.lower) === "strong") return null;
  let head = -1;
  let plural = false;
  let phrases = 0;
  // a gerund opening the subject, which the lexicon knows as no noun: "holding …", "keeping …"
  const gerund = /^\p{Ll}{3,}ing$/u.test(first.text) && finiteKind(first.lower) === null && wordClass(first.lower) !== "common";
  for (let j = i; j < tokens.length && j - i <= SUBJECT_LENGTH; j++) {
    const t = tokens[j]!;
    if (t.punct) {
      // a possessive or hyphen is part of the phrase; anything else ends it without a verb
      if (/^[’'-]$/u.test(t.text) && head >= 0) continue;
      // (and the comma of a number's thousands: "42,000 tourists visited …")
      if (t.text === "," && /^\d{1,3}$/u.test(tokens[j - 1]?.text ?? "") && /^\d{3}$/u.test(tokens[j + 1]?.text ?? "") && t.start === tokens[j - 1]!.end && tokens[j + 1]!.start === t.end) continue;
      return null;
    }
    const l = t.lower;
    const prev = tokens[j - 1];
    // after an article, a possessive or `’s`, a verb form is a noun or an adjective: "their states", "the UK’s continued …"
    const nounPlace = DETERMINERS.has(prev?.lower ?? "") || /^[’']$/u.test(prev?.text ?? "") || /[’']s$/u.test(prev?.lower ?? "");
    if (head >= 0 && !nounPlace && !CONJUNCTIONS.has(prev?.lower ?? "")) {
      const kind = finiteKind(l);
      const next = tokens[j + 1];
      if (kind === "strong" || kind === "present") return { at: j, kind };
      // "the statement set out new tasks", "the plan put forward …": a past that is also the base,
      // known by the particle after it
      if ((kind === null || kind === "base") && PHRASAL_PAST.has(l) && PARTICLES.has(next?.lower ?? "")) return { at: j, kind: "past" };
      // (after a gerund, a participle before its preposition is no verb: "recalling the treaty
      // signed in 2004" is no clause, "modelling by the agency showed …" is one)
      if (gerund && kind === "past" && next && PREPOSITIONS.has(next.lower)) return null;
      if (kind === "past") {
        // "the agreement signed by the ministers will …": a participle inside the subject
        const amount = AMOUNT.test(tokens[j + 2]?.lower ?? "") && (!/^(?:a|one)$/u.test(tokens[j + 2]!.lower) || AMOUNT_AFTER_A.test(tokens[j + 3]?.lower ?? ""));
        if (next?.lower === "by" && !amount) continue;
        // "the agreement signed in 2021 had allowed …": a participle, with the clause's verb later
        if (next && PREPOSITIONS.has(next.lower) && strongVerbAhead(tokens, j + 2, i + SUBJECT_LENGTH)) continue;
        return { at: j, kind };
      }
      if (kind === "base" && plural && !/^\p{Lu}/u.test(t.text)) return { at: j, kind };
      // "Chile and Peru aim to double …": after a plural subject, a word the lexicon knows as a
      // noun, before "to" and a verb, is the verb ("aim", "plan", "hope")
      if (kind === null && plural && /^\p{Ll}+[^s]$/u.test(t.text) && next?.lower === "to" && infinitiveAt(tokens, j + 2)) return { at: j, kind: "base" };
      // (or before its object: "Chile and Peru regard each other as …", "… view the port as …")
      // (after names only, and a word that reads as no noun or adjective by its ending)
      if (kind === null && plural && /^\p{Ll}+[^s]$/u.test(t.text) && !NOT_A_VERB_ENDING.test(t.lower) && !PREPOSITIONS.has(l) && wordClass(l) !== "function" && /^\p{Lu}/u.test(prev?.text ?? "") && OBJECT_OPENERS.has(next?.lower ?? "")) return { at: j, kind: "base" };
      // "Astana hopes for …", "Vietnam welcomes …": after a name, a plural noun that is also a
      // verb's present is the verb, unless a verb follows it ("Kenya exports grew …"); written in
      // capitals it is part of a name ("the Open Skies agreement")
      // (an adverb may stand between: "Uganda currently exports …")
      // (so after a possessive and one singular noun: "his government regards …", "her ministry backs …")
      const named = /^\p{Lu}/u.test(wordBeforeAdverbs(tokens, i, j)?.text ?? "") || (j === i + 2 && POSSESSIVES.has(first.lower) && !isPlural(tokens[i + 1]!.lower));
      if (kind === null && pluralOrPresent(t.text) && named && !next?.punct && !finiteKind(next?.lower ?? "")) return { at: j, kind: "present", nounToo: true };
      if (isAdverb(l) && next && !next.punct && (finiteKind(next.lower) || pluralOrPresent(next.text))) continue;
    }
    if (DETERMINERS.has(l)) {
      // a second noun phrase after a whole one, with no verb between: an object, not a subject
      // (unless the first is a gerund that takes it: "holding the fair in Lima was …")
      if (head >= 0 && !PREPOSITIONS.has(prev?.lower ?? "") && !CONJUNCTIONS.has(prev?.lower ?? "") && !(head === i && gerund)) return null;
      continue;
    }
    if (PREPOSITIONS.has(l)) {
      // "the need to …": an infinitive, not a clause; "the mission to Baku": a place
      const infinitive = l === "to" && !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? "");
      if (head < 0 || infinitive || ++phrases > SUBJECT_PHRASES) return null;
      continue;
    }
    if (CONJUNCTIONS.has(l)) {
      if (head < 0) return null;
      plural = true;
      continue;
    }
    // "more than twenty firms": an amount, not a comparison clause
    if (l === "than" && /^(?:more|less|fewer|rather)$/u.test(prev?.lower ?? "")) continue;
    if (CLAUSE_WORDS.has(l) || SUBJECT_PRONOUNS.has(l) && l !== "it" || MODALS.has(l) || finiteKind(l) === "strong") return null;
    // a noun, an adjective, a name, a number: the phrase goes on
    head = j;
    if (!NUMBER.test(l)) plural = plural || isPlural(l);
  }
  return null;
}
