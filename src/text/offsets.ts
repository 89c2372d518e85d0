// The contract counts offsets in Unicode code points; JavaScript strings count UTF-16 code units.
// The pipeline works in code units and converts once, at the end.

/**
 * Returns a function from a UTF-16 index to a code point index. For text without characters
 * outside the Basic Multilingual Plane (nearly every press release) it is the identity.
 */
/** Does the text hold characters outside the Basic Multilingual Plane (surrogate pairs)? */
export function hasAstral(text: string): boolean {
  return /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
}

export function codePointIndexer(text: string): (index: number) => number {
  if (!hasAstral(text)) return (index) => index;
  // prefix[i] = number of code points in text[0, i)
  const prefix = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = points;
    const c = text.charCodeAt(i);
    // the low half of a pair does not start a new code point
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  prefix[text.length] = points;
  return (index) => prefix[index] ?? points;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Slices by code point offsets, as users of the JSON do (`[...text].slice(start, end)`). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join("");
}
