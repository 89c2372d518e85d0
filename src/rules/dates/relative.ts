// Dates said relative to the day of publication: `today`, `yesterday`, `the day before`,
// `on Monday`, `last year`, `this month`, `July this year`. A press release reports what happened
// on or just before its date, or announces what comes next: a weekday is the last such day on or
// before publication unless its clause speaks of the future. Weeks are not dates (SPEC).
import { MONTH, monthNumber, pad } from "../../text/calendar.js";
import type { DateCandidate } from "./candidate.js";
import { addDays, addMonths, weekdayOf, type Reference } from "./reference.js";
import { folded, holdsAny } from "../../text/folded.js";

const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
/** `today`, `Yesterday`, `today's`, `the day before yesterday` */
const DAY_WORD = /\b(?:(?<before>the day before )|(?<after>the day after ))?(?<word>today|yesterday|tomorrow)(?:['’]s)?\b/giu;
/** `the day before.`: the day before publication, said where no event follows it. */
const THE_DAY_BEFORE = /\bthe day before(?=\s?[.,;)]|$)/giu;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WEEKDAY_NAMES = [...WEEKDAYS, ...WEEKDAYS.map((w) => w.toUpperCase())].join("|");
/** `on Monday`, `last Friday`, `ON FRIDAY`: weekdays are capitalised, so matched case-sensitively. */
const WEEKDAY = new RegExp(
  `(?=[OoLlTtNnSMWF])(?<![\\p{L}\\d])(?:(?<lead>[Oo]n|ON|[Ll]ast|LAST|[Tt]his|THIS|[Nn]ext|NEXT)\\s)?(?<day>${WEEKDAY_NAMES})(?!\\p{L})`,
  "gu",
);
/** `this year`, `last month`, `the current year`, `July this year`, `November last year` */
const YEAR_OR_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<month>${MONTH})\\.?\\s(?:of\\s)?)?(?<which>this|last|next|the\\scurrent|the\\scoming)\\s(?<unit>year|month)(?!\\p{L})`,
  "giu",
);
/** `three years ago`, `a year ago`, `two months ago`: a year or month counted back from publication. */
const AGO = /(?<![\p{L}\d])(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s(?<unit>years?|months?)\sago(?!\p{L})/giu;
const COUNT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function countOf(word: string): number {
  const w = word.toLowerCase();
  if (w === "a" || w === "an") return 1;
  return /^\d+$/u.test(w) ? Number(w) : COUNT_WORDS.indexOf(w) + 1;
}

/** `over the last year`, `for the next year`: a stretch of time, not a date. */
const DURATION_BEFORE = /\b(?:the|over|for|within|throughout)\s$/i;

const DAY_IN_BRACKETS = /^\s?\((\d{1,2})\)/u;
// How far from the reference a weekday with its day of the month may lie.
const NUMBERED_WEEKDAY_REACH = 20;

/** The day nearest `ref` that is weekday `target` and the `dayOfMonth`th of its month, or null. */
function nearestWeekdayOn(ref: string, target: number, dayOfMonth: number): string | null {
  for (let distance = 0; distance <= NUMBERED_WEEKDAY_REACH; distance++) {
    for (const shift of distance ? [-distance, distance] : [0]) {
      const candidate = addDays(ref, shift);
      if (weekdayOf(candidate) === target && Number(candidate.slice(8, 10)) === dayOfMonth) return candidate;
    }
  }
  return null;
}

/** What announces the future in the clause of a weekday. */
// (and the present of a journey, which tells a schedule: "travels on to Brussels on Sunday")
const FUTURE = /\b(?:will|shall|is to|are to|is due|are due|scheduled|upcoming|expected to|plans? to|going to|to be held|to take place|(?:is|are) set to|travels|leaves|departs|heads|flies|returns)\b/i;

/** A preposition before `the next month` that makes it a stretch: `over the`, `within the`, `for the`. */
const STRETCH_BEFORE_THE = /\b(?:over|for|within|throughout|during|in|through|across|of|into|from|until|till|by|after)\s+the\s$/i;

/**
 * `will meet again the next month`, `is scheduled for … the next month`: `the next month` right
 * after the verb of a future clause, with no preposition of a stretch before it, is the month after
 * publication. A past clause (`ratified the next month`) counts from another date, which is left out.
 */
function nextMonthAsPoint(text: string, start: number, end: number, which: string, unit: string, month: string | undefined): boolean {
  if (which !== "next" || unit.toLowerCase() !== "month" || month) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  if (!/\p{Ll}\s+the\s$/iu.test(before) || STRETCH_BEFORE_THE.test(before)) return false;
  return FUTURE.test(clauseAround(text, start, end));
}

const SHIFT: Record<string, number> = { this: 0, "the current": 0, "the coming": 1, last: -1, next: 1 };

export function relativeDates(text: string, ref: Reference): DateCandidate[] {
  const day = ref.day;
  if (!day) return [];
  const found: DateCandidate[] = [];
  // each pattern runs only where its words occur: most texts have none of them
  const lower = folded(text);
  if (holdsAny(lower, ["today", "yesterday", "tomorrow"])) for (const m of text.matchAll(DAY_WORD)) {
    const g = m.groups!;
    if (figurative(m[0].toLowerCase(), text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const shift = DAY_WORDS[g.word!.toLowerCase()]! + (g.before ? -1 : 0) + (g.after ? 1 : 0);
    found.push({ start: m.index, end: m.index + m[0].length, value: addDays(day, shift), kind: "relative" });
  }
  if (lower.includes("the day before")) for (const m of text.matchAll(THE_DAY_BEFORE)) {
    found.push({ start: m.index, end: m.index + m[0].length, value: addDays(day, -1), kind: "relative" });
  }
  const weekdays: DateCandidate[] = [];
  if (lower.includes("day")) for (const m of text.matchAll(WEEKDAY)) {
    const g = m.groups!;
    const target = WEEKDAYS.findIndex((w) => w.toLowerCase() === g.day!.toLowerCase());
    const lead = g.lead?.toLowerCase();
    const future = lead === "next" || (lead !== "last" && FUTURE.test(clauseAround(text, m.index, m.index + m[0].length)));
    const back = (weekdayOf(day) - target + 7) % 7;
    // `will … on Friday` said on a Friday is that day; `next Friday` is a week on
    const ahead = (target - weekdayOf(day) + 7) % 7;
    const shift = future ? (lead === "next" ? ahead || 7 : ahead) : lead === "last" ? -(back || 7) : -back;
    // "on Thursday (25)": the day of the month in brackets tells which Thursday
    const numbered = DAY_IN_BRACKETS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    const dated = numbered ? nearestWeekdayOn(day, target, Number(numbered[1])) : null;
    const end = m.index + m[0].length + (dated ? numbered![0].length : 0);
    weekdays.push({ start: m.index, end, value: dated ?? addDays(day, shift), kind: "relative" });
  }
  found.push(...consecutiveDays(text, weekdays));
  if (holdsAny(lower, ["year", "month"])) for (const m of text.matchAll(YEAR_OR_MONTH)) {
    const g = m.groups!;
    const which = g.which!.toLowerCase();
    let start = m.index;
    if (which !== "this" && DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      if (!nextMonthAsPoint(text, m.index, m.index + m[0].length, which, g.unit!, g.month)) continue;
      start = m.index - 4;
    }
    const shift = SHIFT[which.replace(/\s/, " ")] ?? 0;
    const year = Number(day.slice(0, 4)) + (g.unit!.toLowerCase() === "year" ? shift : 0);
    let value: string;
    if (g.unit!.toLowerCase() === "month") {
      if (g.month) continue; // `May this month` is not a date
      value = addMonths(day, shift);
    } else if (g.month) {
      if (!/^\p{Lu}/u.test(g.month)) continue;
      value = `${year}-${pad(monthNumber(g.month)!)}`;
    } else value = String(year);
    found.push({ start, end: m.index + m[0].length, value, kind: "relative" });
  }
  if (lower.includes("ago")) for (const m of text.matchAll(AGO)) {
    const g = m.groups!;
    const n = countOf(g.count!);
    // `some years ago`, `many months ago` name no calendar year; `for two years ago` is not said
    if (n <= 0) continue;
    // `name | 7 years ago | Reply`: the age of a comment on the page, counted from the day it was read
    if (/\|\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index)) || /^\s*\|/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const value = /^year/iu.test(g.unit!) ? String(Number(day.slice(0, 4)) - n) : addMonths(day, -n);
    found.push({ start: m.index, end: m.index + m[0].length, value, kind: "relative" });
  }
  return found;
}

/** `on Tuesday and Wednesday`: two days in a row joined by `and` are one range, as `December 13 and 14` is. */
function consecutiveDays(text: string, days: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < days.length; i++) {
    const a = days[i]!;
    const b = days[i + 1];
    if (b && /^\s+and\s+$/u.test(text.slice(a.end, b.start)) && addDays(a.value, 1) === b.value) {
      out.push({ start: a.start, end: b.end, value: `${a.value}/${b.value}`, kind: "relative" });
      i++;
    } else out.push(a);
  }
  return out;
}

// `a brighter tomorrow`, `our today`: the word stands for a time of life, not a day. Only a bare
// `today` or `tomorrow` is read so, after a determiner or an adjective of that kind.
const FIGURATIVE_LEAD = new Set(["a", "an", "the", "our", "their", "your", "better", "brighter", "bright", "beautiful", "prosperous", "peaceful"]);
const ADJECTIVE = /(?:er|ful|ous|ive|ent|ant)$/;

function figurative(word: string, before: string): boolean {
  if (word !== "today" && word !== "tomorrow") return false;
  const words = before.trimEnd().toLowerCase().split(/\s/);
  const last = words[words.length - 1] ?? "";
  const previous = words[words.length - 2] ?? "";
  return FIGURATIVE_LEAD.has(last) || (["a", "an", "our", "their"].includes(previous) && ADJECTIVE.test(last));
}

// How far around a weekday its clause is read for tense: bounded, so that a text of one endless
// clause is not read again for every weekday in it.
const TENSE_WINDOW = 160;
/** What ends a clause: punctuation, a quotation mark, a line end. */
const CLAUSE_END = /[,;:.!?()[\]"“”«»\n]/;

/**
 * The clause around a weekday: its tense is the tense of the verb the weekday goes with (`met on
 * Monday, and will …` is past; `On Friday evening the leaders will …` is future).
 */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < TENSE_WINDOW && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < TENSE_WINDOW && !CLAUSE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}
