// The publication date (SPEC: date): the scraped `date …` line wins; then a date standing alone on
// a line at the top, or the dateline of the body. Never a date met later in the body.
import { isoDay } from "../text/calendar.js";
import type { FrontMatter } from "../text/frontMatter.js";
import type { ParsedText } from "../text/parsed.js";

export interface DateFinding {
  value: string;
  start: number;
  end: number;
  text: string;
}

export function publicationDate(parsed: ParsedText, front: FrontMatter, refDate?: string): DateFinding | null {
  const found = front.dateLine ?? front.topDate;
  if (!found) return null;
  return {
    value: isoDay(found, refDate),
    start: found.start,
    end: found.end,
    text: parsed.slice(found.start, found.end),
  };
}
