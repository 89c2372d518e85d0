// People named in the text, with their titles and every mention (SPEC: people).
import type { Person } from "../types.js";
import type { RuleContext } from "./context.js";

export function findPeople(_ctx: RuleContext): Person[] {
  return [];
}
