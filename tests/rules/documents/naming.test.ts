// Whether a phrase names a document, and how many: a name, a count, a word that refers back, a
// statement, a plural head over its subjects. documentPhrases reads the phrases of one sentence
// (whether it reports a signing is another file's question). Invented sentences.
import { describe, expect, test } from "vitest";
import { documentPhrases } from "../../../src/rules/documents/phrases.js";

const named = (sentence: string) => documentPhrases(sentence, 0, sentence.length).map((p) => p.title);

describe("a name is kept, a count or a reference is not", () => {
  test.each([
    ["They signed a joint declaration on the Arctic.", ["a joint declaration on the Arctic"]],
    ["They signed the Lisbon Declaration.", ["the Lisbon Declaration"]],
    // counts
    ["They signed 15 agreements.", []],
    ["They signed a number of bilateral documents.", []],
    ["They signed several memoranda and agreements.", []],
    // a count that names as many subjects as it says
    ["They signed three memoranda regarding fisheries, forestry and water.", ["memoranda regarding fisheries", "memoranda regarding forestry", "memoranda regarding water"]],
    // references back
    ["This memorandum opens a new chapter.", []],
    ["The Memorandum was welcomed.", []],
    // a weak head needs a name or a complement
    ["The minister said in a statement that talks went well.", []],
    ["The ministry plans to open an office.", []],
    ["They signed a joint statement.", ["a joint statement"]],
    // a programme of study
    ["They launched a joint master's programme in logistics.", []],
  ])("%s", (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe("a plural head over coordinated subjects: one document each", () => {
  test.each([
    ["They signed memorandums on ports and on railways.", ["memorandums on ports", "memorandum on railways"]],
    ["They signed agreements in the fields of mining, banking and tourism.", ["agreements in the fields of mining", "agreement in the fields of banking", "agreement in the fields of tourism"]],
    ["They signed memoranda in the textile, leather and footwear sectors.", ["memoranda in the textile sector", "memoranda in the leather sector", "memoranda in the footwear sector"]],
  ])("%s", (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});
