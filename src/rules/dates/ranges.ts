// Ranges of days, months and years: `April 18-19`, `September 14 to 16, 2022`, `18-21 June 2018`,
// `from 5 to 7 February 2025`, `between 5 and 7 June`, `19.10- 24.10.2009`, `17-18.06.2025`, `June/July 2014`, `2022-2025`, `2015-18`.
// Normalized as an ISO interval "A/B" (SPEC: dates).
import { matchesAtMonths, MONTH, monthNumber, monthStarts, valid } from "../../text/calendar.js";
import type { DateCandidate } from "./candidate.js";
import { dayValue, monthValue, type Reference } from "./reference.js";

// What joins the two ends: a dash (spaced or not), or a word. `and` only joins two days in a row
// (`December 13 and 14`); `May 1 and 9` are two dates.
const JOIN = String.raw`(?:\s?[-–—]\s?|\s(?<word>to|and|until|till|through|thru)\s)`;
const ORDINAL = "(?:st|nd|rd|th)?";
const YEAR = "(?:19|20)\\d\\d";

/** `April 18-19`, `September 14 to 16, 2022`, `Apr. 4-5` */
const MONTH_DAYS = new RegExp(
  `(?<![\\p{L}\\d])(?<month>${MONTH})\\.?\\s(?<d1>\\d{1,2})${ORDINAL}${JOIN}(?<d2>\\d{1,2})${ORDINAL}(?![\\d:])(?:,?\\s(?<year>${YEAR})(?!\\d))?`,
  "diuy",
);
/** `18-21 June 2018`, `5 to 7 February 2025` */
const DAYS_MONTH = new RegExp(
  `(?<![\\p{L}\\d.,])(?<d1>\\d{1,2})${ORDINAL}${JOIN}(?<d2>\\d{1,2})${ORDINAL}\\s(?:of\\s)?(?<month>${MONTH})\\.?(?:,?\\s(?<year>${YEAR})(?!\\d))?(?!\\p{L})`,
  "dgiu",
);
/** `19.10- 24.10.2009`: two dotted days sharing the year of the second. */
const DOTTED_DAYS = new RegExp(
  `(?<![\\d.])(?<d1>\\d{1,2})\\.(?<m1>\\d{1,2})\\.?\\s?[-–—]\\s?(?<d2>\\d{1,2})\\.(?<m2>\\d{1,2})\\.(?<year>${YEAR})(?!\\d)`,
  "g",
);
/** `17-18.06.2025`: two days of one dotted month. */
const DAYS_DOTTED_MONTH = new RegExp(
  `(?<![\\d.])(?<d1>\\d{1,2})\\s?[-–—]\\s?(?<d2>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<year>${YEAR})(?!\\d)`,
  "g",
);
/** `between 5 and 7 June`: `and` joins any two days after `between`. */
const BETWEEN_BEFORE = /\bbetween\s$/i;
/** `June/July 2014`, `May-June 2025`, and with a dash the year may be the text's: `January-September` */
const MONTHS_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(?<m1>${MONTH})\\.?(?:(?<dash>\\s?[-–—]\\s?)|\\s?/\\s?|\\sto\\s)(?<m2>${MONTH})\\.?(?:,?\\s(?<year>${YEAR})(?!\\d))?(?![\\p{L}\\d])`,
  "iuy",
);
/** `2022-2025`, `2018–2024`, `2015-18`, `2028-29`, `2022 to 2025`; not `2022-06-01`. */
const YEARS = new RegExp(
  `(?<![\\p{L}\\d.,/:-])(?<y1>${YEAR})(?:\\s?[-–—/]\\s?|\\sto\\s)(?<y2>${YEAR}|\\d\\d)(?![\\d:-]|[.,]\\d)`,
  "giu",
);

const capitalized = (s: string) => /^\p{Lu}/u.test(s);

function interval(a: string | null, b: string | null): string | null {
  return a && b ? `${a}/${b}` : null;
}

export function dateRanges(text: string, ref: Reference): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (start: number, end: number, value: string | null) => {
    if (value) found.push({ start, end, value, kind: "range" });
  };
  const starts = monthStarts(text);
  for (const matches of [matchesAtMonths(MONTH_DAYS, text, starts), text.matchAll(DAYS_MONTH)]) {
    for (const m of matches) {
      const g = m.groups!;
      if (!capitalized(g.month!)) continue;
      const month = monthNumber(g.month!)!;
      const d1 = Number(g.d1), d2 = Number(g.d2);
      const year = g.year ? Number(g.year) : null;
      if (d2 <= d1 || !valid(year, month, d1) || !valid(year, month, d2)) continue;
      const [first, second] = [dayValue(year, month, d1, ref), dayValue(year, month, d2, ref)];
      const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
      if (g.word === "and" && d2 !== d1 + 1 && !between) {
        // `May 1 and 9`, `1 and 9 May`: two days, each its own mention
        const [, d1End] = m.indices!.groups!.d1!;
        const [d2Start] = m.indices!.groups!.d2!;
        found.push({ start: m.index, end: d1End, value: first, kind: "explicit" });
        found.push({ start: d2Start, end: m.index + m[0].length, value: second, kind: "explicit" });
        continue;
      }
      add(m.index, m.index + m[0].length, interval(first, second));
    }
  }
  for (const m of text.matchAll(DOTTED_DAYS)) {
    const g = m.groups!;
    const year = Number(g.year);
    const [d1, m1, d2, m2] = [g.d1, g.m1, g.d2, g.m2].map(Number) as [number, number, number, number];
    if (!valid(year, m1, d1) || !valid(year, m2, d2) || m2 * 100 + d2 <= m1 * 100 + d1) continue;
    add(m.index, m.index + m[0].length, interval(dayValue(year, m1, d1, ref), dayValue(year, m2, d2, ref)));
  }
  for (const m of text.matchAll(DAYS_DOTTED_MONTH)) {
    const g = m.groups!;
    const [d1, d2, month, year] = [g.d1, g.d2, g.m, g.year].map(Number) as [number, number, number, number];
    if (d2 <= d1 || !valid(year, month, d1) || !valid(year, month, d2)) continue;
    add(m.index, m.index + m[0].length, interval(dayValue(year, month, d1, ref), dayValue(year, month, d2, ref)));
  }
  for (const m of matchesAtMonths(MONTHS_YEAR, text, starts)) {
    const g = m.groups!;
    if (!capitalized(g.m1!) || !capitalized(g.m2!)) continue;
    if (!g.year && !g.dash) continue;
    const year = g.year ? Number(g.year) : null;
    const [m1, m2] = [monthNumber(g.m1!)!, monthNumber(g.m2!)!];
    if (m2 <= m1) continue;
    // "in January-May.": without a year after it, the full stop ends the sentence
    const end = m.index + m[0].length - (!g.year && m[0].endsWith(".") ? 1 : 0);
    add(m.index, end, interval(monthValue(year, m1, ref), monthValue(year, m2, ref)));
  }
  for (const m of text.matchAll(YEARS)) {
    const g = m.groups!;
    const y1 = Number(g.y1);
    const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
    // a span of a few decades at most: `1945-2025` is a range, `2019-20` too, `2020-15` is not
    if (y2 <= y1 || y2 - y1 > 100) continue;
    add(m.index, m.index + m[0].length, `${y1}/${y2}`);
  }
  return found;
}
