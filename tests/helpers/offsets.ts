// One check for every test: every item a result reports slices back, by its code point offsets,
// to its own text (SPEC: Offsets).
import { expect } from "vitest";
import { sliceCodePoints } from "../../src/text/offsets.js";
import type { Result } from "../../src/types.js";

export function expectOffsetsSliceBack(text: string, result: Result): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const withText = [
    result.date,
    result.heading,
    ...result.quotes,
    ...result.quotes.map((q) => q.speaker),
    ...result.documents,
    ...result.dates,
  ].filter((item) => item !== null);
  for (const item of withText) {
    expect(item.start, `start of «${item.text}»`).toBeLessThanOrEqual(item.end);
    expect(sliceCodePoints(body, item.start, item.end)).toBe(item.text);
  }
  const length = [...body].length;
  for (const person of result.people) {
    expect(person.mentions.length, `mentions of ${person.name}`).toBeGreaterThan(0);
    for (const m of person.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(length);
      expect(m.start).toBeLessThan(m.end);
    }
  }
}
