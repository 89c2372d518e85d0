// A signing dated before the reported event (SPEC: documents are the ones signed in the event):
// "On 4 March the ministers signed an agreement …" in a text about a visit in May. The event's
// own date is the earliest day the lead of the text names (the dateline's, "on Monday", "from 2 to
// 5 May") or, when it names none, the publication date; a signing whose nearest day, in its own
// sentence, falls days before that is an earlier one. A signing sentence that is itself the lead
// gives the event its date, so it is never earlier than itself.
import type { DateMention } from "../../types.js";

/** Days a publication or a lead may trail the signing it reports without the signing being earlier. */
const GRACE_DAYS = 3;
/** How far from the signing cue a day may stand and still date it. */
const REACH = 120;
// A relative day between the cue and a written day dates the signing itself: "today".
const RELATIVE_DAY = /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week))\b/iu;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/u;
const PERIOD = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u;

function dayNumber(value: string): number | null {
  const m = DAY.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

/** The last day of the period a date names ("1998" → 31 December 1998, "2020-03" → 31 March), or null. */
function lastDayNumber(value: string): number | null {
  const m = PERIOD.exec(value.slice(value.indexOf("/") + 1));
  if (!m) return null;
  if (m[3]) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  // the day before the first of the next month, or of the next year
  return m[2] ? Date.UTC(Number(m[1]), Number(m[2]), 0) / 86_400_000 : Date.UTC(Number(m[1]) + 1, 0, 0) / 86_400_000;
}

export interface EventDay {
  /** The event's day, as a day number (days since 1970), or null when nothing dates it. */
  day: number | null;
  /**
   * When no day dates it, the year the event cannot be before: the latest year the text names
   * other than as a deadline ("trade grew in 2023" is told after 2023; "by 2030" is not).
   */
  notBefore: number | null;
}

// "in 1998", "back in early 2019": a month or a year as the time of something
const IN_TIME = /\bin\s+(?:(?:early|mid|late)[- ])?$/iu;

// Words before a year that make it a deadline or a span still to come, not a time gone by.
const DEADLINE = /\b(?:by|until|till|through|to|towards?|up to)\s+$/iu;

/**
 * The event's day: the earliest day named in the lead (text[leadStart, leadEnd)), or the
 * publication date. Intervals count by their first day.
 */
export function eventDay(text: string, dates: DateMention[], published: string | null, leadStart: number, leadEnd: number): EventDay {
  let day = published ? dayNumber(published) : null;
  for (const d of dates) {
    if (d.start < leadStart || d.start >= leadEnd) continue;
    const n = dayNumber(d.value);
    if (n !== null && (day === null || n < day)) day = n;
  }
  let notBefore: number | null = null;
  if (day === null) {
    for (const d of dates) {
      const year = /^\d{4}/u.test(d.value) ? Number(d.value.slice(0, 4)) : null;
      if (year !== null && (notBefore === null || year > notBefore) && !DEADLINE.test(text.slice(Math.max(0, d.start - 12), d.start))) notBefore = year;
    }
  }
  return { day, notBefore };
}

// ", first concluded in 1995,", ", which was signed on 3 May 2019,": an aside that dates the earlier
// version of a document, not the signing the sentence reports
const ASIDE_BEFORE = /,\s*(?:first|originally|initially|previously|which\s+(?:was|were)|that\s+(?:was|were))\s+\p{Ll}+ed\s+(?:\p{Ll}+\s+){0,2}(?:in|on|back\s+in)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?$/u;

/** Is text[start, end) a date inside such an aside: the participle's phrase before it, a comma or the sentence's end after it? */
export function datesAnAside(text: string, start: number, end: number): boolean {
  return ASIDE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && /^\s*(?:[,.;)]|$)/u.test(text.slice(end, end + 3));
}

/**
 * Is the signing at `cue` (a text offset) dated by its sentence text[from, to) to a time before the
 * event? The date nearest the cue in the sentence, within reach, decides: a day, or a month or a
 * year that ends before the event ("the peace agreement signed in 1998").
 */
export function signedBeforeEvent(text: string, dates: DateMention[], event: EventDay, from: number, to: number, cue: number): boolean {
  if (event.day === null && event.notBefore === null) return false;
  let nearest: DateMention | null = null;
  let distance = Infinity;
  for (const d of dates) {
    if (d.start < from || d.end > to || lastDayNumber(d.value) === null) continue;
    // a month or a year dates the signing as a time ("signed in 1998"), not as a name ("the 2019 agreement")
    if (dayNumber(d.value) === null && !IN_TIME.test(text.slice(Math.max(from, d.start - 16), d.start))) continue;
    if (datesAnAside(text, d.start, d.end)) continue;
    const gap = d.end <= cue ? cue - d.end : d.start - cue;
    if (gap >= 0 && gap < distance) {
      nearest = d;
      distance = gap;
    }
  }
  if (!nearest || distance > REACH) return false;
  const between = nearest.end <= cue ? text.slice(nearest.end, cue) : text.slice(cue, nearest.start);
  if (RELATIVE_DAY.test(between) || RELATIVE_DAY.test(nearest.text)) return false;
  const last = lastDayNumber(nearest.value)!;
  if (event.day === null) return last < Date.UTC(event.notBefore!, 0, 1) / 86_400_000;
  return last < event.day - GRACE_DAYS;
}
