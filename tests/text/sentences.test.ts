import { describe, expect, test } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  // rows that must split where the full stop ends a sentence
  test.each([
    ["The talks ended. A statement was adopted.", ["The talks ended.", "A statement was adopted."]],
    ["They met on May 22.The host welcomed him.", ["They met on May 22.", "The host welcomed him."]],
    ["It fosters research.Prof Lee signed it.", ["It fosters research.", "Prof Lee signed it."]],
    ["Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]],
    ["He said: «We agree.» Then he left.", ["He said: «We agree.»", "Then he left."]],
    ["Talks began at 5 p.m. The leaders then met the press.", ["Talks began at 5 p.m.", "The leaders then met the press."]],
    ["He visited the U.S. The trip lasted a week.", ["He visited the U.S.", "The trip lasted a week."]],
    ["“We agree,” he said. “It is good.”", ["“We agree,” he said.", "“It is good.”"]],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  // rows that must not split
  test.each([
    ["Chairman M. Jagadesh Kumar attended the ceremony."],
    ["Trade grew by 2.5 percent in 2024."],
    ["Mr. Putin and Dr. Rahmon met in No. 5 hall."],
    ["The U.S. delegation arrived on Sept. 6 in Tashkent."],
    ["Antony J. Blinken met H.E. Mr. Sardor Umurzakov today."],
    ["\"Thank you Mr President. I think he realised I was struggling,\" Ruto said."],
    ["«We value this. It already yields results!» the head of state noted."],
    ["President Kh.Battulga met Davaasuren.Ts in Ulaanbaatar."],
    ["PanARMENIAN.Net reported the visit."],
    ["The talks ended at 5 p.m. and the leaders left."],
  ])("keeps «%s» whole", (text) => {
    expect(split(text)).toEqual([text]);
  });

  test("a quote never closed does not swallow the rest of the text", () => {
    const text = `He said: "We agree. ${"Trade grows. ".repeat(80)}The end.`;
    const sentences = split(text);
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences[sentences.length - 1]).toBe("The end.");
  });

  test("offsets are the sentence's place in the text", () => {
    const text = "  First one.  Second one.  ";
    expect(splitSentences(text, 0, text.length)).toEqual([
      { start: 2, end: 12 },
      { start: 14, end: 25 },
    ]);
  });
});
