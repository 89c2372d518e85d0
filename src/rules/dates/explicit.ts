// Dates written out: `June 17, 2025`, `17 June 2025`, `Sept. 6`, `17.06.2025`, `February 2025`
// (the forms themselves live in src/text/calendar.ts, shared with the publication date).
import { findCalendarDates, matchesAtMonths, MONTH, monthNumber, monthStarts } from "../../text/calendar.js";
import type { DateCandidate } from "./candidate.js";
import { dayValue, monthValue, type Reference } from "./reference.js";

/** A weekday written before a date belongs to it: `Friday, 20 October 2017`, `Tuesday December 2`. */
const WEEKDAY_BEFORE = /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s?|\s)$/i;

// A month name in lower case is a word (`may`, `march`), not a date: `the 2 may be`, `march 5 km`.
const STARTS_LIKE_A_DATE = /^[\p{Lu}\d]/u;
const MONTH_AS_A_WORD = /(?<!\p{L})(?:may|march|august)(?!\p{L})/u;

/**
 * `in March`, `since early June`, `by the end of May`, `set for October`: a month named alone, after a word that leads
 * to a time (`July this year` is left to the relative rule, which knows its year).
 */
const MONTH_ALONE = new RegExp(
  `(?<=(?<![\\p{L}\\d])(?:(?:in|since|until|till|by|from|for|early|late|mid|end\\sof|beginning\\sof|during|through)\\s|mid-\\s?))(?<month>${MONTH})(?![\\p{L}\\d]|\\.?\\s?\\d|\\s(?:of\\s)?(?:this|last|next)\\syear)`,
  "iuy",
);

// (a cheap test first: with the month capitalised, as MONTH_RELATIVE's matches must have it)
const SAID_RELATIVE = /\b(?:[Ll]ast|LAST|[Nn]ext|NEXT|[Tt]his|THIS)\s\p{Lu}/u;
const MONTH_RELATIVE = new RegExp(`(?<![\\p{L}\\d])(?<which>last|next|this)\\s(?<month>${MONTH})(?![\\p{L}\\d]|\\.?\\s?\\d)`, "giu");

// A day's year said in words right after it: "January 1 next year", "on 3 May this year".
const YEAR_AFTER = /^,?\s(next|last|this)\syear(?!\p{L})/iu;

export function explicitDates(text: string, ref: Reference): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const d of findCalendarDates(text)) {
    if (!STARTS_LIKE_A_DATE.test(text.slice(d.start, d.start + 1))) continue;
    if (MONTH_AS_A_WORD.test(text.slice(d.start, d.end))) continue;
    // "January 1 next year": the year the words after the day give it
    const yearAfter = d.year === null && d.day !== null && ref.year !== null ? YEAR_AFTER.exec(text.slice(d.end, d.end + 16)) : null;
    const year = yearAfter ? ref.year! + (yearAfter[1]!.toLowerCase() === "next" ? 1 : yearAfter[1]!.toLowerCase() === "last" ? -1 : 0) : d.year;
    const value = d.day === null ? monthValue(year, d.month, ref) : dayValue(year, d.month, d.day, ref);
    if (!value) continue;
    const weekday = d.day === null ? null : WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.start - 11), d.start));
    const start = weekday ? d.start - weekday[0].length : d.start;
    found.push({ start, end: d.end + (yearAfter ? yearAfter[0].length : 0), value, kind: "explicit", written: d });
  }
  // "last October", "next May": the nearest such month before or after the reference day
  if (ref.day !== null && SAID_RELATIVE.test(text)) {
    const refMonth = Number(ref.day.slice(5, 7));
    for (const m of text.matchAll(MONTH_RELATIVE)) {
      const g = m.groups!;
      const month = monthNumber(g.month!);
      if (month === undefined || !STARTS_LIKE_A_DATE.test(g.month!)) continue;
      const which = g.which!.toLowerCase();
      const year = ref.year! + (which === "last" && month >= refMonth ? -1 : which === "next" && month <= refMonth ? 1 : 0);
      found.push({ start: m.index, end: m.index + m[0].length, value: monthValue(year, month, ref)!, kind: "explicit" });
    }
  }
  for (const m of matchesAtMonths(MONTH_ALONE, text, monthStarts(text))) {
    const name = m.groups!.month!;
    if (!STARTS_LIKE_A_DATE.test(name)) continue;
    const month = monthNumber(name);
    const value = month && monthValue(null, month, ref);
    const end = m.index + m[0].length;
    if (value) found.push({ start: end - name.length, end, value, kind: "explicit" });
  }
  return found;
}
