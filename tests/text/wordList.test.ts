import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { alternation } from "../../src/text/wordList.js";

const whole = (words: string[], flags = "") => new RegExp(`^(?:${alternation(words)})$`, flags);
const first = (words: string[], s: string) => new RegExp(alternation(words), "g").exec(s)?.[0] ?? null;

describe("alternation", () => {
  test.each([
    [["said", "says", "say"], "sa(?:id|y(?:s)?)"],
    [["may", "mai", "march"], "ma(?:y|i|rch)"],
    [["a.b", "c|d"], "(?:a\\.b|c\\|d)"],
  ])("%j is the prefix tree %s", (words, source) => {
    expect(alternation(words)).toBe(source);
  });

  test.each([
    [["say", "says", "saying"], "she says so", "says"],
    [["jun", "june"], "in June 2025", null],
    [["jun", "june"], "in june 2025", "june"],
    [["note", "noted"], "he noted", "noted"],
    [["note", "noted"], "a notebook", "note"],
  ])("%j in %j matches %j, the longest word first", (words, s, expected) => {
    expect(first(words, s)).toBe(expected);
  });

  test("matches exactly the words of the list, and nothing else", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", ".", "-", "é"), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(word, { maxLength: 12 }), (words, others) => {
        for (const flags of ["", "u"]) {
          const re = whole(words, flags);
          for (const w of words) expect(re.test(w)).toBe(true);
          for (const o of others) expect(re.test(o)).toBe(words.includes(o));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("builds a regex under the u and v flags too, whatever the words", () => {
    const words = ["mid-", "a.b", "c|d", "(e)", "[f]", "g/h", "i{2}", "^j$", "k*+?", "l\\m"];
    for (const flags of ["u", "v"]) {
      const re = new RegExp(`^(?:${alternation(words)})$`, flags);
      for (const w of words) expect(re.test(w)).toBe(true);
      expect(re.test("mid")).toBe(false);
    }
  });

  test("no words: a regex that matches nothing", () => {
    expect(new RegExp(alternation([])).test("")).toBe(false);
    expect(new RegExp(alternation([])).test("anything")).toBe(false);
  });

  test("case is left to the flags", () => {
    expect(whole(["june"]).test("June")).toBe(false);
    expect(whole(["june"], "i").test("June")).toBe(true);
  });
});
