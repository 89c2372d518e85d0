// Lines of the source with their offsets (UTF-16 indices, as everywhere inside the pipeline).

export interface Line {
  /** Index of the first character of the line. */
  start: number;
  /** Index just past the last character, line end excluded. */
  end: number;
  text: string;
}

/** Splits on LF, CRLF and lone CR, keeping each line's place in the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const SPACE = /\s/u;

/** Narrows [start, end) so that it neither begins nor ends with white space. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return [start, end];
}
