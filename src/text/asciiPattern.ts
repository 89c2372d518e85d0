// A case-insensitive pattern of ASCII words needs the `u` flag only for the two letters that
// Unicode case folding maps onto ASCII ones: the long s `ſ` (an s) and the kelvin sign `K` (a k),
// which `\w`, `\b` and the letters of the pattern then match too. With the flag, V8 runs such a
// pattern three to four times slower. Kept in both forms, the pattern runs without the flag over
// every string that holds neither letter, and matches exactly what it matches with it.

/** The parts of a pattern whose meaning changes without `u` beyond case folding, or that need it. */
const NEEDS_UNICODE = /\\[pPuSDWkc]|\[\^|(?<!\\)\.|[^\x20-\x7e]/u;

export interface AsciiPattern {
  /** The pattern to run over `s`: the faster one unless `s` holds a letter only `u` folds. */
  for(s: string): RegExp;
}

/** `pattern` (with the `i` and `u` flags) kept with a twin without `u`, where the twin matches the same. */
export function asciiPattern(pattern: RegExp): AsciiPattern {
  if (!pattern.unicode || NEEDS_UNICODE.test(pattern.source)) return { for: () => pattern };
  const plain = new RegExp(pattern.source, pattern.flags.replace("u", ""));
  return { for: (s) => (s.includes("ſ") || s.includes("\u212a") ? pattern : plain) };
}
