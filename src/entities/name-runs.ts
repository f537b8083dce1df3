// Which full person names contain a run of words, looked up in a map instead of scanning every
// full name per mention (quadratic on a document naming one person thousands of times).

/** Runs longer than this are not indexed: a name part of more words is not a name part. */
export const MAX_NAME_RUN = 8;
/** Past this many distinct full names holding one run, the run is ambiguous whatever the clusters
 *  say: the caller takes the nearest earlier one without comparing clusters (keeps it O(1)). */
export const MAX_NAME_GROUPS = 32;

/** Full names with the same folded words: members in candidate order. */
export interface NameGroup { len: number; members: number[] }
export interface RunHits { groups: NameGroup[]; /** every member of every group, ascending */ all: number[] }

const keyOf = (ws: readonly string[]) => ws.join('\u0001');

/** Index of every strict sub-run (≤ MAX_NAME_RUN words) of the full names `full` (candidate
 *  indexes, ascending) over their folded words. */
export function indexNameRuns(full: readonly number[], folded: readonly (readonly string[])[]): Map<string, RunHits> {
  const groups = new Map<string, NameGroup>();
  for (const f of full) {
    const k = keyOf(folded[f]);
    const g = groups.get(k);
    if (g) g.members.push(f); else groups.set(k, { len: folded[f].length, members: [f] });
  }
  const index = new Map<string, RunHits>();
  for (const [k, g] of groups) {
    const ws = folded[g.members[0]], seen = new Set<string>();
    for (let a = 0; a < ws.length; a++) {
      for (let b = a + 1; b <= Math.min(ws.length, a + MAX_NAME_RUN); b++) {
        if (b - a === ws.length) continue;
        const rk = keyOf(ws.slice(a, b));
        if (seen.has(rk)) continue;
        seen.add(rk);
        const h = index.get(rk) ?? { groups: [], all: [] };
        if (!h.groups.length) index.set(rk, h);
        h.groups.push(g);
        for (const m of g.members) h.all.push(m);
      }
    }
    void k;
  }
  for (const h of index.values()) if (h.groups.length > 1) h.all.sort((x, y) => x - y);
  return index;
}

export const runKey = keyOf;

/** The last index in ascending xs below `before` (by start), or -1. */
export function lastBefore(xs: readonly number[], before: number, startOf: (i: number) => number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (startOf(xs[mid]) < before) lo = mid + 1; else hi = mid; }
  return lo > 0 ? xs[lo - 1] : -1;
}
