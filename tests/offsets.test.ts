import { describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { codePointIndexer, sliceCodePoints } from "../src/text/offsets.js";
import { expectOffsetsSliceBack } from "./helpers/offsets.js";

describe("code point offsets", () => {
  test("are string indices when the text has no astral characters", () => {
    const at = codePointIndexer("Tashkent — «Road Maps»");
    expect([0, 5, 22].map(at)).toEqual([0, 5, 22]);
  });

  test("count an astral character once", () => {
    const text = "a🌍b𝐀c";
    const at = codePointIndexer(text);
    expect(at(text.indexOf("b"))).toBe(2);
    expect(at(text.indexOf("c"))).toBe(4);
    expect(at(text.length)).toBe(5);
  });

  test("of a heading after an emoji slice back as a Python or spread user would", () => {
    const text = "🌍🌍 Leaders launch the “Green Silk Road” 🌍 initiative\n\nSamarkand, May 12 – Leaders met.";
    const result = extract(text);
    expectOffsetsSliceBack(text, result);
    const title = "🌍🌍 Leaders launch the “Green Silk Road” 🌍 initiative";
    expect(result.heading).toMatchObject({ text: title, start: 0, end: [...title].length });
    expect([...title].length).toBeLessThan(title.length);
    expect(result.date).toMatchObject({ value: "--05-12", text: "May 12" });
    expect(sliceCodePoints(text, result.date!.start, result.date!.end)).toBe("May 12");
    expect(result.date!.start).toBe(text.indexOf("May 12") - 3); // three astral characters before it
  });

  test("count from after a byte order mark", () => {
    const result = extract("\uFEFFdate 2025-01-02 Talks were held in Baku.");
    expect(result.date).toMatchObject({ start: 0, end: 15, text: "date 2025-01-02" });
  });
});
