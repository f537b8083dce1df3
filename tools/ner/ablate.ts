// Rule ablation on a dev split (development aid): PER/ORG/LOC exact F1 of the raw tagger, of the
// tagger + every rule, and of the tagger + every rule but one, over the rule layer's chunks.
//   NEWSLENS_NER_MODEL=FILE node --import tsx tools/ner/ablate.ts [--gum]
import path from 'node:path';
import { createNer, tagDoc, type Chunk } from '../../src/entities/05-tag.js';
import { RULES, applyRules } from '../../src/entities/06-rules.js';
import { loadLexicons } from '../../src/entities/lexicons.js';
import { loadModel } from '../../src/entities/model.js';
import { tokenizeBody } from '../../src/entities/train.js';
import { readGum, readWorldwide } from './data.js';

const shared = process.env.NEWSLENS_SHARED ?? path.resolve(process.cwd(), '..', 'shared');
const ner = createNer(loadModel(), loadLexicons());
const docs = process.argv.includes('--gum') ? readGum(shared, 'dev', () => false) : readWorldwide(shared, 'dev');
const GROUP: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC' };
const configs: [string, ((c: Chunk[], t: ReturnType<typeof tagDoc>) => Chunk[])][] = [
  ['raw tagger', (c) => c],
  ['all rules', (c, t) => applyRules(c, t)],
  ...RULES.map(([name]) => [`without ${name}`, (c: Chunk[], t: ReturnType<typeof tagDoc>) => applyRules(c, t, new Set([name]))] as [string, (c: Chunk[], t: ReturnType<typeof tagDoc>) => Chunk[]]),
];
const counts = configs.map(() => ({ tp: 0, fp: 0, fn: 0 }));
for (const d of docs) {
  const t = tagDoc(tokenizeBody(d.text), ner);
  const gold = new Set(d.spans.filter((s) => s.type && GROUP[s.type]).map((s) => `${s.start}:${s.end}:${GROUP[s.type!]}`));
  configs.forEach(([, f], k) => {
    const pred = new Set(f(t.chunks, t).filter((c) => GROUP[c.type]).map((c) => `${t.view.start[c.start]}:${t.view.end[c.end - 1]}:${GROUP[c.type]}`));
    for (const x of pred) if (gold.has(x)) counts[k].tp++; else counts[k].fp++;
    for (const x of gold) if (!pred.has(x)) counts[k].fn++;
  });
}
configs.forEach(([name], k) => {
  const { tp, fp, fn } = counts[k], p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`${(100 * (2 * p * r) / (p + r)).toFixed(2).padStart(6)}  ${name}`);
});
