import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { letterAt, wordCount } from "../../src/text/letters.js";

const unit = fc.constantFrom("a", "Z", "é", "Ж", "\u0301", "7", "'", "’", "-", ".", " ", "\n", "“", "\u00a0", "𝐀", "\ud835", "\udc00", "ß", "中", "|");

describe("letters", () => {
  test("wordCount counts the matches of the word regex it stands for", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (s) => {
        expect(wordCount(s)).toBe((s.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).length);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ["Home | News", 2],
    ["Kassym-Jomart Tokayev’s visit", 3],
    ["— 12:40 —", 0],
    ["é\u0301t\u0301é", 1],
  ])("%s has %i words", (s, n) => {
    expect(wordCount(s)).toBe(n);
  });

  test("tells letters, combining marks and astral letters from the rest", () => {
    expect(["a", "\u0301", "𝐀", "“", "7"].map((c) => letterAt(c, 0))).toEqual([1, 1, 2, 0, 0]);
    expect(letterAt("\u0301", 0, false)).toBe(0);
  });
});
