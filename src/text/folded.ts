// A lower-cased copy of a text, to ask whether a case-insensitive pattern's words occur in it at
// all before running the pattern over the whole text: `String.includes` is a plain search, several
// times cheaper than a regular expression that tries every position, and most patterns find
// nothing in most texts. The long s `ſ` is folded to s as a case-insensitive pattern folds it.

/** The text lower-cased for `includes` tests (its offsets are not the text's). */
export function folded(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** Does the folded text hold any of the words? */
export function holdsAny(foldedText: string, words: readonly string[]): boolean {
  for (const word of words) if (foldedText.includes(word)) return true;
  return false;
}
