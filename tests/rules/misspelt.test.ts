// One slip of the keyboard in a role word keeps it a role; names near a role word stay names.
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { misspeltRole, oneSlipApart } from "../../src/rules/people/misspelt.js";

const people = (text: string) => extract(text).people.map((p) => [p.name, p.title]);

describe("misspelt role words", () => {
  test.each([
    ["presdient", "president"],
    ["minster", "minister"],
    ["ambasador", "ambassador"],
    ["secretray", "secretary"],
    ["govenor", "governor"],
    ["chairmann", "chairman"],
    ["president", undefined],
    ["preston", undefined],
    ["presidency", undefined],
    ["monster", undefined],
    ["minsk", undefined],
    ["ministries", undefined],
  ])("%s → %s", (word, role) => {
    expect(misspeltRole(word)).toBe(role);
  });

  test.each([
    ["abc", "acb", true],
    ["abc", "abxc", true],
    ["abc", "ab", true],
    ["abc", "abc", false],
    ["abc", "cab", false],
    ["abcd", "ab", false],
  ])("%s and %s one slip apart: %s", (a, b, expected) => {
    expect(oneSlipApart(a, b)).toBe(expected);
  });

  test.each([
    ["The Presdient of Ghana, Kwame Asante, opened the fair.", [["Kwame Asante", "Presdient of Ghana"]]],
    ["Foreign Minster Ama Boateng met the press.", [["Ama Boateng", "Foreign Minster"]]],
    ["Ambasador Lena Hoffmann presented her credentials.", [["Lena Hoffmann", "Ambasador"]]],
    // a name a letter away from nothing in particular stays a name
    ["Preston Hale, the envoy, arrived.", [["Preston Hale", "envoy"]]],
    ["Minister Elena Monster spoke.", [["Elena Monster", "Minister"]]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
