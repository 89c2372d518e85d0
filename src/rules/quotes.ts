// Direct quotes and reported speech, with their speakers resolved (SPEC: quotes).
import type { Person, Quote } from "../types.js";
import type { RuleContext } from "./context.js";

export function findQuotes(_ctx: RuleContext, _people: Person[]): Quote[] {
  return [];
}
