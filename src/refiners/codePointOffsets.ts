// The last step of the pipeline: every offset found in UTF-16 indices becomes a code point offset,
// as the contract counts them.
import { codePointIndexer, hasAstral } from "../text/offsets.js";
import type { Result, Span } from "../types.js";

export function toCodePointOffsets(text: string, result: Result): Result {
  // without characters outside the Basic Multilingual Plane the offsets are already code points
  if (!hasAstral(text)) return result;
  const at = codePointIndexer(text);
  const move = <T extends Span>(span: T): T => ({ ...span, start: at(span.start), end: at(span.end) });
  return {
    ...result,
    date: result.date && move(result.date),
    heading: result.heading && move(result.heading),
    quotes: result.quotes.map((q) => ({ ...move(q), speaker: q.speaker && move(q.speaker) })),
    documents: result.documents.map(move),
    people: result.people.map((p) => ({ ...p, mentions: p.mentions.map(move) })),
    dates: result.dates.map(move),
  };
}
