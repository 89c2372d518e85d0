// A role word with one slip of the keyboard (`Presdient`, `Minster`, `Ambasador`) is still the
// role: press releases are typed in a hurry, and one misspelt title word would otherwise turn the
// title into part of a name or lose the person behind it.
import { ROLE_NOUNS } from "./lexicon.js";

// Shorter role words are too close to names and common words to guess at (`chair`, `envoy`).
const MIN_LENGTH = 7;
const LONG_ROLES = [...ROLE_NOUNS].filter((role) => role.length >= MIN_LENGTH && /^\p{Ll}+$/u.test(role));

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The role a lower-case word misspells, or undefined. */
export function misspeltRole(lower: string): string | undefined {
  if (lower.length < MIN_LENGTH - 1 || ROLE_NOUNS.has(lower)) return undefined;
  return LONG_ROLES.find((role) => oneSlipApart(lower, role));
}
