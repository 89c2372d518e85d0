// Where a document phrase starts and ends: the name words left of its head, and the complement
// right of it. Invented sentences; the head is the first document noun of each.
import { describe, expect, test } from "vitest";
import { extendLeft, extendRight, trimEnd } from "../../../src/rules/documents/extent.js";
import { documentHead } from "../../../src/rules/documents/vocabulary.js";

function firstHead(text: string): { start: number; end: number; text: string } {
  documentHead.lastIndex = 0;
  const m = documentHead.exec(text)!;
  return { start: m.index, end: m.index + m[0].length, text: m[0] };
}

/** The phrase around the first head, as the text reads it. */
function phrase(text: string): string {
  const head = firstHead(text);
  const left = extendLeft(text, head.start, 0);
  const end = extendRight(text, head.end, text.length, new Set([head.start]));
  const [s, e] = trimEnd(text, left.start, end);
  return text.slice(s, e);
}

describe("the words left of the head", () => {
  test.each([
    ["The ministers signed a comprehensive strategic partnership treaty.", "a comprehensive strategic partnership treaty"],
    ["The sides signed the Tbilisi Declaration.", "the Tbilisi Declaration"],
    ["They witnessed the signing of Intergovernmental Agreement.", "Intergovernmental Agreement"],
    // a number or a breaker ends the name
    ["The sides signed 4 memoranda.", "memoranda"],
    ["They signed and exchanged memoranda.", "memoranda"],
  ])("%s → %s", (text, expected) => {
    const head = firstHead(text);
    const left = extendLeft(text, head.start, 0);
    expect(text.slice(left.start, head.end)).toBe(expected);
  });
});

describe("where the complement ends", () => {
  test.each([
    ["They signed an agreement on fisheries which enters into force in May.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries during the visit.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries on Monday.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries in the presence of the kings.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries and discussed the quotas.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries and will review it in a year.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries, opening the way to joint patrols.", "an agreement on fisheries"],
    ["They signed an agreement on fisheries under which quotas are shared.", "an agreement on fisheries"],
    ["They signed an agreement on a yearly fair, rotating between Lao Cai and Kunming.", "an agreement on a yearly fair"],
    ["They signed a memorandum on rail freight, stretching across three provinces.", "a memorandum on rail freight"],
    ["The agreement on fisheries took effect at once.", "The agreement on fisheries"],
    // what goes on
    ["They signed an agreement on fisheries and aquaculture.", "an agreement on fisheries and aquaculture"],
    ["They signed an agreement on trade in processed and frozen fish.", "an agreement on trade in processed and frozen fish"],
    ["They signed an agreement on the protection of investments made abroad.", "an agreement on the protection of investments made abroad"],
    ["They signed an agreement between the Ministry of Trade and the Chamber of Commerce.", "an agreement between the Ministry of Trade and the Chamber of Commerce"],
    ["They signed an agreement on mining, processing and export of copper.", "an agreement on mining, processing and export of copper"],
    ["They signed an agreement on cooperation between the Ministry of Trade and the Chamber of Commerce.", "an agreement on cooperation between the Ministry of Trade and the Chamber of Commerce"],
    ["They signed an agreement on ferries running between Lao Cai and Kunming.", "an agreement on ferries running between Lao Cai and Kunming"],
  ])("%s → %s", (text, expected) => {
    expect(phrase(text)).toBe(expected);
  });
});

describe("the end of a phrase", () => {
  test.each([
    ["the Moscow Declaration and ", "the Moscow Declaration"],
    ["an agreement on ports, ", "an agreement on ports"],
    ["a memorandum on soil – ", "a memorandum on soil"],
    ["a treaty as well ", "a treaty"],
  ])("%j → %j", (text, expected) => {
    const [s, e] = trimEnd(text, 0, text.length);
    expect(text.slice(s, e)).toBe(expected);
  });
});
