import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { asciiPattern } from "../../src/text/asciiPattern.js";

const matches = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))].map((m) => `${m.index}:${m[0]}`);

describe("asciiPattern", () => {
  const pattern = /\b(?:signed|asks?|kept)\b/giu;
  const twin = asciiPattern(pattern);

  test.each([pattern, /\bs\w*k\b/giu, /[\w-]as\b/iu])("%s matches what it matches with `u`, on strings with and without the letters only `u` folds", (re) => {
    const unit = fc.constantFrom("s", "S", "ſ", "k", "K", "\u212a", "i", "g", "n", "e", "d", "a", "p", "t", " ", "-", "’", "é", "𝐀");
    const fast = asciiPattern(re);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (s) => {
        expect(matches(fast.for(s), s)).toEqual(matches(re, s));
      }),
      { numRuns: 2000 },
    );
  });

  test("runs without `u` where neither ſ nor the kelvin sign occurs, and with it where one does", () => {
    expect(twin.for("they signed it").unicode).toBe(false);
    expect(twin.for("they ſigned it").unicode).toBe(true);
    expect(twin.for("he \u212aept it").unicode).toBe(true);
  });

  test.each([
    [/\bsigned\s+(?:\S+\s+){0,2}$/iu, "\\S counts code points with u"],
    [/\bsigned[^.;]{1,20}/iu, "a negated class counts code points with u"],
    [/\bsigned.{1,20}/iu, "the dot counts code points with u"],
    [/(?<!\p{L})signed/iu, "a property escape needs u"],
    [/\bcommuniqu[eé]/iu, "a letter outside ASCII"],
  ])("keeps the Unicode pattern for %s (%s)", (re) => {
    expect(asciiPattern(re).for("they signed it")).toBe(re);
  });
});
