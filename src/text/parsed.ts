// The parsed form of one press release, built once and handed to every rule. Everything costly
// is computed on first use: the sentences of the body, and language analysis (compromise) of a
// span, which only the rules that need it ask for, and only for the spans they look at.
import { splitLines, trimSpan, type Line } from "./lines.js";
import { splitSentences, type SentenceSpan } from "./sentences.js";
import { tag, type TaggedView } from "../nlp.js";
import { firstIndex } from "./spans.js";

/** The longest span handed to compromise in one piece. */
export const MAX_TAGGED = 4000;

export interface Paragraph {
  start: number;
  end: number;
  /** The lines it is made of: one, or several when the text was hard-wrapped. */
  lines: Line[];
}

export class ParsedText {
  readonly text: string;
  readonly lines: Line[];
  readonly paragraphs: Paragraph[];
  private sentenceCache: SentenceSpan[] | undefined;
  private readonly tagged = new Map<string, TaggedView>();

  constructor(text: string) {
    this.text = text;
    this.lines = splitLines(text);
    this.paragraphs = groupParagraphs(text, this.lines);
  }

  /** The text of a span. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** All sentences of the text, paragraph by paragraph. */
  get sentences(): SentenceSpan[] {
    this.sentenceCache ??= this.paragraphs.flatMap((p) => splitSentences(this.text, p.start, p.end));
    return this.sentenceCache;
  }

  /**
   * compromise's analysis of one span, tagged on first request and kept. At most MAX_TAGGED
   * characters from `start` are tagged (offsets in the view stay relative to `start`): a sentence
   * longer than that is not prose but a flattened table or hostile input, and tagging it whole
   * would cost seconds.
   */
  nlp(start: number, end: number): TaggedView {
    const key = `${start}:${end}`;
    let view = this.tagged.get(key);
    if (!view) {
      view = tag(this.text.slice(start, Math.min(end, start + MAX_TAGGED)));
      this.tagged.set(key, view);
    }
    return view;
  }

  /** The line that holds index `at` (binary search: linear scans back would be quadratic). */
  lineAt(at: number): Line {
    return this.lines[Math.max(0, firstIndex(this.lines, (line) => line.start > at) - 1)]!;
  }
}

const ENDS_SENTENCE = /[.!?…:;"”»)]\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
const WRAP_WIDTH = 45;

/**
 * A paragraph is a line, except in hard-wrapped text (lines cut at a fixed width, where a sentence
 * runs on into a line that starts in lower case): there a block of adjacent lines is one paragraph.
 */
function groupParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.text.trim()) {
      i++;
      continue;
    }
    let j = i + 1;
    // a run of unpunctuated line ends, each followed by a non-empty line, one of which starts in lower case
    let wrapped = false;
    let k = i;
    while (k + 1 < lines.length && lines[k + 1]!.text.trim() && !ENDS_SENTENCE.test(lines[k]!.text)) {
      // wrapped lines are long: a short line before a lower-case one is chrome, not a wrap
      if (STARTS_LOWER.test(lines[k + 1]!.text) && lines[k]!.text.trim().length >= WRAP_WIDTH) wrapped = true;
      k++;
    }
    if (wrapped) j = k + 1;
    else {
      // no wrap in lines i..k means none in any part of them: each is its own paragraph, and the
      // block is not scanned again from its next line (which would be quadratic)
      for (let n = i; n <= k; n++) {
        const [start, end] = trimSpan(text, lines[n]!.start, lines[n]!.end);
        if (end > start) paragraphs.push({ start, end, lines: [lines[n]!] });
      }
      i = k + 1;
      continue;
    }
    const members = lines.slice(i, j);
    const [start, end] = trimSpan(text, members[0]!.start, members[members.length - 1]!.end);
    paragraphs.push({ start, end, lines: members });
    i = j;
  }
  return paragraphs;
}
