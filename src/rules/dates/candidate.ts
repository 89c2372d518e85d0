// A date expression proposed by one of the finders, before overlaps are settled.
export interface DateCandidate {
  start: number;
  end: number;
  value: string;
  /** Which finder proposed it: relative expressions yield to a written date next to them. */
  kind: "explicit" | "range" | "year" | "relative";
  /** For a written day: its parts as written, so that a range can lend it the year of its end. */
  written?: { year: number | null; month: number; day: number | null };
}

/** Keeps, of overlapping candidates, the longest (the first on a tie), in text order. */
export function withoutOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}
