// The pipeline: parse the text once, run each field's rule over the parsed form, then the
// refiners that settle the whole result. Pure and synchronous: no file system, clock or process.
import { createHash } from "node:crypto";
import { ExtractError } from "./errors.js";
import { ParsedText } from "./text/parsed.js";
import { isCalendarDate } from "./text/calendar.js";
import { readFrontMatter } from "./text/frontMatter.js";
import { publicationDate } from "./rules/date.js";
import { heading } from "./rules/heading.js";
import { findPeople } from "./rules/people.js";
import { findDates } from "./rules/dates.js";
import { findSignedDocuments } from "./rules/documents.js";
import { findQuotes } from "./rules/quotes.js";
import type { RuleContext } from "./rules/context.js";
import { toCodePointOffsets } from "./refiners/codePointOffsets.js";
import type { ExtractOptions, Result } from "./types.js";

/** Extracts the structured record of one press release. */
export function extract(text: string, options: ExtractOptions = {}): Result {
  if (typeof text !== "string") throw new ExtractError("BAD_OPTION", "extract() takes the text as a string");
  if (options.refDate !== undefined && !isCalendarDate(options.refDate)) {
    throw new ExtractError("BAD_OPTION", `reference date must be a calendar day written YYYY-MM-DD, got "${options.refDate}"`);
  }
  // a BOM is not part of the text: offsets count from after it
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = new ParsedText(body);
  const front = readFrontMatter(parsed);

  const date = publicationDate(parsed, front, options.refDate);
  const head = heading(parsed, front);
  const ctx: RuleContext = { parsed, front, published: date, refDate: options.refDate, warnings: [] };
  // an all-null result reads like a text with nothing in it; say that there was no text at all
  if (!/\S/u.test(body)) ctx.warnings.push({ code: "EMPTY_INPUT", message: "the input is empty or only white space" });
  const people = findPeople(ctx);
  const dates = findDates(ctx);
  // signing persons are not parties: the people rule says who is a person
  const documents = findSignedDocuments({ ...ctx, people, dates });
  // speakers are resolved against the people of the text: one notion of who is in it
  const quotes = findQuotes(ctx, people);

  const result: Result = {
    schemaVersion: 1,
    source: {
      path: options.path ?? null,
      bytes: options.bytes ?? Buffer.byteLength(body, "utf8"),
      sha256: options.sha256 ?? createHash("sha256").update(body, "utf8").digest("hex"),
    },
    date: date && { value: date.value, text: date.text, start: date.start, end: date.end, source: "dateline" },
    heading: head && { text: head.text, start: head.start, end: head.end, source: head.source },
    quotes,
    documents,
    people,
    dates,
    warnings: ctx.warnings,
  };
  return toCodePointOffsets(body, result);
}
