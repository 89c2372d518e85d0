// Settling candidates that overlap (chrono's OverlapRemovalRefiner): of overlapping spans the
// longest is kept (the first on a tie), and the result is in text order.

export function withoutOverlaps<T extends { start: number; end: number }>(candidates: T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
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
