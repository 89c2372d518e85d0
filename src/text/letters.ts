// Letters and marks told apart by code unit, without a regex for plain ASCII: the word scans of
// every text (the people tokenizer, the front matter's word counts) ask this of every character.

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER = /^\p{L}$/u;

/**
 * The length (1, or 2 for a surrogate pair) of a letter at `at` — with `marks`, of a letter or a
 * combining mark — or 0.
 */
export function letterAt(text: string, at: number, marks = true): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  // general punctuation (quotation marks, dashes, spaces) holds no letter
  if (code >= 0x2000 && code <= 0x206f) return 0;
  const kind = marks ? LETTER_OR_MARK : LETTER;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) return kind.test(text.slice(at, at + 2)) ? 2 : 0;
  return kind.test(text.charAt(at)) ? 1 : 0;
}

/**
 * How many words `s` holds: letters with the letters, marks, apostrophes and hyphens that follow
 * them — the matches of /\p{L}[\p{L}\p{M}'’-]*\/gu, counted without making them.
 */
export function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < s.length; ) {
    const code = s.charCodeAt(at);
    if (inWord && (code === 39 || code === 0x2019 || code === 45)) {
      at++;
      continue;
    }
    // a word goes on over letters and marks, and starts only at a letter
    const letter = letterAt(s, at, inWord);
    if (letter) {
      if (!inWord) count++;
      inWord = true;
      at += letter;
      continue;
    }
    inWord = false;
    at++;
  }
  return count;
}
