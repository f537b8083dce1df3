// Binary search over sorted offsets: the one lower bound the attribution stage's lookups share.

/** The first index in [0, n) where `before(i)` is false, for a `before` that holds for a prefix only. */
export function firstIndex(n: number, before: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before(mid)) lo = mid + 1; else hi = mid; }
  return lo;
}
