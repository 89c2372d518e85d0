// The day every date of the text is read against: the publication date when it has a year, else
// --ref-date. A day or month without a year takes its year; relative expressions need the whole day.
import { pad } from "../../text/calendar.js";
import type { RuleContext } from "../context.js";

export interface Reference {
  /** YYYY-MM-DD, or null when neither the text nor the caller gives a year. */
  day: string | null;
  year: number | null;
}

const FULL_DAY = /^\d{4}-\d\d-\d\d$/;

export function referenceOf(ctx: RuleContext): Reference {
  const published = ctx.published?.value;
  const day = published && FULL_DAY.test(published) ? published : ctx.refDate && FULL_DAY.test(ctx.refDate) ? ctx.refDate : null;
  return { day, year: day ? Number(day.slice(0, 4)) : null };
}

const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The day `days` after (or before, when negative) an ISO day. */
export const addDays = (iso: string, days: number): string => fromUtc(toUtc(iso) + days * 86_400_000);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(toUtc(iso)).getUTCDay();

/** The month `months` after (or before) the month of an ISO day, as YYYY-MM. */
export function addMonths(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** A day in ISO form with the year it was written with, else the reference year, else --MM-DD. */
export function dayValue(year: number | null, month: number, day: number, ref: Reference): string {
  const y = year ?? ref.year;
  return y === null ? `--${pad(month)}-${pad(day)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/** A month in ISO form, or null when no year is known (SPEC: such a month is left out). */
export function monthValue(year: number | null, month: number, ref: Reference): string | null {
  const y = year ?? ref.year;
  return y === null ? null : `${y}-${pad(month)}`;
}
