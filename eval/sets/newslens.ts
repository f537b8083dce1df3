// newslens-gold (12 shared docs) + the seed article: statements, end-to-end, source type, cue,
// relayedVia (all from the scorer) and article extraction per page (checked here, totals cross-checked).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freshDir } from '../lib/paths.js';
import { renderTable, type Align } from '../table.js';
import { checkPage, totals, type Check, type PageChecks } from './article-checks.js';
import { skipped, type SetResult } from './result.js';
import { at, prfAt, rateAt, runSourcing } from './sourcing.js';

const LABEL = 'newslens shared+seed';

export async function runNewslens(shared: string): Promise<SetResult> {
  for (const d of ['data/attribution/newslens-gold', 'seed']) if (!existsSync(path.join(shared, d))) return skipped('newslens', LABEL, `no ${d} in ${shared}`);
  freshDir('newslens');
  // default options (auto): these are scraped-page and plain text files, read as they come
  const s = await runSourcing(shared, 'newslens', 'shared', {}, true);
  const r = s.result;
  const pages = s.run.docs.map((d) => checkPage(shared, d, s.run.analyses.get(d))).filter((p): p is PageChecks => p !== null);
  const notes = [...s.notes, ...crossCheck(totals(pages), at(r, 'article') as Record<string, unknown> | undefined)];
  return {
    set: 'newslens', label: LABEL, docs: s.run.docs.length, errors: s.run.errors, ms: s.ms,
    rows: [
      { measure: 'statements jaccard>=0.5', prf: prfAt(at(r, 'detection', 'jaccard>=0.5')), e2eF1: prfAt(at(r, 'e2e'))?.F1,
        typeAcc: rateAt(at(r, 'typeAccuracy')), cueAcc: rateAt(at(r, 'cueExact')), speakerAcc: rateAt(at(r, 'speakerOnMatched')) },
      { measure: 'statements exact', prf: prfAt(at(r, 'detection', 'exact')) },
      { measure: 'statements cover>=0.3', prf: prfAt(at(r, 'detection', 'cover>=0.3')) },
    ],
    headlines: [s.headline],
    tables: [detailTable(r), byKindTable(at(r, 'byKind') as Record<string, KindRow> | undefined), articleTable(pages)],
    notes,
    json: { scorer: r, headline: s.headline, articleByPage: pages },
  };
}

const mark = (c: Check): string => (c === null ? '-' : c ? 'ok' : 'no');
const frac = (ok: number, n: number): string => (n ? `${ok}/${n}` : '-');

/** doc | title | body start | body end | byline | date | related matched/gold (pred) | related date | related min */
function articleTable(pages: readonly PageChecks[]): string[] {
  const head = ['ARTICLE EXTRACTION doc', 'title', 'start', 'end', 'byline', 'date', 'related', 'pred', 'r.date', 'r.min'];
  const align: Align[] = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  const rows: (string[] | null)[] = pages.map((p) => [
    p.doc, mark(p.title), mark(p.bodyStart), mark(p.bodyEnd), mark(p.byline), mark(p.date),
    `${p.related.matched}/${p.related.gold}`, String(p.related.pred), frac(p.related.dateOk, p.related.matched), frac(p.related.minutesOk, p.related.matched),
  ]);
  const count = (f: (p: PageChecks) => Check) => {
    const v = pages.map(f).filter((c) => c !== null);
    return `${v.filter(Boolean).length}/${v.length}`;
  };
  const sum = (f: (p: PageChecks) => number) => pages.reduce((s, p) => s + f(p), 0);
  rows.push(null, [
    'total', count((p) => p.title), count((p) => p.bodyStart), count((p) => p.bodyEnd), count((p) => p.byline), count((p) => p.date),
    `${sum((p) => p.related.matched)}/${sum((p) => p.related.gold)}`, String(sum((p) => p.related.pred)),
    frac(sum((p) => p.related.dateOk), sum((p) => p.related.matched)), frac(sum((p) => p.related.minutesOk), sum((p) => p.related.matched)),
  ]);
  return [...renderTable(head, rows, align),
    'date: publishedAt equal to the gold date, or null where the gold has none. related: gold stories matched by title (pred = stories predicted);',
    'r.date / r.min: matched stories whose date / readMinutes are right. byline "-": the gold gives no byline list.'];
}

const RATES: [string, string][] = [
  ['speakerOnMatched', 'speaker correct on matched'], ['typeAccuracy', 'source type on matched'],
  ['cueExact', 'cue exact on matched'], ['cueExactGoldHasCue', 'cue exact (gold has a cue)'],
  ['kindAccuracy', 'kind on matched'], ['relayedVia', 'relayedVia right (gold has it)'],
  ['spuriousRelayedVia', 'spurious relayedVia (gold none)'],
];

/** The scorer's accuracies with their counts. */
function detailTable(r: Record<string, unknown>): string[] {
  const rows = RATES.map(([k, label]) => {
    const x = rateAt(at(r, k));
    return [label, x && x.n ? (100 * x.acc).toFixed(1) : '-', x ? `${x.ok}/${x.n}` : '-'];
  });
  rows.push(['term quotes reported as statements', String(at(r, 'termQuotesReportedAsStatements') ?? '-'), '']);
  return renderTable(['newslens DETAIL', '%', 'ok/n'], rows, ['l', 'r', 'r']);
}

interface KindRow { gold: number; found: number; pred: number; tp: number; P: number; R: number; F1: number }

/** Statements by kind: R by gold kind, P by predicted kind. */
function byKindTable(kinds: Record<string, KindRow> | undefined): string[] {
  const rows = Object.entries(kinds ?? {}).map(([k, v]) => [k, String(v.gold), (100 * v.R).toFixed(1), String(v.pred), (100 * v.P).toFixed(1), (100 * v.F1).toFixed(1)]);
  return renderTable(['newslens BY KIND', 'gold', 'R', 'pred', 'P', 'F1'], rows, ['l', 'r', 'r', 'r', 'r', 'r']);
}

/** Our per-page totals must equal the scorer's; say so loudly if they do not. */
function crossCheck(ours: Record<string, unknown>, theirs: Record<string, unknown> | undefined): string[] {
  if (!theirs) return ['scorer JSON has no article section; per-page table not cross-checked'];
  const out: string[] = [];
  for (const k of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const a = ours[k] as Record<string, number> | undefined, b = theirs[k] as Record<string, number> | undefined;
    const keys = k === 'related' ? ['gold', 'found', 'pred'] : ['ok', 'n'];
    if (!a || !b || keys.some((x) => a[x] !== b[x])) out.push(`article check '${k}' differs from the scorer: ours ${JSON.stringify(a ?? null)}, scorer ${JSON.stringify(b ?? null)}`);
  }
  return out;
}
