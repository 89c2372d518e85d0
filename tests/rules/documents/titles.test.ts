// The titles composed for the documents of a plural head: the head in the singular with each
// document's own subject; a title across a verb. Invented names.
import { describe, expect, test } from "vitest";
import { composedTitle, singularLead, titleAcross } from "../../../src/rules/documents/titles.js";

const headIn = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word });

describe("the lead of a composed title", () => {
  test.each([
    ["three bilateral agreements", 6, "agreements", "bilateral agreement"],
    ["two memorandums of understanding", 4, "memorandums of understanding", "memorandum of understanding"],
    ["two MoUs", 4, "MoUs", "MoU"],
    // "memoranda" and "treaties" stay as written: every word must stand in the span
    ["the memoranda", 4, "memoranda", "memoranda"],
    ["several new treaties", 8, "treaties", "new treaties"],
  ])("%s from %i, head %s → %s", (text, nameStart, head, expected) => {
    expect(singularLead(text, nameStart, headIn(text, head))).toBe(expected);
  });
});

describe("a composed title", () => {
  test.each([
    ["agreement", "on ports", "agreement on ports"],
    ["bilateral memorandum", "in the  tourism\nsector", "bilateral memorandum in the tourism sector"],
    ["MoU", "with the Ministry of Health on vaccines", "MoU with the Ministry of Health on vaccines"],
  ])("%s + %s → %s", (lead, subject, expected) => {
    expect(composedTitle(lead, subject)).toBe(expected);
  });
});

describe("a title across a verb", () => {
  test.each([
    // the complement right after the head: as written
    ["Agreements on ports", 0, 19, 10, 10, "Agreements on ports"],
    // "Agreements were also signed on ports": the verb left out
    ["Agreements were also signed on ports", 0, 36, 10, 28, "Agreements on ports"],
  ])("%s → %s", (text, from, to, headEnd, complementFrom, expected) => {
    expect(titleAcross(text, from, to, headEnd, complementFrom)).toBe(expected);
  });
});
