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

/**
 * In a list sorted so that `past` is false for a prefix and true after it, the index of the first
 * item for which it is true (the length when none is): one binary search for every rule that looks
 * up sentences, lines or spans by offset.
 */
export function firstIndex<T>(items: readonly T[], past: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (past(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
