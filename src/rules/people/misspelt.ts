// A role word with one slip of the keyboard (`Presdient`, `Minster`, `Ambasador`) is still the
// role: press releases are typed in a hurry, and one misspelt title word would otherwise turn the
// title into part of a name or lose the person behind it.
import { ROLE_NOUNS } from "./lexicon.js";

// Shorter role words are too close to names and common words to guess at (`chair`, `envoy`).
const MIN_LENGTH = 7;
// The long role words by their first letter: a slip in the first letter is too rare to pay for
// comparing every capitalised word of a text with every role.
const LONG_ROLES = new Map<string, string[]>();
for (const role of ROLE_NOUNS) {
  if (role.length < MIN_LENGTH || !/^\p{Ll}+$/u.test(role)) continue;
  LONG_ROLES.set(role[0]!, [...(LONG_ROLES.get(role[0]!) ?? []), role]);
}

/** Whether a[from…] and b[from + shift…] are the same characters. */
function sameFrom(a: string, b: string, from: number, shift: number): boolean {
  if (a.length - from !== b.length - from - shift) return false;
  for (let k = from; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k + shift)) return false;
  return true;
}

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (sameFrom(a, b, i + 1, 0)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, b, i + 2, 0);
  }
  // one letter more in a: skip it; one letter less: skip b's
  return a.length > b.length ? sameFrom(b, a, i, 1) : sameFrom(a, b, i, 1);
}

/** The role a lower-case word misspells, or undefined. */
export function misspeltRole(lower: string): string | undefined {
  if (lower.length < MIN_LENGTH - 1 || ROLE_NOUNS.has(lower)) return undefined;
  return LONG_ROLES.get(lower[0]!)?.find((role) => Math.abs(role.length - lower.length) <= 1 && oneSlipApart(lower, role));
}
