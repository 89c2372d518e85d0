import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findCalendarDates, isoDay, monthStarts } from "../../src/text/calendar.js";

const first = (s: string) => {
  const d = findCalendarDates(s)[0];
  return d ? { text: s.slice(d.start, d.end), year: d.year, month: d.month, day: d.day } : null;
};

describe("findCalendarDates", () => {
  test.each([
    ["June 17, 2025", 2025, 6, 17],
    ["17 June 2025", 2025, 6, 17],
    ["14th September 2022", 2022, 9, 14],
    ["Friday, October 27, 2023", 2023, 10, 27],
    ["April 17 , 2017", 2017, 4, 17],
    ["Sept. 6", null, 9, 6],
    ["Nov. 3", null, 11, 3],
    ["2025-06-17", 2025, 6, 17],
    ["17.06.2025", 2025, 6, 17],
    ["22.02.20", 2020, 2, 22],
    ["14/07/2021", 2021, 7, 14],
    ["8/19/2024 9:25:30 AM", 2024, 8, 19],
    // the short date of most locales pads its numbers, day first; the unpadded US one is month first
    ["Published on 09/05/2024 - 11:40", 2024, 5, 9],
    ["Posted 11/02/2023", 2023, 2, 11],
    ["updated 3/4/2022 at noon", 2022, 3, 4],
    ["10/6/2021", 2021, 10, 6],
    // the year first with slashes
    ["Publish Date: 2025/04/27 - 11:42", 2025, 4, 27],
    ["2024/9/5", 2024, 9, 5],
    // a page writes one order: a date over 12 on the same line settles the others
    ["from 03/04/2024 to 25/04/2024", 2024, 4, 3],
    ["from 03/04/2024 to 04/25/2024", 2024, 3, 4],
    ["vendredi, août 22, 2025", 2025, 8, 22],
    ["February 2025", 2025, 2, null],
    // an agency's dateline: the year after a slash
    ["Addis Ababa, March 4/2025 (ENA)", 2025, 3, 4],
    ["Nairobi, Oct. 21/2024", 2024, 10, 21],
    ["9. 10. 2025", 2025, 10, 9],
    // a Spanish-speaking site's date
    ["Lima, 2 de diciembre de 2023", 2023, 12, 2],
    ["15 de julio de 2024", 2024, 7, 15],
  ])("%s", (s, year, month, day) => {
    expect(first(s)).toMatchObject({ year, month, day });
  });

  test.each([
    ["19:42"],
    ["the 22nd meeting"],
    ["31.02.2024"], // no such day
    ["for 30 years"],
    ["13/13/2020"],
    ["Vision 2030"],
    ["May be signed"],
    ["version 2.5.1"],
    // a slash that is no year's
    ["March 3/4 sessions"],
    ["items 1. 2. 20 firms"],
    ["Julio Cortez spoke two years ago"],
  ])("finds no date in «%s»", (s) => {
    expect(findCalendarDates(s).filter((d) => d.day !== null)).toEqual([]);
  });
});

describe("findCalendarDates: the span of a date", () => {
  test.each([
    ["The agency dated it 2022 Nov. 17 in its log.", "2022 Nov. 17"],
    ["CHATTOGRAM, May 24: A memorandum was signed.", "May 24"],
    ["The talks were held on 6 November.", "6 November"],
    ["The visit began on Sept. 6.", "Sept. 6"],
    ["Signed on June 17th, 2025 in Astana.", "June 17th, 2025"],
  ])("%s → %s", (s, text) => {
    expect(first(s)?.text).toBe(text);
  });

  test.each([
    ["The session opened at May 5:30 local time."],
    ["The 2022 budget was adopted on the 17th."],
  ])("no full day in «%s»", (s) => {
    expect(findCalendarDates(s).filter((d) => d.day !== null && d.year !== null)).toEqual([]);
  });
});

describe("isoDay", () => {
  test.each([
    [{ year: 2025, month: 6, day: 7 }, undefined, "2025-06-07"],
    [{ year: null, month: 5, day: 12 }, undefined, "--05-12"],
    [{ year: null, month: 5, day: 12 }, "2025-06-01", "2025-05-12"],
    // the nearest year to the reference, not blindly the reference's year
    [{ year: null, month: 12, day: 30 }, "2025-01-03", "2024-12-30"],
    [{ year: null, month: 1, day: 2 }, "2024-12-30", "2025-01-02"],
  ])("%o with reference %s → %s", (date, ref, expected) => {
    expect(isoDay(date, ref)).toBe(expected);
  });
});

describe("monthStarts", () => {
  test.each([
    ["On June 17 and 18", [3]],
    ["vendredi, août 22, 2025 – DÉCEMBRE", [10, 26]],
    ["in mid-June, Sept. 6", [7, 13]],
    // inside words and numbers: not a month name, though `Marseille` starts like one
    ["Amarillo, 12jan, Xmay", []],
    ["Marseille, may", [0, 11]],
    ["", []],
  ])("%j → %j", (s, starts) => {
    expect(monthStarts(s)).toEqual(starts);
  });
});

describe("monthStarts", () => {
  // the pattern the plain searches stand for: a month's first three letters, not inside a word
  const MONTH_PREFIX = /j(?:an|u[nli])|f(?:e(?:b|v)|év)|ma[ryi]|a(?:pr|ug|vr|o(?:û|u)|br|go)|sep|oct|nov|d(?:ec|éc|ic)|ene/gi;
  const byPattern = (s: string) => [...s.matchAll(MONTH_PREFIX)].map((m) => m.index).filter((at) => at === 0 || !/[\p{L}\d]/u.test(s[at - 1]!));

  test("finds where the month pattern finds, in any case, next to any letter", () => {
    const unit = fc.constantFrom("j", "a", "n", "M", "A", "R", "y", "s", "e", "p", "D", "é", "É", "c", "v", "o", "û", "1", " ", ".", "İ", "ſ", "b", "g", "i");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (s) => {
        expect(monthStarts(s)).toEqual(byPattern(s));
      }),
      { numRuns: 3000 },
    );
  });
});
