import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { extract, ExtractError, resultSchema } from "../src/index.js";
import { tag } from "../src/nlp.js";
import { ParsedText } from "../src/text/parsed.js";

describe("the library API", () => {
  test("returns every field of the contract", () => {
    const result = extract("date 2025-06-17 Talks were held in Astana.");
    expect(Object.keys(result)).toEqual([...resultSchema.required]);
    const text = "date 2025-06-17 Talks were held in Astana.";
    expect(result.source).toEqual({ path: null, bytes: 42, sha256: createHash("sha256").update(text).digest("hex") });
    for (const field of ["quotes", "documents", "people", "dates", "warnings"] as const) expect(Array.isArray(result[field])).toBe(true);
  });

  test("is deterministic", () => {
    const text = "BEIJING, May 13 (Xinhua) -- Leaders met. They talked.";
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });

  test("an empty text has no date and no heading", () => {
    expect(extract("")).toMatchObject({ date: null, heading: null });
  });

  test("refuses what it cannot use with a typed error", () => {
    expect(() => extract("x", { refDate: "17.06.2025" })).toThrow(ExtractError);
    expect(() => extract(42 as unknown as string)).toThrow(ExtractError);
  });
});

describe("the parsed form", () => {
  test("tags a span only when a rule asks, and once", () => {
    const parsed = new ParsedText("Vladimir Putin noted that trade grows. The talks ended.");
    const [first] = parsed.sentences;
    const view = parsed.nlp(first!.start, first!.end);
    expect(view.people().text()).toBe("Vladimir Putin");
    expect(parsed.nlp(first!.start, first!.end)).toBe(view);
  });

  test("groups hard-wrapped lines into one paragraph and keeps short lines apart", () => {
    const wrapped = new ParsedText("Following negotiations between the presidents of the two\ncountries, documents were signed.\nThe next line.");
    expect(wrapped.paragraphs.map((p) => wrapped.slice(p.start, p.end))).toEqual([
      "Following negotiations between the presidents of the two\ncountries, documents were signed.",
      "The next line.",
    ]);
    const chrome = new ParsedText("+32 2 346 97 47\nvendredi, août 22, 2025");
    expect(chrome.paragraphs).toHaveLength(2);
  });

  test("tag() analyses a clause with compromise", () => {
    expect(tag("The minister signed the agreement.").verbs().text()).toBe("signed");
  });
});
