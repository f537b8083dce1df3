// PolNeAR (706 shared docs): attribution content P/R/F1 at Jaccard >= 0.5 over all attributions and the
// speech-cue and quote-mark subsets, end-to-end with source overlap, cue exact. All from the scorer.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freshDir } from '../lib/paths.js';
import { skipped, type SetResult } from './result.js';
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
  const gold = at(r, 'goldAttributions'), share = at(r, 'speechCueShare');
  return {
    set: 'polnear', label: LABEL, docs: s.run.docs.length, errors: s.run.errors, ms: s.ms,
    rows: [
      { measure: 'content jaccard>=0.5 (all)', prf: prfAt(at(r, 'detection', 'jaccard>=0.5')), e2eF1: prfAt(at(r, 'e2e'))?.F1,
        cueAcc: rateAt(at(r, 'cueExactOnMatched')), speakerAcc: rateAt(at(r, 'sourceOnMatched')) },
      { measure: 'content exact (all)', prf: prfAt(at(r, 'detection', 'exact')) },
      { measure: 'speech-cue subset', prf: prfAt(at(r, 'speechSubset')), e2eF1: prfAt(at(r, 'e2eSpeechSubset'))?.F1 },
      { measure: 'quote-mark subset', prf: prfAt(at(r, 'quotedSubset')) },
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
