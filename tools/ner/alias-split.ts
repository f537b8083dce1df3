// Alias clustering on any GUM split, by the eval's own pairwise score (eval/sets/alias-score.ts): a check
// that the alias rules generalise beyond GUM dev, the split `npm run eval` reports. With --by-kind it also
// scores names only, names + title references, names + nested places (the `kind` of a mention).
//
//   node --import tsx tools/ner/alias-split.ts [--split train|dev] [--shared DIR] [--by-kind]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { aliasPairs, type GoldNamed, type PairCounts } from '../../eval/sets/alias-score.js';
import { resolveShared } from '../../eval/lib/paths.js';
import { analyzeText } from '../../src/index.js';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'train' }, shared: { type: 'string' }, 'by-kind': { type: 'boolean', default: false } } });
const file = path.join(resolveShared(values.shared), 'data/ner/gum/standoff', `${values.split}.jsonl`);
if (!existsSync(file)) { console.error(`alias-split: no GUM split at ${file}`); process.exit(2); }

/** The named person / organization / place mentions, as eval/sets/ner.ts reads them. */
const GUM_TYPES = new Set(['person', 'organization', 'place']);
interface GumMention { named: boolean; etype: string; eid: string | number; minStart: number; minEnd: number }

const variants: Record<string, (kind: string | undefined) => boolean> = values['by-kind']
  ? { names: (k) => !k, '+ titles': (k) => !k || k === 'title', '+ nested': (k) => !k || k === 'nested', all: () => true }
  : { all: () => true };
const totals = new Map<string, PairCounts>(Object.keys(variants).map((v) => [v, { tp: 0, fp: 0, fn: 0 }]));
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { text: string; mentions: GumMention[] };
  const gold: GoldNamed[] = r.mentions.filter((m) => m.named && GUM_TYPES.has(m.etype)).map((m) => ({ start: m.minStart, end: m.minEnd, eid: String(m.eid) }));
  const a = analyzeText(r.text, { as: 'body' });
  for (const [name, keep] of Object.entries(variants)) {
    const pred = a.entities.flatMap((e) => e.mentions.filter((m) => keep(m.kind)).map((m) => ({ start: m.start, end: m.end, entity: e.id })));
    const p = aliasPairs(gold, pred).all, t = totals.get(name)!;
    t.tp += p.tp; t.fp += p.fp; t.fn += p.fn;
  }
}
for (const [name, t] of totals) {
  const P = t.tp / (t.tp + t.fp || 1), R = t.tp / (t.tp + t.fn || 1), F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(`GUM ${values.split} alias pairs (${name}): F1 ${(100 * F).toFixed(1)} (P ${(100 * P).toFixed(1)}, R ${(100 * R).toFixed(1)}; tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
}
