// Input nobody cleaned: every encoding and line end of the same text gives the same result, bad
// bytes are replaced and reported, hostile texts come back with valid offsets, and for any string
// at all extract() returns a result that validates against the published JSON Schema.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extract, resultSchema, type Result } from "../src/index.js";
import { decode } from "../src/cli/decode.js";
import { hostileInputs } from "../bench/hostile-inputs.mjs";
import { expectOffsetsSliceBack } from "./helpers/offsets.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const names = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(resultSchema);

/** What a result says, without where: values and texts, line ends written as LF. */
function meaning(result: Result) {
  const lf = (s: string) => s.replace(/\r\n?/gu, "\n");
  return {
    date: result.date && [result.date.value, lf(result.date.text)],
    heading: result.heading && [result.heading.source, lf(result.heading.text)],
    quotes: result.quotes.map((q) => [q.kind, lf(q.text), q.speaker?.name ?? null, q.cue]),
    documents: result.documents.map((d) => [d.type, lf(d.title), d.parties.map(lf)]),
    people: result.people.map((p) => [p.name, p.title && lf(p.title), p.mentions.length]),
    dates: result.dates.map((d) => [d.value, lf(d.text)]),
  };
}

const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe("every encoding and line end of a text gives the same result", () => {
  test.each(names)("%s", (name) => {
    const original = readFileSync(join(fixtures, name), "utf8");
    const lf = original.replace(/\r\n?/gu, "\n");
    const expected = extract(lf);
    const variants: Array<[string, Buffer]> = [
      ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)])],
      ["UTF-16 LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, "utf16le")])],
      ["UTF-16 BE", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(lf)])],
      ["CRLF", Buffer.from(lf.replace(/\n/gu, "\r\n"))],
      ["CR", Buffer.from(lf.replace(/\n/gu, "\r"))],
    ];
    for (const [label, bytes] of variants) {
      const decoded = decode(bytes, name);
      const result = extract(decoded.text);
      expectOffsetsSliceBack(decoded.text, result);
      expect(decoded.warnings, label).toEqual([]);
      expect(meaning(result), label).toEqual(meaning(expected));
      // the encodings that keep the text's characters keep its offsets too
      if (!label.startsWith("CR")) expect({ ...result, source: null }, label).toEqual({ ...expected, source: null });
    }
  });
});

describe("bytes that are not clean text", () => {
  test("invalid UTF-8 is replaced and reported, and the rest is still extracted", () => {
    const bytes = Buffer.concat([Buffer.from("date 2024-02-03 Ministers met in Astana "), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(" on Monday.")]);
    const decoded = decode(bytes, "bad.txt");
    expect(decoded.warnings.map((w) => w.code)).toEqual(["INVALID_UTF8"]);
    expect(decoded.text).toContain("\uFFFD");
    const result = extract(decoded.text);
    expect(result.date?.value).toBe("2024-02-03");
    expect(result.heading?.text).toMatch(/^Ministers met in Astana .* on Monday\.$/u);
  });

  test.each([
    ["NUL bytes", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])],
    ["control characters", Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])("binary content (%s) is refused by name", (_label, bytes) => {
    expect(() => decode(bytes, "photo.jpg.txt")).toThrow(/photo\.jpg\.txt: binary content/u);
  });

  test.each([
    ["plain ASCII", Buffer.from("Talks were held.")],
    ["tabs and form feeds", Buffer.from("Talks\twere\fheld.\n")],
    ["an empty file", Buffer.alloc(0)],
  ])("text (%s) is not taken for binary", (_label, bytes) => {
    expect(decode(bytes, "ok.txt").text).toBe(bytes.toString("utf8"));
  });
});

describe("hostile texts come back with a valid result", () => {
  test.each(Object.keys(hostileInputs))("%s", (name) => {
    const text = (hostileInputs as Record<string, (n: number) => string>)[name]!(20_000);
    const result = extract(text);
    expectOffsetsSliceBack(text, result);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });
});

// Pieces of press releases, so that random texts reach the rules and not only their first checks.
const piece = fc.constantFrom(
  "date 2025-06-17 ", "President ", "Xi Jinping", " noted that ", "«", "»", "“", "”", "\"", "'", "’",
  " the following documents were signed:\n", "- ", "• ", "1. ", "a) ", "An agreement on trade", ";", ",", ".", "\n", "\r\n",
  "MOSCOW, November 28. /TASS/. ", "BEIJING, May 13 (Xinhua) -- ", "By Demir Azizov – Trend:", " on Monday", " June 17, 2025",
  "17.06.2025", " 2022-2025", "Mr. ", "M. Jagadesh Kumar", " signed a memorandum of understanding between ", " and ", "🌍", "\uFEFF",
  " he said.", " the head of state emphasized.", " will sign ", " Memorandums on ", "U.S. ", "(MENAFN) ", ":", " – ",
);
const pressReleaseLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("for any string", () => {
  const check = (text: string) => {
    const result = extract(text);
    expectOffsetsSliceBack(text, result);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(result));
  };

  test("of any characters, extract returns a valid result whose offsets slice back", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), check), { numRuns: 300, seed: 20261127 });
  });

  test("made of press-release pieces, extract returns a valid result whose offsets slice back", () => {
    fc.assert(fc.property(pressReleaseLike, check), { numRuns: 400, seed: 20261127 });
  });
});
