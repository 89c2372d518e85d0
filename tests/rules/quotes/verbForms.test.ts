// src/rules/quotes/verbForms.ts is compromise's lexicon cut down to the verb forms the reported-speech
// rule asks about ("is `grew` a past tense?"), so that a run asks in constant time without loading
// compromise (about 300 ms, then milliseconds per sentence). This test keeps the two equal: after an
// upgrade of compromise, UPDATE_VERB_FORMS=1 npx vitest run tests/rules/quotes/verbForms.test.ts
// writes the file anew.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "vitest";
import { verbForm } from "../../../src/rules/quotes/verbForms.js";

const file = join(import.meta.dirname, "..", "..", "..", "src", "rules", "quotes", "verbForms.ts");

// compromise's tags, by the form the clause test wants to know; the first form a word has wins
const FORMS: Array<[name: string, tags: string[], doc: string]> = [
  ["past", ["PastTense"], "a past tense: `grew`, `signed` (regular ones are participles too)"],
  ["present", ["PresentTense"], "a third-person present: `offers`, `needs`"],
  ["participle", ["Participle"], "an irregular past participle: `grown`, `taken`"],
  ["base", ["Infinitive"], "a base form, finite after a plural subject: `share`, `plan`"],
];

function fromCompromise(): Record<string, string[]> {
  const nlp = createRequire(import.meta.url)("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const byForm: Record<string, string[]> = Object.fromEntries(FORMS.map(([name]) => [name, []]));
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word)) continue;
    const own = new Set([tags].flat());
    const found = FORMS.find(([, wanted]) => wanted.some((tag) => own.has(tag)));
    if (found) byForm[found[0]]!.push(word);
  }
  for (const words of Object.values(byForm)) words.sort();
  return byForm;
}

function source(byForm: Record<string, string[]>): string {
  const wrap = (words: string[]) => words.join(" ").replace(/(.{1,96})(?: |$)/gu, "    $1\n").trimEnd();
  const entries = FORMS.map(([name, tags, doc]) => `  /** ${doc} (${tags.join(", ")}) */\n  ${name}: \`\n${wrap(byForm[name]!)}\n  \`,`).join("\n");
  return `// Generated from compromise's lexicon by tests/rules/quotes/verbForms.test.ts — do not edit by hand.
// Single lower-case words by the verb form compromise gives them, for constant-time lookups.

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
`;
}

test("the verb forms are compromise's lexicon as installed", () => {
  const expected = source(fromCompromise());
  if (process.env.UPDATE_VERB_FORMS) writeFileSync(file, expected);
  expect(readFileSync(file, "utf8")).toBe(expected);
});

test.each([
  ["grew", "past"],
  ["signed", "past"],
  ["offers", "present"],
  ["grown", "participle"],
  ["share", "base"],
  ["minister", undefined],
  ["the", undefined],
])("%s is %s", (word, form) => {
  expect(verbForm(word)).toBe(form);
});
