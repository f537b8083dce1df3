// Error analysis of the raw tagger on a dev split (for development; prints counts, not text files).
//   node --import tsx tools/ner/analyze.ts MODEL [--gum] [--type DATE]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createNer, tagDoc } from '../../src/entities/05-tag.js';
import { loadLexicons } from '../../src/entities/lexicons.js';
import { decodeModel } from '../../src/entities/model.js';
import { tokenizeBody } from '../../src/entities/train.js';
import { readGum, readWorldwide } from './data.js';

const args = process.argv.slice(2);
const shared = process.env.NEWSLENS_SHARED ?? path.resolve(process.cwd(), '..', 'shared');
const lex = loadLexicons();
const ner = createNer(decodeModel(readFileSync(args[0])), lex);
const only = args.includes('--type') ? args[args.indexOf('--type') + 1] : null;
const docs = args.includes('--gum') ? readGum(shared, 'dev', () => false) : readWorldwide(shared, 'dev');
const kinds: Record<string, number> = {};
const examples: Record<string, string[]> = {};
const note = (k: string, ex: string) => { kinds[k] = (kinds[k] ?? 0) + 1; (examples[k] ??= []).push(ex); };
for (const d of docs) {
  const t = tagDoc(tokenizeBody(d.text), ner);
  const pred = t.chunks.map((c) => {
    let e = t.view.end[c.end - 1];
    if (/['’]s$/.test(t.view.words[c.end - 1])) e -= 2;
    return { start: t.view.start[c.start], end: e, type: c.type as string };
  });
  const gold = d.spans.filter((s) => s.type) as { start: number; end: number; type: string }[];
  const want = (x: string) => !only || x === only;
  for (const g of gold) {
    if (!want(g.type)) continue;
    const exact = pred.find((p) => p.start === g.start && p.end === g.end);
    const ov = pred.find((p) => p.start < g.end && g.start < p.end);
    const gt = d.text.slice(g.start, g.end);
    if (exact && exact.type === g.type) continue;
    if (exact) note(`type ${g.type}->${exact.type}`, gt);
    else if (ov) note(`bound ${g.type}`, `${gt} || ${d.text.slice(ov.start, ov.end)}`);
    else note(`miss ${g.type}`, gt);
  }
  for (const p of pred) {
    if (!want(p.type)) continue;
    if (!gold.some((g) => g.start < p.end && p.start < g.end)) note(`spur ${p.type}`, d.text.slice(p.start, p.end));
  }
}
for (const [k, n] of Object.entries(kinds).sort((a, b) => b[1] - a[1])) {
  console.log(`${String(n).padStart(5)} ${k}: ${examples[k].slice(0, 14).join(' ; ')}`);
}
