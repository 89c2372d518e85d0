// Years standing alone: `in 2024`, `since 2014`, `by 2030`, `(2019)`. Not a year: a number
// (`2000 participants`, `about 2000`, `No. 2019`), or a year inside a name (`Vision 2030`,
// `Expo 2025`, `the 2024 Summit of the Forum`, `Law No. 1 of 2019`).
import { monthNumber } from "../../text/calendar.js";
import type { DateCandidate } from "./candidate.js";

/** A four-digit year, not part of a longer number, a decimal, a code (`**2049`), an amount or a clock time. */
const YEAR_ALONE = /(?<![\p{L}\p{N}.,/:$€£¥#№*])(?<!\d-)(?:19|20)\d\d(?![\p{L}\p{N}%]|[.,:/]\d|-\d)/gu;

// How far around a year the context is read: a word or two.
const CONTEXT = 40;

/** What a count is of: the year is a number. */
const UNIT_AFTER = /^\s?(?:%|per\s?cent|people|persons|participants|delegates|students|tons?\b|tonnes|km|kilomet|met(?:er|re)s|hectares|units|dollars|usd|euros?\b|eur\b|rubles|roubles|yuan|soums?\b|manats?\b|tenge|vehicles|cars|projects|companies|enterprises|jobs|times\b)/i;
/** A count, a number or the numbering of a document: `about 2000`, `No. 2019`, `Resolution 2231`. */
const NUMBER_BEFORE = /(?:\b(?:about|around|approximately|nearly|almost|some|over|than|to|least)\s|\b(?:no|nos|number|resolution|article|paragraph|decree|clause|section|point|item|page|flight|room|code|part)\.?\s?|#\s?)$/i;
/** `+1 202 2023 1999`: a group of digits among others is part of a telephone or account number. */
const DIGITS_AROUND_BEFORE = /\d\s$/;
const DIGITS_AROUND_AFTER = /^\s\d/;
/** `Law No. 1 of 2019`: the year of a numbered act belongs to its number. */
const NUMBERED_ACT_BEFORE = /\bNo\.?\s?\d+\s(?:of|dated)\s$/i;
/** The word just after the year. */
const WORD_AFTER = /^\s(?<word>\p{L}+)/u;

// A capitalised word before a year makes it part of a name (`Vision 2030`), unless the word is one
// that introduces a year at the start of a sentence or in a heading.
const LEADS_TO_YEAR = new Set([
  "in", "since", "by", "from", "until", "till", "to", "before", "after", "during", "through", "of", "for",
  "copyright", "©", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
  "and", "or", "end", "beginning", "between", "as", "at", "on", "within", "then", "also", "fiscal", "fy",
]);
// `the 2024 Summit`, `its 2025 Strategy`: a year between a determiner and a capitalised word.
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "your"]);

/** The word just before the year, when only a space stands between them. */
function wordBefore(before: string): string | undefined {
  if (!/\s$/.test(before)) return undefined;
  const word = before.trimEnd().split(/\s/).pop() ?? "";
  return /^[\p{L}©]+$/u.test(word) ? word : undefined;
}

const capitalized = (s: string) => /^\p{Lu}/u.test(s);

function isYearInName(before: string, after: string): boolean {
  // `Samagam-2023`, `Expo-2020`: a year hyphenated to a name (but `mid-2024` is a date)
  if (before.endsWith("-")) return capitalized(before.slice(0, -1).split(/\P{L}/u).pop() ?? "");
  const prev = wordBefore(before);
  const next = WORD_AFTER.exec(after)?.groups?.word;
  const prevLower = prev?.toLowerCase();
  if (prev && capitalized(prev) && !LEADS_TO_YEAR.has(prevLower!) && !DETERMINERS.has(prevLower!) && !monthNumber(prev)) return true;
  return Boolean(next && capitalized(next) && !monthNumber(next) && prevLower && DETERMINERS.has(prevLower));
}

export function standaloneYears(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const m of text.matchAll(YEAR_ALONE)) {
    const start = m.index, end = start + m[0].length;
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    const after = text.slice(end, end + CONTEXT);
    if (UNIT_AFTER.test(after) || NUMBER_BEFORE.test(before) || NUMBERED_ACT_BEFORE.test(before)) continue;
    if (DIGITS_AROUND_BEFORE.test(before) || DIGITS_AROUND_AFTER.test(after)) continue;
    if (isYearInName(before, after)) continue;
    found.push({ start, end, value: m[0], kind: "year" });
  }
  // "founded in 1711,", "since 1648 and": an older year only where nothing else but a year can
  // stand, between a preposition of time and the end of its phrase
  for (const m of text.matchAll(OLDER_YEAR)) {
    const start = m.index + m[0].length - 4;
    found.push({ start, end: start + 4, value: text.slice(start, start + 4), kind: "year" });
  }
  return found;
}

const OLDER_YEAR = /\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]ack in|[Ss]ince the year|[Ii]n the year)\s1[0-8]\d\d(?=[,.;:)]|\s(?:and|to|until|when|–|-)\s)/gu;
