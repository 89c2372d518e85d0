// Every calendar expression in the text, normalized against the publication date (SPEC: dates).
import type { DateMention } from "../types.js";
import type { RuleContext } from "./context.js";

export function findDates(_ctx: RuleContext): DateMention[] {
  return [];
}
