// Spans kept sorted by start, for the look-ups the quote rule makes once per candidate (is this
// place inside a quotation, which names stand just before it). Binary search keeps those look-ups
// logarithmic, so a text of thousands of quotations stays linear-ish overall.
import { firstIndex } from "../../text/spans.js";

export interface IndexedSpan {
  start: number;
  end: number;
}

export class SpanIndex<T extends IndexedSpan> {
  private readonly spans: T[] = [];

  constructor(spans: Iterable<T> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: T): void {
    const last = this.spans[this.spans.length - 1];
    if (!last || last.start <= span.start) {
      this.spans.push(span);
      return;
    }
    this.spans.splice(this.firstAfter(span.start), 0, span);
  }

  /** Index of the first span starting after `at`. */
  private firstAfter(at: number): number {
    return firstIndex(this.spans, (span) => span.start > at);
  }

  /** A span holding [start, end), looking back over at most `reach` spans that start before it. */
  containing(start: number, end: number, reach = 8): T | undefined {
    const from = this.firstAfter(start) - 1;
    for (let i = from; i >= 0 && from - i < reach; i--) {
      const s = this.spans[i]!;
      if (s.start <= start && s.end >= end) return s;
    }
    return undefined;
  }

  /** The spans that end at or before `at` and start no earlier than `floor`, latest first. */
  *before(at: number, floor: number): Generator<T> {
    for (let i = this.firstAfter(at) - 1; i >= 0; i--) {
      const s = this.spans[i]!;
      if (s.start < floor) return;
      if (s.end <= at) yield s;
    }
  }

  /** The spans that start inside [start, end). */
  *startingIn(start: number, end: number): Generator<T> {
    for (let i = this.firstAfter(start - 1); i < this.spans.length && this.spans[i]!.start < end; i++) yield this.spans[i]!;
  }
}
