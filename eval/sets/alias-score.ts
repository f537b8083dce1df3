// Alias clustering score on GUM's named mentions (pairwise P/R/F1). The shared ner-score.mjs scores
// spans only, so the pairing is done here. Gold: the named person / organization / place mentions of a
// document (minimal spans), clustered by their coreference `eid`. Ours: every entity mention.
//
// Mentions are aligned one to one, as coreference scorers do with predicted mentions (a predicted
// mention realises at most one gold mention): candidate pairs overlap, and are taken greedily by
// decreasing Dice overlap of their character spans, so an exact span beats a nested or enclosing one
// ("Springfield" goes to the gold "Springfield", not to the enclosing "streets of Springfield").
// A gold mention left unaligned is a singleton: its gold pairs are misses. Pairs of gold mentions are
// then counted: same gold cluster and same entity = tp; same entity only = fp; same cluster only = fn.

export interface GoldNamed { start: number; end: number; eid: string }
export interface PredMention { start: number; end: number; entity: string }
export interface PairCounts { tp: number; fp: number; fn: number }

/** For each gold mention, the entity of the predicted mention aligned to it, or null. */
export function alignMentions(gold: readonly GoldNamed[], pred: readonly PredMention[]): (string | null)[] {
  const cands: { g: number; p: number; dice: number }[] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const o = Math.min(p.end, g.end) - Math.max(p.start, g.start);
    if (o > 0) cands.push({ g: gi, p: pi, dice: (2 * o) / (g.end - g.start + p.end - p.start) });
  }));
  // best overlap first; ties to the earlier gold, then the earlier prediction (deterministic)
  cands.sort((a, b) => b.dice - a.dice || a.g - b.g || a.p - b.p);
  const out: (string | null)[] = gold.map(() => null), usedP = new Set<number>();
  for (const c of cands) if (out[c.g] === null && !usedP.has(c.p)) { out[c.g] = pred[c.p].entity; usedP.add(c.p); }
  return out;
}

/**
 * Pairwise counts over the gold mentions of one document. `all`: every gold mention (the headline; a
 * mention we did not find is a singleton). `found`: only pairs of gold mentions that both have an aligned
 * prediction, a diagnostic of clustering given our mentions, without the tagger's misses.
 */
export function aliasPairs(gold: readonly GoldNamed[], pred: readonly PredMention[]): { all: PairCounts; found: PairCounts } {
  const ids = alignMentions(gold, pred);
  const all = { tp: 0, fp: 0, fn: 0 }, found = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < gold.length; i++) for (let j = i + 1; j < gold.length; j++) {
    const same = gold[i].eid === gold[j].eid, ours = ids[i] !== null && ids[i] === ids[j];
    const k: keyof PairCounts | null = same && ours ? 'tp' : ours ? 'fp' : same ? 'fn' : null;
    if (!k) continue;
    all[k]++;
    if (ids[i] !== null && ids[j] !== null) found[k]++;
  }
  return { all, found };
}
