// src/text/verbForms.ts is compromise's lexicon cut down to the verb forms the rules ask about (is
// `grew` a past tense, a clause's verb? is `plans` the verb of its clause, not a document's name?),
// so that a run asks in constant time without loading compromise (about 300 ms). One table for the
// rules of every field: the quotes, the documents. This test keeps it equal to the lexicon: after an
// upgrade of compromise, UPDATE_VERB_FORMS=1 npx vitest run tests/text/verbForms.test.ts writes it anew.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "vitest";
import { pluralOrPresent, verbForm } from "../../src/text/verbForms.js";

const file = join(import.meta.dirname, "..", "..", "src", "text", "verbForms.ts");

// compromise's verb tags, one class each. The lexicon gives a word one of them, but for the forms of
// be, which are a copula and a tense: they go to `copula`, the first class they have.
const FORMS: Array<[name: string, tag: string, doc: string]> = [
  ["modal", "Modal", "a modal: `will`, `should`"],
  ["copula", "Copula", "a form of be, of either tense: `is`, `was`"],
  ["participle", "Participle", "an irregular past participle: `grown`, `taken`"],
  ["verb", "Verb", "a verb of no finer form: `has`, `cannot`, `born`"],
  ["past", "PastTense", "a past tense: `grew`, `signed` (regular ones are participles too)"],
  ["present", "PresentTense", "a third-person present: `offers`, `needs`"],
  ["base", "Infinitive", "a base form, finite after a plural subject: `share`, `plan`"],
  ["gerund", "Gerund", "an -ing form: `implementing`, `building`"],
];
const TAGS = new Set(FORMS.map(([, tag]) => tag));
const TENSES = new Set(["PastTense", "PresentTense"]);

/**
 * Plural nouns of the lexicon that are also a verb's third-person present (`hopes`, `welcomes`,
 * `exports`): the lexicon files them as nouns, and knows the verb by its past (`hoped`). Only the
 * context tells which a sentence means ("Astana hopes for …", "the hopes of …").
 */
function pluralsThatAreVerbs(lexicon: Record<string, string | string[]>): string[] {
  const tagsOf = (word: string) => [lexicon[word] ?? []].flat();
  const out: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^\p{Ll}+s$/u.test(word) || ![tags].flat().includes("Plural")) continue;
    const stem = word.endsWith("ies") ? `${word.slice(0, -3)}i` : word.endsWith("es") && !/[^s]es$/u.test(word.slice(-4)) ? word.slice(0, -2) : word.slice(0, -1);
    // hoped, exported, committed (a doubled consonant), studied
    const pasts = [`${stem}ed`, `${stem}d`, `${stem}${stem.slice(-1)}ed`, `${word.slice(0, -1)}d`, `${word.slice(0, -1)}ed`, `${word.slice(0, -2)}ed`];
    if (pasts.some((past) => tagsOf(past).includes("PastTense"))) out.push(word);
  }
  return [...new Set(out)].sort();
}

function fromCompromise(): { byForm: Record<string, string[]>; ambiguous: string[] } {
  const nlp = createRequire(import.meta.url)("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const byForm: Record<string, string[]> = Object.fromEntries(FORMS.map(([name]) => [name, []]));
  const ambiguous: string[] = [];
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    // one word, lower case: the rules look up single lower-cased tokens
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word)) continue;
    const own = [tags].flat().filter((tag) => TAGS.has(tag));
    const found = FORMS.find(([, tag]) => own.includes(tag));
    if (!found) continue;
    byForm[found[0]]!.push(word);
    // the rules tell classes apart (a past, not a gerund): a word of two would be one of them only
    if (own.length > 1 && !(found[1] === "Copula" && own.length === 2 && own.some((tag) => TENSES.has(tag)))) ambiguous.push(`${word}: ${own.join(", ")}`);
  }
  for (const words of Object.values(byForm)) words.sort();
  byForm.pluralOrPresent = pluralsThatAreVerbs(nlp.model().one.lexicon);
  return { byForm, ambiguous };
}

function source(byForm: Record<string, string[]>): string {
  const wrap = (words: string[]) => words.join(" ").replace(/(.{1,96})(?: |$)/gu, "    $1\n").trimEnd();
  const entries = FORMS.map(([name, tag, doc]) => `  /** ${doc} (${tag}) */\n  ${name}: \`\n${wrap(byForm[name]!)}\n  \`,`).join("\n");
  return `// Generated from compromise's lexicon by tests/text/verbForms.test.ts — do not edit by hand.
// Single lower-case words by the verb form compromise gives them, one form a word, for constant-time
// lookups without loading it. Participles used as adjectives ("related", "processed") are adjectives
// there, so not here.

const VERB_FORMS = {
${entries}
};

export type VerbForm = keyof typeof VERB_FORMS;

const byWord = new Map<string, VerbForm>();
for (const [name, words] of Object.entries(VERB_FORMS) as Array<[VerbForm, string]>) {
  for (const word of words.split(/\\s+/u)) if (word) byWord.set(word, name);
}

/** The verb form compromise's lexicon gives a lower-case word, or undefined. */
export const verbForm = (lower: string): VerbForm | undefined => byWord.get(lower);

// Plural nouns that are also a verb's third-person present (\`hopes\`, \`exports\`): the lexicon files
// them as nouns and knows the verb by its past (\`hoped\`); only the context tells which is meant.
const PLURAL_OR_PRESENT = new Set(\`
${wrap(byForm.pluralOrPresent!)}
\`.split(/\\s+/u).filter(Boolean));

/** Is this plural noun also a verb's present (\`hopes\`, \`welcomes\`)? */
export const pluralOrPresent = (lower: string): boolean => PLURAL_OR_PRESENT.has(lower);
`;
}

test("the verb forms are compromise's lexicon as installed", () => {
  const { byForm, ambiguous } = fromCompromise();
  expect(ambiguous, "words of two verb classes: the rules asking verbForm() must decide which they are").toEqual([]);
  const expected = source(byForm);
  if (process.env.UPDATE_VERB_FORMS) writeFileSync(file, expected);
  expect(readFileSync(file, "utf8")).toBe(expected);
});

test.each([
  ["will", "modal"],
  ["would", "modal"],
  ["was", "copula"],
  ["is", "copula"],
  ["been", "participle"],
  ["grown", "participle"],
  ["has", "verb"],
  ["grew", "past"],
  ["signed", "past"],
  ["discussed", "past"],
  ["offers", "present"],
  ["provides", "present"],
  ["share", "base"],
  ["consider", "base"],
  ["implementing", "gerund"],
  ["related", undefined],
  ["agreement", undefined],
  ["minister", undefined],
  ["the", undefined],
  ["Signed", undefined],
])("%s is %s", (word, form) => {
  expect(verbForm(word)).toBe(form);
});

test.each([
  ["hopes", true],
  ["welcomes", true],
  ["exports", true],
  ["agreements", false],
  ["offers", false],
  ["hope", false],
  ["commits", true],
])("%s is a plural noun that is also a verb's present: %s", (word, expected) => {
  expect(pluralOrPresent(word)).toBe(expected);
});
