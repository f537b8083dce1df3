// A quick exact-span scorer over raw tagger chunks, for training feedback only. The numbers that
// count come from `npm run eval -- --set ner` (the reference scorer over the whole stage).
import type { TrainDoc } from '../../src/entities/train.js';
import { tokenizeBody } from '../../src/entities/train.js';
import { tagDoc, type NerResources } from '../../src/entities/05-tag.js';

const GROUP: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC' };

export function quickScore(docs: readonly TrainDoc[], ner: NerResources): Record<string, { p: number; r: number; f1: number }> {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  const add = (k: string, f: 'tp' | 'fp' | 'fn') => { (c[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++; };
  for (const d of docs) {
    const t = tagDoc(tokenizeBody(d.text), ner);
    const pred = new Set<string>();
    for (const ch of t.chunks) {
      let e = t.view.end[ch.end - 1];
      if (/['’]s$/.test(t.view.words[ch.end - 1])) e -= 2;
      pred.add(`${t.view.start[ch.start]}:${e}:${GROUP[ch.type] ?? ch.type}`);
    }
    const gold = new Set(d.spans.filter((s) => s.type).map((s) => `${s.start}:${s.end}:${GROUP[s.type!] ?? s.type}`));
    const types = d.annotated ? new Set(d.annotated.map((x) => GROUP[x] ?? x)) : null;
    for (const k of pred) { const ty = k.split(':')[2]; if (types && !types.has(ty)) continue; add(ty, gold.has(k) ? 'tp' : 'fp'); if (['PER', 'ORG', 'LOC'].includes(ty)) add('PER/ORG/LOC', gold.has(k) ? 'tp' : 'fp'); }
    for (const k of gold) { const ty = k.split(':')[2]; if (!pred.has(k)) { add(ty, 'fn'); if (['PER', 'ORG', 'LOC'].includes(ty)) add('PER/ORG/LOC', 'fn'); } }
  }
  const out: Record<string, { p: number; r: number; f1: number }> = {};
  for (const [k, x] of Object.entries(c)) {
    const p = x.tp / (x.tp + x.fp || 1), r = x.tp / (x.tp + x.fn || 1);
    out[k] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}
