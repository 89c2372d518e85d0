import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { tokenize } from "../../../src/rules/people/names.js";

// The words the tokenizer's hand-written scan must find: the regex it replaced.
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\d'’-]|\.(?=\p{L}))*\.?/gu;

describe("people tokenizer", () => {
  test("finds the words the word regex finds, on strings of letters, marks, astral letters and punctuation", () => {
    const unit = fc.constantFrom("a", "B", "é", "Ж", "\u0301", "7", "'", "’", "-", ".", " ", "\n", "“", "\u00a0", "𝐀", "\ud835", "\udc00", ",", "ß", "中");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (s) => {
        const starts = tokenize(s).map((t) => t.start);
        expect(starts).toEqual([...s.matchAll(WORD)].map((m) => m.index));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ["Kh.Battulga met him.", [["Kh.Battulga", false], ["met", false], ["him", true]]],
    ["Putin’s aide, Mr. Ivanov.", [["Putin", false], ["aide", false], ["Mr.", false], ["Ivanov", true]]],
    ["the ministers’ talks", [["the", false], ["ministers", false], ["talks", false]]],
    ["A.V.Novakov and M. Dubois", [["A.V.Novakov", false], ["and", false], ["M.", false], ["Dubois", false]]],
    ["Ана-Мария 2025 года", [["Ана-Мария", false], ["года", false]]],
  ])("%s", (text, expected) => {
    expect(tokenize(text).map((t) => [t.core, t.endsSentence])).toEqual(expected);
  });

  test("tells words parted by spaces alone from words parted by a comma or a line", () => {
    const [a, b, c, d] = tokenize("Anna  Berg, Carl\nDahl");
    expect([a!.spaced, b!.spaced, c!.spaced, d!.spaced]).toEqual([false, true, false, false]);
  });
});
