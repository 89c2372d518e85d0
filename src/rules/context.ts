// What every rule is handed: the parsed text (parsed once), the front matter of the page, the
// publication date found, the caller's options, and a place to report warnings. Rules return
// items with UTF-16 offsets; the pipeline turns them into code point offsets at the end.
import type { ParsedText } from "../text/parsed.js";
import type { FrontMatter } from "../text/frontMatter.js";
import type { Person, Warning } from "../types.js";
import type { DateFinding } from "./date.js";

export interface RuleContext {
  parsed: ParsedText;
  front: FrontMatter;
  /** The publication date, the reference for relative dates ("yesterday", "last year"). */
  published: DateFinding | null;
  /** --ref-date: the reference when the text carries no year. */
  refDate?: string;
  warnings: Warning[];
}

/** The context of the rules that run after the people rule: they know who is in the text. */
export interface KnownPeople extends RuleContext {
  people: Person[];
}
