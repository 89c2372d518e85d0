// The heading (SPEC: heading): the headline line when the text has one, else the lead sentence.
import type { FrontMatter } from "../text/frontMatter.js";
import type { ParsedText } from "../text/parsed.js";

export interface HeadingFinding {
  source: "title" | "lead";
  start: number;
  end: number;
  text: string;
}

export function heading(parsed: ParsedText, front: FrontMatter): HeadingFinding | null {
  const span = front.headline ?? front.lead;
  if (!span) return null;
  return {
    source: front.headline ? "title" : "lead",
    start: span.start,
    end: span.end,
    text: parsed.slice(span.start, span.end),
  };
}
