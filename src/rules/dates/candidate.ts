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
