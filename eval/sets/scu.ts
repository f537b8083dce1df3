// SCU journalistic sourcing (30 stories): statements matched with the upstream fuzzy partial ratio
// (> 70), source-name and source-type accuracy on matched statements. All numbers from the scorer.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freshDir } from '../lib/paths.js';
import { renderTable } from '../table.js';
import { skipped, type SetResult } from './result.js';
import { at, prfAt, rateAt, runSourcing } from './sourcing.js';

const LABEL = 'scu journ-sourcing';

export async function runScu(shared: string): Promise<SetResult> {
  if (!existsSync(path.join(shared, 'data/attribution/journ-sourcing'))) return skipped('scu', LABEL, `no data/attribution/journ-sourcing in ${shared}`);
  freshDir('scu');
  // The inputs are extracted article text that opens with "Headline:/Date:/Publisher:" lines (or a
  // "=====" Title/Author block) and repeats the title: a scraped page, never HTML, so 'page'.
  const s = await runSourcing(shared, 'scu', 'shared', { as: 'page' });
  const r = s.result;
  const byType = Object.entries((at(r, 'recallByGoldType') ?? {}) as Record<string, { gold: number; found: number; R: number }>)
    .map(([k, v]) => [k, String(v.gold), String(v.found), (100 * v.R).toFixed(1)]);
  const name = rateAt(at(r, 'nameAccuracy')), fuzz = rateAt(at(r, 'nameFuzzRatioOver80')), pron = rateAt(at(r, 'nameAccuracyPronounStatements'));
  const rate = (x: typeof name) => (x && x.n ? `${(100 * x.acc).toFixed(1)} (${x.ok}/${x.n})` : '-');
  return {
    set: 'scu', label: LABEL, docs: s.run.docs.length, errors: s.run.errors, ms: s.ms,
    rows: [{ measure: 'statements fuzz_split>70', prf: prfAt(at(r, 'statements')), typeAcc: rateAt(at(r, 'typeAccuracy')), speakerAcc: name }],
    headlines: [s.headline],
    tables: [[
      ...renderTable(['scu RECALL BY GOLD TYPE', 'gold', 'found', 'R'], byType, ['l', 'r', 'r', 'r']),
      `name on matched: token subset ${rate(name)}; fuzz.ratio>80 ${rate(fuzz)}; pronoun-cue statements ${rate(pron)}`,
    ]],
    notes: s.notes,
    json: { scorer: r, headline: s.headline },
  };
}
