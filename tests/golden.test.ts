// Whole press releases (fixtures/, written for this project, one per format) against their expected
// JSON in tests/golden/. After a deliberate change of output: UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { expectOffsetsSliceBack } from "./helpers/offsets.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const golden = join(import.meta.dirname, "golden");
const names = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort();

describe("fixtures match their golden JSON", () => {
  test("every fixture has a golden file", () => {
    if (process.env.UPDATE_GOLDEN) return;
    const missing = names.filter((n) => !existsSync(join(golden, n.replace(/\.txt$/, ".json"))));
    expect(missing).toEqual([]);
  });

  test.each(names)("%s", (name) => {
    const text = readFileSync(join(fixtures, name), "utf8");
    const result = extract(text, { path: `fixtures/${name}` });
    expectOffsetsSliceBack(text, result);
    const file = join(golden, name.replace(/\.txt$/, ".json"));
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
    expect(result).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
