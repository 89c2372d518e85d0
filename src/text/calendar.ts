// Explicit calendar dates as press releases write them: `June 17, 2025`, `17 June 2025`,
// `14th September 2022`, `Sept. 6`, `2025-06-17`, `17.06.2025`, `22.02.20`, `8/19/2024`,
// and the French of some scraped page chrome (`vendredi, août 22, 2025`).

import { withoutOverlaps } from "./spans.js";
import { alternation } from "./wordList.js";

export interface CalendarDate {
  /** Offsets of the expression inside the searched string. */
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
}

/** Month names and abbreviations, lower-cased, with their number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // as Spanish-speaking sites date their pages ("2 de diciembre de 2023")
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
};

/** Month names that take a full stop as abbreviations (`Sept.`, `Nov.`). */
const ABBREVIATED = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/** An alternation of every month name, longest first, so that "June" is not read as "Jun". */
export const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// The forms that open with a month name are tried only where a month name may start, found by
// one quick scan for the first three letters of every month: scanning the whole text with each
// of them, under the `u` flag their letter classes need, cost more than the rest of the dates rule.
const MONTH_PREFIX = new RegExp(alternation(new Set(Object.keys(MONTHS).map((m) => m.slice(0, 3)))), "gi");
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const DIGIT = /\d/;

/** Where a month name may start in `s`: the first letters of one, not inside a word or number. */
export function monthStarts(s: string): number[] {
  const starts: number[] = [];
  MONTH_PREFIX.lastIndex = 0;
  for (let m = MONTH_PREFIX.exec(s); m; m = MONTH_PREFIX.exec(s)) {
    if (m.index === 0 || !LETTER_OR_DIGIT.test(s[m.index - 1]!)) starts.push(m.index);
  }
  return starts;
}

/**
 * The matches of `sticky` (a regex with the `y` flag that can only match at a month name) in `s`,
 * as a global scan would find them: tried at each of `starts`, never inside the previous match.
 */
export function* matchesAtMonths(sticky: RegExp, s: string, starts: readonly number[]): Generator<RegExpExecArray> {
  // a non-sticky regex would search on from each start and find matches elsewhere
  if (!sticky.sticky) throw new Error("matchesAtMonths needs a sticky regex");
  let after = 0;
  for (const at of starts) {
    if (at < after) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(s);
    if (!m) continue;
    after = at + m[0].length;
    yield m;
  }
}

/**
 * `June 17, 2025`, `Sept. 6`, `April 17 , 2017` (a weekday before it is not part of the date);
 * `February 12/2024`, as some agencies date their items
 */
const MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?<month>${MONTH})\\.?\\s(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|\\/(?!(?:19|20)\\d\\d(?![\\d/])))(?:(?:\\s?,?\\s|\\/)(?<year>(?:19|20)\\d\\d)(?!\\d))?`,
  "iuy",
);
/** `17 June 2025`, `14th September 2022`, `2 September 2019`, `31 January 2014-`, `2 de diciembre de 2023` */
const DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s|de\\s)?(?<month>${MONTH})\\.?(?:,?\\s(?:de\\s)?(?<year>(?:19|20)\\d\\d)(?!\\d))?(?!\\p{L})`,
  "giu",
);
/** `21-Apr-2025`: day, month name and year joined by dashes, as some agencies stamp their items. */
const DASHED_MONTH = new RegExp(`(?<![\\p{L}\\d-])(?<day>\\d{1,2})-(?<month>${MONTH})-(?<year>(?:19|20)\\d\\d)(?![\\d-])`, "giu");
/** `November, 04, 2024`: a comma after the month too, and then always the year. */
const MONTH_COMMA_DAY = new RegExp(`(?<![\\p{L}\\d])(?<month>${MONTH}),\\s(?<day>\\d{1,2}),\\s(?<year>(?:19|20)\\d\\d)(?!\\d)`, "iuy");
/** `February 2025`: a month and year without a day. */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(?<month>${MONTH})\\.?,?\\s(?<year>(?:19|20)\\d\\d)(?!\\d)`, "iuy");
/** `2022 Nov. 17`: the year first, as some agencies date their items. */
const YEAR_FIRST = new RegExp(
  `(?<![\\p{L}\\d.,:/-])(?<year>(?:19|20)\\d\\d),?\\s(?<month>${MONTH})\\.?\\s(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|\\s(?:19|20)\\d\\d)`,
  "giu",
);
const ISO = /(?<!\d)(?<year>(?:19|20)\d\d)-(?<month>\d\d)-(?<day>\d\d)(?!\d)/g;
/** `17.06.2025`, `22.02.20`: day first, as everywhere that writes dots. */
// (also "9. 10. 2025", as Slovene and Czech sites write it, with a space after each point)
const DOTTED = /(?<![\d.])(?<day>\d{1,2})\. ?(?<month>\d{1,2})\. ?(?<year>(?:19|20)\d\d|(?<=\.)\d\d)(?!\d)/g;
/** `2024.11.19`: the year first, as Hungarian, Chinese and Korean pages write dots. */
const DOTTED_YEAR_FIRST = /(?<![\d.])(?<year>(?:19|20)\d\d)\.(?<month>\d\d)\.(?<day>\d\d)(?!\d)/g;
/** `21-05-2025`: day first, as the Gulf's and South Asia's agencies write dashes; month first only when the day cannot be. */
const DASHED = /(?<![\d-])(?<a>\d{1,2})-(?<b>\d{1,2})-(?<year>(?:19|20)\d\d)(?![\d-])/g;
/** `2025/04/27`: the year first, as Iranian, Chinese and Japanese pages write slashes. */
const SLASHED_YEAR_FIRST = /(?<![\d/])(?<year>(?:19|20)\d\d)\/(?<month>\d{1,2})\/(?<day>\d{1,2})(?![\d/])/g;
/** `8/19/2024`, `14/07/2021`: ambiguous; see `slashOrder`. */
const SLASHED = /(?<![\d/])(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<year>(?:19|20)\d\d)(?![\d/])/g;

/** Whether a day (or a month, with a null day) exists. */
export function valid(year: number | null, month: number, day: number | null): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === null) return true;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** Whether a string is a real calendar day written YYYY-MM-DD (`2025-02-30` is not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && valid(Number(m[1]), Number(m[2]), Number(m[3]));
}

const twoDigitYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * Which number of a slashed date is the month. Unambiguous when one part exceeds 12 (and then so
 * is every other slashed date of the same string: a page writes one order). Otherwise the
 * padding tells the convention: `08/10/2024` is the day-first short date of most locales
 * (en-GB, fr, pt, ms, … write `dd/MM/yyyy`), `4/5/2017` the unpadded US one (`M/d/yyyy`).
 */
function slashOrder(a: string, b: string, forced: "day" | "month" | null): [month: number, day: number] {
  const [x, y] = [Number(a), Number(b)];
  if (x > 12) return [y, x];
  if (y > 12) return [x, y];
  const dayFirst = forced ? forced === "day" : a.length === 2 && b.length === 2 && (a.startsWith("0") || b.startsWith("0"));
  return dayFirst ? [y, x] : [x, y];
}

/** The order a string's slashed dates force, when one of them has a part over 12. */
function forcedSlashOrder(s: string): "day" | "month" | null {
  for (const m of s.matchAll(SLASHED)) {
    if (Number(m.groups!.a) > 12) return "day";
    if (Number(m.groups!.b) > 12) return "month";
  }
  return null;
}

/** Every explicit date in `s`, in order, without overlaps (the longer reading wins). */
export function findCalendarDates(s: string): CalendarDate[] {
  const found: CalendarDate[] = [];
  // every form has a digit, and each form of numbers its separator: most lines have none
  if (!DIGIT.test(s)) return found;
  const add = (start: number, end: number, year: number | null, month: number, day: number | null) => {
    if (valid(year, month, day)) found.push({ start, end, year, month, day });
  };
  if (s.includes("-")) for (const m of s.matchAll(ISO)) {
    const g = m.groups!;
    add(m.index, m.index + m[0].length, Number(g.year), Number(g.month), Number(g.day));
  }
  if (s.includes(".")) {
    for (const m of s.matchAll(DOTTED)) {
      const g = m.groups!;
      add(m.index, m.index + m[0].length, twoDigitYear(g.year!), Number(g.month), Number(g.day));
    }
    for (const m of s.matchAll(DOTTED_YEAR_FIRST)) {
      const g = m.groups!;
      add(m.index, m.index + m[0].length, Number(g.year), Number(g.month), Number(g.day));
    }
  }
  if (s.includes("-")) for (const m of s.matchAll(DASHED)) {
    const g = m.groups!;
    const [a, b] = [Number(g.a), Number(g.b)];
    if (b > 12) add(m.index, m.index + m[0].length, Number(g.year), a, b);
    else add(m.index, m.index + m[0].length, Number(g.year), b, a);
  }
  if (s.includes("/")) {
    const forced = forcedSlashOrder(s);
    for (const m of s.matchAll(SLASHED)) {
      const g = m.groups!;
      const [month, day] = slashOrder(g.a!, g.b!, forced);
      add(m.index, m.index + m[0].length, Number(g.year), month, day);
    }
    for (const m of s.matchAll(SLASHED_YEAR_FIRST)) {
      const g = m.groups!;
      add(m.index, m.index + m[0].length, Number(g.year), Number(g.month), Number(g.day));
    }
  }
  const starts = monthStarts(s);
  // the rest name a month, which starts where monthStarts found one (or with a long s, `ſept`,
  // which the case-insensitive forms fold to s)
  if (!starts.length && !s.includes("ſ")) return withoutOverlaps(found);
  for (const matches of [matchesAtMonths(MONTH_FIRST, s, starts), s.matchAll(DAY_FIRST), s.matchAll(YEAR_FIRST), s.matchAll(DASHED_MONTH), matchesAtMonths(MONTH_COMMA_DAY, s, starts)]) {
    for (const m of matches) {
      const g = m.groups!;
      const month = monthNumber(g.month!);
      if (month === undefined) continue;
      // `on 6 November.`: the full stop after a month written in full ends the sentence
      const end = m.index + m[0].length - (m[0].endsWith(".") && !ABBREVIATED.has(g.month!.toLowerCase()) ? 1 : 0);
      add(m.index, end, g.year ? Number(g.year) : null, month, Number(g.day));
    }
  }
  for (const m of matchesAtMonths(MONTH_YEAR, s, starts)) {
    const g = m.groups!;
    const month = monthNumber(g.month!);
    if (month !== undefined) add(m.index, m.index + m[0].length, Number(g.year), month, null);
  }
  return withoutOverlaps(found);
}

/**
 * The number of a month name as written (`Sept`, `June`, `août`), or undefined. The long s (`ſ`),
 * which the case-insensitive regexes take for an s, is read as one here too.
 */
export const monthNumber = (name: string): number | undefined => MONTHS[name.toLowerCase().replaceAll("ſ", "s")];

export const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The ISO 8601 form of a day: YYYY-MM-DD, or --MM-DD without a year. With a reference date,
 * a day without a year takes the year that puts it nearest the reference.
 */
export function isoDay(date: { year: number | null; month: number; day: number }, refDate?: string): string {
  let year = date.year;
  if (year === null && refDate) {
    const ref = Date.UTC(Number(refDate.slice(0, 4)), Number(refDate.slice(5, 7)) - 1, Number(refDate.slice(8, 10)));
    const refYear = Number(refDate.slice(0, 4));
    let best = refYear;
    for (const y of [refYear - 1, refYear + 1]) {
      const distance = (yy: number) => Math.abs(Date.UTC(yy, date.month - 1, date.day) - ref);
      if (distance(y) < distance(best)) best = y;
    }
    year = best;
  }
  return year === null ? `--${pad(date.month)}-${pad(date.day)}` : `${year}-${pad(date.month)}-${pad(date.day)}`;
}
