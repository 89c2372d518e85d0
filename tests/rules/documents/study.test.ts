// Programmes of study are not signed instruments: a word of the programme's name says it is a
// degree or a course. Invented sentences.
import { describe, expect, test } from "vitest";
import { inRelease, titles } from "../../helpers/documents.js";
import { isStudyProgramme } from "../../../src/rules/documents/study.js";

describe("programmes of study", () => {
  test.each([
    ["The rectors signed a memorandum on academic exchange, and a joint master's programme in logistics was launched.", ["a memorandum on academic exchange"]],
    ["Following the talks, the universities signed a master's programme in data science and an agreement on research.", ["an agreement on research"]],
    ["The two ministries signed an agreement on education and launched a training programme for young diplomats.", ["an agreement on education"]],
    ["The agencies signed a PhD programme on climate and a memorandum of understanding on meteorology.", ["a memorandum of understanding on meteorology"]],
    ["The sides signed a training programme for diplomats of the two foreign ministries.", []],
  ])("%s", (sentence, expected) => {
    expect(titles(inRelease(sentence))).toEqual(expected);
  });

  test.each([
    // instruments named "programme"
    ["The two ministries signed a programme of cooperation in the field of culture for 2024-2026.", ["a programme of cooperation in the field of culture for 2024-2026"]],
    ["The ministers signed the Joint Research Programme between the two academies for 2025-2027.", ["the Joint Research Programme between the two academies for 2025-2027"]],
    ["The sides signed an executive programme on youth and sports for 2024-2026.", ["an executive programme on youth and sports for 2024-2026"]],
  ])("%s", (sentence, expected) => {
    expect(titles(inRelease(sentence))).toEqual(expected);
  });

  test.each([
    ["programme", ["master's"], true],
    ["programme", ["joint", "doctoral"], true],
    ["program", ["Training"], true],
    ["programmes", ["internship"], true],
    ["programme", ["Cultural", "Exchange"], false],
    ["programme", ["Executive"], false],
    ["agreement", ["training"], false],
  ])("%s after %j is one of study: %s", (head, modifiers, expected) => {
    expect(isStudyProgramme(head, modifiers)).toBe(expected);
  });
});
