// Every calendar expression in the text, normalized against the publication date (SPEC: dates).
// Finders propose candidates (written dates, ranges, years, relative expressions); overlaps are
// settled in favour of the longer reading, and a relative word next to a written date
// (`today, June 17`, `Friday 31 January 2014`) is one mention with the written date's value.
//
// Own rules, measured against chrono-node and compromise-dates on the corpus (bench/compare-dates.mjs):
// both libraries read bare weekdays and days into the future, take clock times and durations for
// dates, and miss year ranges; the rules score higher and run in a fraction of the time.
import type { DateMention } from "../types.js";
import type { RuleContext } from "./context.js";
import type { DateCandidate } from "./dates/candidate.js";
import { firstIndex, withoutOverlaps } from "../text/spans.js";
import { explicitDates } from "./dates/explicit.js";
import { dateRanges } from "./dates/ranges.js";
import { dayValue, monthValue, referenceOf, type Reference } from "./dates/reference.js";
import { relativeDates } from "./dates/relative.js";
import { standaloneYears } from "./dates/years.js";

/** Between the two ends of a range of written dates: `May 30 - June 2`, `30 May to 2 June 2025`. */
const RANGE_JOIN = /^(?:\s?[-–—]\s?|,?\s(?:to|until|till|through)\s)$/;
/** Between a relative word and the written date it names: `today, June 17`, `Friday (December 30)`. */
const NAMES_THE_DATE = /^(?:,?\s|\s?\()$/;

export function findDates(ctx: RuleContext): DateMention[] {
  const text = ctx.parsed.text;
  const ref = referenceOf(ctx);
  const written = joinRanges(
    text,
    withoutOverlaps([...explicitDates(text, ref), ...dateRanges(text, ref), ...standaloneYears(text)]),
    ref,
  );
  const all = withRelatives(text, written, relativeDates(text, ref));

  const published = ctx.published;
  const mentions: DateMention[] = published
    ? [{ value: published.value, text: published.text, start: published.start, end: published.end }]
    : [];
  for (const c of all) {
    if (published && c.start < published.end && c.end > published.start) continue;
    mentions.push({ value: c.value, text: text.slice(c.start, c.end), start: c.start, end: c.end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Two written days (or two written months with their years) joined by a dash or `to` are one
 * range: `30 May - 2 June 2025`, `December 2024 – January 2025`; the first takes the year of the second.
 */
function joinRanges(text: string, written: DateCandidate[], ref: Reference): DateCandidate[] {
  const joined: DateCandidate[] = [];
  for (let i = 0; i < written.length; i++) {
    const a = written[i]!;
    const b = written[i + 1];
    const from = a.written, to = b?.written;
    const bothDays = Boolean(from?.day && to?.day);
    const bothMonths = from?.day === null && to?.day === null && from.year !== null;
    if (b && from && to && (bothDays || bothMonths) && RANGE_JOIN.test(text.slice(a.end, b.start))) {
      const year = from.year ?? to.year;
      const start = bothDays ? dayValue(year, from.month, from.day!, ref) : monthValue(year, from.month, ref)!;
      const end = bothDays ? dayValue(to.year ?? year, to.month, to.day!, ref) : monthValue(to.year, to.month, ref)!;
      if (start < end || start.startsWith("--")) {
        joined.push({ start: a.start, end: b.end, value: `${start}/${end}`, kind: "range" });
        i++;
        continue;
      }
    }
    joined.push(a);
  }
  return joined;
}

/** Relative expressions that overlap no written date; one right before a written date joins it. */
function withRelatives(text: string, written: DateCandidate[], relatives: DateCandidate[]): DateCandidate[] {
  const result = [...written];
  for (const r of withoutOverlaps(relatives)) {
    // written dates do not overlap one another: the first that ends after r starts is the only one
    // that can overlap r, or else the one right after it
    const i = firstEndingAfter(written, r.start);
    const w = written[i];
    if (w && w.start < r.end) continue;
    if (w && w.start - r.end <= 2 && NAMES_THE_DATE.test(text.slice(r.end, w.start))) {
      result[i] = { ...result[i]!, start: r.start };
      continue;
    }
    result.push(r);
  }
  return result;
}

/** Index of the first candidate (sorted, without overlaps) that ends after `at`. */
function firstEndingAfter(sorted: DateCandidate[], at: number): number {
  return firstIndex(sorted, (c) => c.end > at);
}
