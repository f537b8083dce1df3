// PolNeAR (706 shared docs): attribution content P/R/F1 at Jaccard >= 0.5 over all attributions and the
// speech-cue and quote-mark subsets, end-to-end with source overlap, cue exact. All from the scorer.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDir, OUT_ROOT } from '../lib/paths.js';
import { skipped, type Prf, type SetResult } from './result.js';
import { at, prfAt, rateAt, runSourcing } from './sourcing.js';

const LABEL = 'polnear train+dev';

export async function runPolnear(shared: string): Promise<SetResult> {
  if (!existsSync(path.join(shared, 'data/attribution/polnear/jsonl'))) return skipped('polnear', LABEL, `no data/attribution/polnear/jsonl in ${shared}`);
  freshDir('polnear');
  // The inputs are the upstream .txt files: a headline on line 1, then paragraphs. Read as a page so
  // the headline is split off as the title (the scorer drops gold attributions inside it).
  const s = await runSourcing(shared, 'polnear', 'shared', { as: 'page', attributions: 'parc' });
  const r = s.result;
  const dropped = at(r, 'dropped') as { noContent?: number; headline?: number } | undefined;
  const gold = at(r, 'goldAttributions'), share = at(r, 'speechCueShare'), dev = devOnly(shared);
  return {
    set: 'polnear', label: LABEL, docs: s.run.docs.length, errors: s.run.errors, ms: s.ms,
    rows: [
      { measure: 'content jaccard>=0.5 (all)', prf: prfAt(at(r, 'detection', 'jaccard>=0.5')), e2eF1: prfAt(at(r, 'e2e'))?.F1,
        cueAcc: rateAt(at(r, 'cueExactOnMatched')), speakerAcc: rateAt(at(r, 'sourceOnMatched')) },
      { measure: 'content exact (all)', prf: prfAt(at(r, 'detection', 'exact')) },
      { measure: 'speech-cue subset', prf: prfAt(at(r, 'speechSubset')), e2eF1: prfAt(at(r, 'e2eSpeechSubset'))?.F1 },
      { measure: 'quote-mark subset', prf: prfAt(at(r, 'quotedSubset')) },
      // the PARC tagger learnt from PolNeAR train: its own training documents flatter it, dev does not
      { measure: 'dev only: content (all)', prf: dev['jaccard>=0.5'] },
      { measure: 'dev only: speech-cue subset', prf: dev.speech },
    ],
    headlines: [s.headline],
    tables: [],
    notes: [
      `gold attributions ${String(gold)} (speech-cue ${typeof share === 'number' ? (100 * share).toFixed(1) : '?'}%); ` +
        `dropped by the scorer: ${dropped?.noContent ?? '?'} without content, ${dropped?.headline ?? '?'} in the headline`,
      ...s.notes,
    ],
    json: { scorer: r, headline: s.headline },
  };
}

interface DocCounts { tp: number; pred: number; gold: number }

const DEV_KEYS = ['jaccard>=0.5', 'speech'] as const;

/** Content and speech-cue P/R/F1 pooled over PolNeAR's dev documents alone, from the scorer's per-document counts. */
function devOnly(shared: string): Record<(typeof DEV_KEYS)[number], Prf> {
  const devIds = new Set(readFileSync(path.join(shared, 'data/attribution/polnear/jsonl/dev.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { doc_id: string }).doc_id));
  const sums = Object.fromEntries(DEV_KEYS.map((k) => [k, { tp: 0, pred: 0, gold: 0 }])) as Record<(typeof DEV_KEYS)[number], DocCounts>;
  for (const line of readFileSync(path.join(OUT_ROOT, 'polnear', 'docs.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { doc: string } & Record<string, DocCounts>;
    if (!devIds.has(d.doc)) continue;
    for (const k of DEV_KEYS) if (d[k]) { sums[k].tp += d[k].tp; sums[k].pred += d[k].pred; sums[k].gold += d[k].gold; }
  }
  const prf = ({ tp, pred, gold }: DocCounts): Prf => {
    const P = pred ? tp / pred : 0, R = gold ? tp / gold : 0;
    return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
  };
  return { 'jaccard>=0.5': prf(sums['jaccard>=0.5']), speech: prf(sums.speech) };
}
