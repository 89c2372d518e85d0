// Word-level looks at the edges of a piece of text. Done by hand rather than with a regular
// expression anchored at the end ("…\s+\S+$"), which would retry from every space of a hostile text.

const SPACE = /\s/u;

/** The last `n` words before the end of `text`, in order (a bounded look back). */
export function lastWords(text: string, n: number): string[] {
  const words: string[] = [];
  let i = text.length;
  while (words.length < n && i > 0) {
    while (i > 0 && SPACE.test(text[i - 1]!)) i--;
    const end = i;
    while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
    if (end > i) words.unshift(text.slice(i, end));
  }
  return words;
}

/** `text` without the characters of `chars` at its end. */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || (chars.includes(" ") && SPACE.test(text[end - 1]!)))) end--;
  return text.slice(0, end);
}

/** Does the text end with a capitalised word ("… the Economic")? */
export function endsCapitalised(text: string): boolean {
  const last = lastWords(text, 1)[0];
  return last !== undefined && /^\p{Lu}/u.test(last);
}
