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

function dayNumber(value: string): number | null {
  const m = DAY.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

export interface EventDay {
  /** The event's day, as a day number (days since 1970), or null when nothing dates it. */
  day: number | null;
}

/**
 * The event's day: the earliest day named in the lead (text[leadStart, leadEnd)), or the
 * publication date. Intervals count by their first day.
 */
export function eventDay(dates: DateMention[], published: string | null, leadStart: number, leadEnd: number): EventDay {
  let day = published ? dayNumber(published) : null;
  for (const d of dates) {
    if (d.start < leadStart || d.start >= leadEnd) continue;
    const n = dayNumber(d.value);
    if (n !== null && (day === null || n < day)) day = n;
  }
  return { day };
}

/**
 * Is the signing at `cue` (a text offset) dated by its sentence text[from, to) to a day before the
 * event? The day nearest the cue in the sentence, within reach, decides.
 */
export function signedBeforeEvent(text: string, dates: DateMention[], event: EventDay, from: number, to: number, cue: number): boolean {
  if (event.day === null) return false;
  let nearest: DateMention | null = null;
  let distance = Infinity;
  for (const d of dates) {
    if (d.start < from || d.end > to || dayNumber(d.value) === null) continue;
    const gap = d.end <= cue ? cue - d.end : d.start - cue;
    if (gap >= 0 && gap < distance) {
      nearest = d;
      distance = gap;
    }
  }
  if (!nearest || distance > REACH) return false;
  const between = nearest.end <= cue ? text.slice(nearest.end, cue) : text.slice(cue, nearest.start);
  if (RELATIVE_DAY.test(between) || RELATIVE_DAY.test(nearest.text)) return false;
  return dayNumber(nearest.value)! < event.day - GRACE_DAYS;
}
