// A speech verb in the passive with a thing or `this` as its subject (`This was announced by X`,
// `it was stated by the ministry that …`, `journalists were told by X that …`): its agent speaks,
// and a pronoun after it points back to the agent. A person as the passive subject stays the one
// the story is about.
import { describe, expect, test } from "vitest";
import { extract } from "../../../src/index.js";

const speakers = (text: string) => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("the agent of a passive speech verb", () => {
  test.each([
    [
      "President Omar Nasser will travel to Rabat next week. This was announced on Tuesday at a briefing by the spokeswoman of the ministry Lina Haddad. According to her, the visit will last two days.",
      [["the visit will last two days", "Lina Haddad"]],
    ],
    [
      "President Omar Nasser will open the fair. The programme was announced on Friday by the spokeswoman of the ministry Lina Haddad. According to her, forty firms will take part.",
      [["forty firms will take part", "Lina Haddad"]],
    ],
    [
      "It was stated by the Ministry of Energy that the new line would be finished in May.",
      [["the new line would be finished in May", "Ministry of Energy"]],
    ],
    [
      "Journalists were told by Deputy Minister Ivo Petrov that exports had doubled since January.",
      [["exports had doubled since January", "Ivo Petrov"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    // no agent: nobody is named
    ["It was noted that the new line would be finished in May.", [["the new line would be finished in May", null]]],
    // a person as the passive subject: `he` goes on being that person
    [
      "President Omar Nasser was informed on Monday by Minister Karim Said about the harvest. He said that the state would buy more grain.",
      [["the state would buy more grain", "Omar Nasser"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
