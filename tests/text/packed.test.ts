import { describe, expect, it } from "vitest";
import { packedMap } from "../../src/text/packed.js";

describe("packedMap", () => {
  it("gives what map gives, with the index", () => {
    const words = ["accord", "treaty", "protocol"];
    expect(packedMap(words, (w, i) => `${i}:${w.toUpperCase()}`)).toEqual(["0:ACCORD", "1:TREATY", "2:PROTOCOL"]);
  });

  it("gives a new empty array for an empty input", () => {
    const empty: number[] = [];
    const out = packedMap(empty, (n) => n * 2);
    expect(out).toEqual([]);
    expect(out).not.toBe(empty);
  });

  it("has no holes, whatever the callback returns", () => {
    const out = packedMap([1, 2, 3], (n) => (n === 2 ? undefined : n));
    expect(out).toHaveLength(3);
    expect(1 in out).toBe(true);
  });
});
