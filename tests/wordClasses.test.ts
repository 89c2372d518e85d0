// src/rules/people/wordClasses.ts is compromise's own lexicon, cut down to the word classes the
// people rule asks about, so that a run asks it in constant time without loading compromise
// (about 300 ms). This test keeps the two equal: after an upgrade of compromise,
// UPDATE_WORD_CLASSES=1 npx vitest run tests/wordClasses.test.ts writes the file anew.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "vitest";
import { isPlacePhrase, WORD_CLASSES, wordClass } from "../src/rules/people/wordClasses.js";

const file = join(import.meta.dirname, "..", "src", "rules", "people", "wordClasses.ts");

const PLACE_TAGS = ["City", "Country", "Region"];

// compromise's tags, by the class the people rule wants to know; the first class a word has wins
const CLASSES: Array<[name: keyof typeof WORD_CLASSES, tags: string[]]> = [
  ["givenName", ["MaleName", "FemaleName", "FirstName"]],
  ["surname", ["LastName"]],
  ["place", PLACE_TAGS],
  ["adverb", ["Adverb"]],
  ["function", ["Conjunction", "Preposition", "Determiner", "Pronoun", "QuestionWord", "Expression"]],
  // common nouns and adjectives ("research", "food", "marine"): a name made of nothing else is none
  ["common", ["Uncountable", "Adjective", "Singular", "Plural", "Noun"]],
];

function fromCompromise(): Record<string, string[]> {
  const nlp = createRequire(import.meta.url)("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const byClass: Record<string, string[]> = Object.fromEntries([...CLASSES.map(([name]) => [name, []]), ["placePhrase", []]]);
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    // places of several words ("abu dhabi", "addis ababa"), whose first word may be a given name
    if (/^\p{L}+(?: \p{L}+)+$/u.test(word) && [tags].flat().some((tag) => PLACE_TAGS.includes(tag))) byClass.placePhrase!.push(word);
    // one word, letters only: the people rule classifies single tokens
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word)) continue;
    const own = new Set([tags].flat());
    const found = CLASSES.find(([, wanted]) => wanted.some((tag) => own.has(tag)));
    if (found) byClass[found[0]]!.push(word);
  }
  for (const words of Object.values(byClass)) words.sort();
  return byClass;
}

/** A "|"-separated list wrapped at line ends without cutting an entry: a line end is a space. */
function wrapPipes(list: string): string {
  return list.replace(/(.{1,96})(?:\||$)/gu, "    $1|\n").replace(/\|\n$/u, "");
}

function source(byClass: Record<string, string[]>): string {
  const wrap = (words: string[]) => words.join(" ").replace(/(.{1,96})(?: |$)/gu, "    $1\n").trimEnd();
  const entries = CLASSES.map(([name, tags]) => `  /** ${tags.join(", ")} */\n  ${name}: \`\n${wrap(byClass[name]!)}\n  \`,`).join("\n");
  const phrases = byClass.placePhrase!.join("|");
  return `// Generated from compromise's lexicon by tests/wordClasses.test.ts — do not edit by hand.
// Single words by the class compromise gives them, for constant-time lookups without loading it.

export const WORD_CLASSES = {
${entries}
};

export type WordClass = keyof typeof WORD_CLASSES;

const byWord = new Map<string, WordClass>();
for (const [name, words] of Object.entries(WORD_CLASSES) as Array<[WordClass, string]>) {
  for (const word of words.split(/\\s+/u)) if (word) byWord.set(word, name);
}

// compromise's lexicon spells most names without their accents ("etienne", "jose"): a word
// written with them that it lacks is looked up without them, as a name only (Vietnamese "Lê",
// "Văn" are no function word or common noun)
const FOLDED = new Map([["ø", "o"], ["æ", "ae"], ["œ", "oe"], ["ß", "ss"], ["ł", "l"], ["đ", "d"], ["ı", "i"]]);
const fold = (lower: string): string => lower.normalize("NFD").replace(/\\p{M}/gu, "").replace(/[øæœßłđı]/gu, (c) => FOLDED.get(c)!);

/** The class compromise's lexicon gives a lower-case word (or the word without its accents), or undefined. */
export const wordClass = (lower: string): WordClass | undefined => byWord.get(lower) ?? (/[^a-z0-9'’.-]/u.test(lower) ? foldedName(lower) : undefined);

function foldedName(lower: string): WordClass | undefined {
  const found = byWord.get(fold(lower));
  return found === "givenName" || found === "surname" ? found : undefined;
}

/** Is a lower-case word a given name or a surname in the lexicon? */
export const isNameWord = (lower: string): boolean => {
  const kind = wordClass(lower);
  return kind === "givenName" || kind === "surname";
};

/** ${PLACE_TAGS.join(", ")} of several words, lower case. */
const PLACE_PHRASES = new Set(
  \`
${wrapPipes(phrases)}
  \`
    .replace(/\\s+/gu, " ")
    .split("|")
    .map((phrase) => phrase.trim()),
);

/** Whether a lower-case phrase of several words names a place (\`abu dhabi\`). */
export const isPlacePhrase = (lower: string): boolean => PLACE_PHRASES.has(lower);
`;
}

test("the word classes are compromise's lexicon as installed", () => {
  const expected = source(fromCompromise());
  if (process.env.UPDATE_WORD_CLASSES) writeFileSync(file, expected);
  expect(readFileSync(file, "utf8")).toBe(expected);
});

test.each([
  ["abu dhabi", true],
  ["addis ababa", true],
  ["ahmed hassan", false],
])("%s is a place phrase: %s", (phrase, expected) => {
  expect(isPlacePhrase(phrase)).toBe(expected);
});

test.each([
  ["maria", "givenName"],
  ["ivan", "givenName"],
  ["petrov", "surname"],
  ["tashkent", "place"],
  ["mongolia", "place"],
  ["however", "function"],
  ["meanwhile", "adverb"],
  ["ministry", undefined],
  ["subsequently", undefined],
])("%s is %s", (word, kind) => {
  expect(wordClass(word)).toBe(kind);
});
