// Range lookups for the entities stage that stay linear on adversarial text.

/** Whether [s, e) lies inside one of the ranges, in O(1) after an O(n) prefix max of range ends
 *  by start token (a scan of every range per chunk is quadratic on adversarial text). */
export function insideAny(ranges: readonly [number, number][], n: number): (s: number, e: number) => boolean {
  if (!ranges.length) return () => false;
  const maxEnd = new Int32Array(n + 1).fill(-1);
  for (const [a, b] of ranges) if (a <= n && b > maxEnd[a]) maxEnd[a] = b;
  for (let i = 1; i <= n; i++) if (maxEnd[i - 1] > maxEnd[i]) maxEnd[i] = maxEnd[i - 1];
  return (s, e) => s <= n && maxEnd[s] >= e;
}
