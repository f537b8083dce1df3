// `npm run train:parc`: trains the PARC tagger on PolNeAR train from ../shared/data (read at run
// time), reports its token accuracy on PolNeAR dev and writes models/parc.bin. Deterministic for a
// given --seed. The tagger sees each article as `analyze(..., { as: 'page' })` reads it, split into
// sentences and quotations as the rules split it, and learns the PolNeAR gold projected onto that text.
//
//   node --import tsx tools/train-parc.ts [--shared DIR] [--epochs N] [--seed N] [--runs N] [--prune W] [--out FILE] [--dry]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolArgs } from './tool-args.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run train:parc -- [--shared DIR] [--epochs N] [--seed N] [--runs N] [--prune W] [--out FILE] [--dry]';
const args = toolArgs('train-parc', USAGE, { shared: 'string', epochs: 'string', seed: 'string', prune: 'string', runs: 'string', out: 'string', dry: 'boolean' });
// read (and so check) the numbers before the minutes of reading data
const trainOptions = { epochs: args.num('epochs'), seed: args.num('seed'), prune: args.num('prune'), runs: args.num('runs') };

// the page is read without any earlier PARC model
process.env.NEWSLENS_PARC_MODEL = 'off';
const { analyzeText } = await import('../src/index.js');
const { findQuotes } = await import('../src/attribution/01-quote-marks.js');
const { splitSentences } = await import('../src/attribution/02-sentences.js');
const { taggerInputs, N_LABELS } = await import('../src/attribution/parc-features.js');
const { trainParc } = await import('../src/attribution/parc-train.js');
const { decode } = await import('../src/attribution/parc-tagger.js');
const { encodeParcModel, decodeParcModel, PARC_MODEL_FILE } = await import('../src/attribution/parc-model.js');
type TrainParagraph = import('../src/attribution/parc-train.js').TrainParagraph;

const shared = String(args.str('shared') ?? process.env.NEWSLENS_SHARED ?? path.resolve(ROOT, '..', 'shared'));
const log = (s: string): void => console.log(`[train-parc] ${s}`);

interface Span { start: number; end: number }
interface GoldRecord { doc_id: string; annotator: string; text: string; attributions: { source?: Span[]; cue?: Span[]; content?: Span[]; content2?: Span[] }[] }

/** One record per document: the lexicographically first annotator's, as the scorer takes it. */
function readSplit(split: 'train' | 'dev'): GoldRecord[] {
  const file = path.join(shared, 'data/attribution/polnear/jsonl', `${split}.jsonl`);
  const first = new Map<string, GoldRecord>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as GoldRecord, had = first.get(r.doc_id);
    if (!had || r.annotator < had.annotator) first.set(r.doc_id, r);
  }
  return [...first.values()].sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1));
}

/** The paragraphs of a record as the tagger sees them, with gold labels projected from the raw text. */
function paragraphsOf(r: GoldRecord): TrainParagraph[] {
  const a = analyzeText(r.text, { as: 'page', uri: r.doc_id });
  const text = a.article.text, paragraphs = a.article.paragraphs;
  const role = new Int8Array(r.text.length), owner = new Int32Array(r.text.length).fill(-1);
  r.attributions.forEach((at, k) => {
    const parts: [Span[] | undefined, number][] = [[at.content, 2], [at.content2, 2], [at.cue, 1], [at.source, 3]];
    for (const [spans, ro] of parts) for (const s of spans ?? []) for (let i = s.start; i < s.end; i++) { role[i] = ro; owner[i] = k; }
  });
  // the tagger needs the quotations and sentences only, not the rules' statements
  const quotes = findQuotes(text, paragraphs), sentences = splitSentences(text, paragraphs, quotes);
  const inputs = taggerInputs(text, paragraphs, sentences, quotes);
  const out: TrainParagraph[] = [];
  let cursor = 0;
  paragraphs.forEach((p, n) => {
    const rawStart = r.text.indexOf(text.slice(p.start, p.end), cursor);
    if (rawStart < 0) return; // the page reader changed this paragraph: no labels to project
    cursor = rawStart;
    const { tokens } = inputs[n];
    let prevKey = -1;
    const gold = tokens.map((t) => {
      const at = rawStart + (t.start - p.start), ro = role[at];
      const key = ro ? owner[at] * 4 + ro : -1, label = ro ? 2 * ro - 1 + (key === prevKey ? 1 : 0) : 0;
      prevKey = key;
      return label;
    });
    out.push({ ...inputs[n], gold });
  });
  return out;
}

const t0 = Date.now();
const train = readSplit('train').flatMap(paragraphsOf), dev = readSplit('dev').flatMap(paragraphsOf);
log(`${train.length} train paragraphs, ${dev.length} dev paragraphs read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const trained = trainParc(train, { ...trainOptions, log });
const file = encodeParcModel(trained.slots, trained.weights), model = decodeParcModel(file);
log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${trained.slots.length} feature slots, ${(file.length / 1e6).toFixed(1)} MB`);

// dev: token accuracy and per-role token P/R (the eval scores whole attributions: npm run eval -- --set polnear)
const conf = Array.from({ length: 4 }, () => new Array(4).fill(0));
let ok = 0, n = 0;
for (const p of dev) {
  decode(p.tokens, p.feats, p.sentenceStarts, model).forEach((l, i) => {
    n++; if (l === p.gold[i]) ok++;
    conf[(p.gold[i] + 1) >> 1][(l + 1) >> 1]++;
  });
}
const roleNames = ['none', 'cue', 'content', 'source'];
log(`dev token accuracy ${(100 * ok / n).toFixed(1)}% over ${n} tokens (${N_LABELS} labels)`);
for (let r = 1; r < 4; r++) {
  const tp = conf[r][r], gold = conf[r].reduce((s, x) => s + x, 0), pred = conf.reduce((s, row) => s + row[r], 0);
  log(`  ${roleNames[r].padEnd(8)} token P ${(100 * tp / Math.max(1, pred)).toFixed(1)} R ${(100 * tp / Math.max(1, gold)).toFixed(1)}`);
}
if (!args.flag('dry')) {
  const out = String(args.str('out') ?? (PARC_MODEL_FILE === 'off' ? path.join(ROOT, 'models/parc.bin') : PARC_MODEL_FILE));
  writeFileSync(out, file);
  log(`wrote ${out}`);
}
