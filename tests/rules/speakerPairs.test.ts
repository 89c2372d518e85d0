// `they` after two people named together as the subject of a clause (`President A and his
// Chilean counterpart B held talks. They said …`) speaks for both: `A and B`. Whole texts, people
// found by the people rule.
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";

const speakers = (text: string) => extract(text).quotes.map((q) => [q.speaker?.text ?? null, q.speaker?.name ?? null]);

describe("they after two people named together", () => {
  test.each([
    [
      "SANTIAGO, June 3. President Anna Berg and her Chilean counterpart Tomas Silva held talks at La Moneda.\n\nThey said the visit had opened a new chapter in relations.",
      [["They", "Anna Berg and Tomas Silva"]],
    ],
    [
      "Prime Minister Lars Holm and President Mira Kovac met in Oslo on Monday. They noted that the new ferry line would open in spring.",
      [["They", "Lars Holm and Mira Kovac"]],
    ],
    [
      "On Friday, Foreign Minister Ana Costa and Minister of Trade Ivo Petrov opened the business forum. They told reporters the fair would become an annual event.",
      [["They", "Ana Costa and Ivo Petrov"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    // one met the other: no pair is the subject, and `they` is not guessed (no speaker)
    ["President Anna Berg received Tomas Silva, the Chilean envoy, in Santiago. They said the visit had opened a new chapter.", [[null, null]]],
    // the group named after the pair is the nearer one
    [
      "President Anna Berg and her counterpart Tomas Silva met in Santiago. Later the two delegations held a plenary session. They said the talks had been useful.",
      [["They", "two delegations"]],
    ],
    // a pair inside somebody's words is not the story's subject
    [
      "\"Anna Berg and Tomas Silva opened the fair,\" the mayor said. They said the fair would grow.",
      [["the mayor", "mayor"], [null, null]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a later \"they\" with no group named near it", () => {
  test("stands for the pair the last \"they\" stood for", () => {
    const text =
      "President Ana Ruiz and her Chilean counterpart Pablo Soto met in Lima on Monday.\n\nThey said the two countries would open a new border crossing.\n\n" +
      "The crossing will serve trucks and buses. Customs officers will be trained in Arica. The new road was built in two years.\n\n" +
      "The port of Callao will handle most of the new cargo, and its dock workers had gathered there since the morning.\n\n" +
      "They said Peru and Chile will expand trade in fruit and copper.";
    const speakers = extract(text).quotes.map((q) => q.speaker?.name ?? null);
    expect(speakers).toEqual(["Ana Ruiz and Pablo Soto", "Ana Ruiz and Pablo Soto"]);
  });
});
