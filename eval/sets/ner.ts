// NER on Worldwide English dev and GUM dev: gold docs are built here from the standoff files in
// ../shared/data/ner (into eval/out/ner/, never into the repository), newslens reads each text as a
// clean body (offsets map 1:1), and ner-score.mjs scores exact span + type (CoNLL style).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText, type Analysis } from '../../src/index.js';
import { freshDir } from '../lib/paths.js';
import { oneLineError, type DocError } from '../lib/predict.js';
import { progress } from '../lib/progress.js';
import { runScorer } from '../lib/scorer.js';
import { renderTable } from '../table.js';
import { aliasPairs, type GoldNamed, type PairCounts } from './alias-score.js';
import { skipped, type SetResult, type SummaryRow } from './result.js';

interface Span { start: number; end: number; type: string }
interface NerDoc { id: string; text: string; entities: Span[]; /** GUM: named mentions with their coreference cluster */ named?: NamedMention[] }
type NamedMention = GoldNamed;
interface Prf3 { tp: number; fp: number; fn: number; p: number; r: number; f1: number }
interface NerScore { byType: Record<string, Prf3>; micro: Prf3; untyped: Prf3; overlap: Prf3; nGold: number; nPred: number }

const HEADLINE_TYPES = ['PER', 'ORG', 'LOC'];
/** Our entity types in the scorer's names; types not listed keep their own name (NORP, FAC, ...). */
const TYPE_MAP: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };

interface Corpus {
  key: string;
  label: string;
  file: string;
  /** more types than PER/ORG/LOC in the gold: also score every type */
  allTypes: boolean;
  load(line: Record<string, unknown>): NerDoc;
}

const CORPORA: Corpus[] = [
  {
    key: 'worldwide', label: 'ner worldwide dev', file: 'data/ner/en-worldwide-newswire/standoff/dev.jsonl', allTypes: true,
    // the outer annotation layer only (layer 0), as CoNLL-style scoring of column 2
    load: (r) => ({ id: String(r.id), text: String(r.text),
      entities: (r.entities as (Span & { layer: number })[]).filter((e) => e.layer === 0).map(({ start, end, type }) => ({ start, end, type })) }),
  },
  {
    key: 'gum', label: 'ner gum dev', file: 'data/ner/gum/standoff/dev.jsonl', allTypes: false,
    // named person / organization / place mentions, minimal span as the gold span (data/ner/gum/README.md)
    load: (r) => {
      const named = (r.mentions as GumMention[]).filter((m) => m.named && m.etype in GUM_TYPES);
      return { id: String(r.doc), text: String(r.text), entities: named.map((m) => ({ start: m.minStart, end: m.minEnd, type: GUM_TYPES[m.etype] })),
        named: named.map((m) => ({ start: m.minStart, end: m.minEnd, eid: String(m.eid) })) };
    },
  },
];
interface GumMention { etype: string; named: boolean; minStart: number; minEnd: number; eid: string | number }
const GUM_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/**
 * Our analysis as scorer entities: entity mentions and (when present) values such as DATE and MONEY.
 * withTitles: a person mention is widened over the titles written just before it ("Dr. X"), which is
 * GUM's span convention; by default names are scored without titles (the CoNLL / Worldwide one).
 */
export function toPredSpans(a: Analysis, withTitles = false): Span[] {
  const out: Span[] = [];
  const text = a.article.text;
  for (const e of a.entities) for (const m of e.mentions) if (!m.kind) out.push({ start: withTitles ? titledStart(text, m.start, e.titles ?? []) : m.start, end: m.end, type: TYPE_MAP[e.type] ?? e.type });
  for (const v of a.values ?? []) out.push({ start: v.span.start, end: v.span.end, type: v.type });
  return out;
}

function titledStart(text: string, start: number, titles: readonly string[]): number {
  for (let moved = true; moved; ) {
    moved = false;
    for (const t of titles) if (start > t.length && text.slice(start - t.length - 1, start) === `${t} `) { start -= t.length + 1; moved = true; }
  }
  return start;
}

const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

export async function runNer(shared: string): Promise<SetResult[]> {
  const dir = freshDir('ner');
  const results: SetResult[] = [];
  for (const c of CORPORA) {
    const file = path.join(shared, c.file);
    if (!existsSync(file)) { results.push(skipped('ner', c.label, `no ${c.file} in ${shared}`)); continue; }
    results.push(await runCorpus(shared, c, file, dir));
  }
  return results;
}

async function runCorpus(shared: string, c: Corpus, file: string, dir: string): Promise<SetResult> {
  const started = Date.now();
  const gold = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => c.load(JSON.parse(l) as Record<string, unknown>));
  const errors: DocError[] = [], pred: { id: string; entities: Span[] }[] = [], titled: { id: string; entities: Span[] }[] = [];
  const pairs: PairCounts = { tp: 0, fp: 0, fn: 0 }, foundPairs: PairCounts = { tp: 0, fp: 0, fn: 0 };
  let moved = 0;
  const bar = progress(c.label, gold.length);
  for (const d of gold) {
    try {
      const a = analyzeText(d.text, { as: 'body' });
      if (a.article.text !== d.text) moved++; // 'body' promises article.text === input; offsets would drift
      pred.push({ id: d.id, entities: toPredSpans(a) });
      titled.push({ id: d.id, entities: toPredSpans(a, true) });
      if (d.named) {
        const p = aliasPairs(d.named, a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id }))));
        for (const k of ['tp', 'fp', 'fn'] as const) { pairs[k] += p.all[k]; foundPairs[k] += p.found[k]; }
      }
    } catch (err) {
      errors.push({ doc: d.id, error: oneLineError(err) });
      pred.push({ id: d.id, entities: [] });
      titled.push({ id: d.id, entities: [] });
    }
    bar.tick(d.id);
  }
  bar.done();
  const goldFile = path.join(dir, `${c.key}-dev.gold.jsonl`), predFile = path.join(dir, `${c.key}-dev.pred.jsonl`);
  writeFileSync(goldFile, jsonl(gold.map(({ id, text, entities }) => ({ id, text, entities }))));
  writeFileSync(predFile, jsonl(pred));
  const titledFile = path.join(dir, `${c.key}-dev.pred-titled.jsonl`);
  writeFileSync(titledFile, jsonl(titled));
  const score = async (types: string[] | null, file = predFile): Promise<NerScore> =>
    JSON.parse(await runScorer(shared, 'ner-score.mjs', ['score', goldFile, file, ...(types ? ['--types', types.join(',')] : []), '--json'])) as NerScore;
  const main = await score(HEADLINE_TYPES), all = c.allTypes ? await score(null) : null;
  const withTitles = c.key === 'gum' ? await score(HEADLINE_TYPES, titledFile) : null;
  const alias = gold.some((d) => d.named) ? prf3(pairs.tp, pairs.fp, pairs.fn) : null;
  const aliasFound = alias ? prf3(foundPairs.tp, foundPairs.fp, foundPairs.fn) : null;
  writeFileSync(path.join(dir, `${c.key}-dev.score.json`), `${JSON.stringify({ perOrgLoc: main, allTypes: all, withTitles, alias, aliasFound }, null, 1)}\n`);

  const prf = (s: Prf3 | undefined) => ({ P: s?.p ?? 0, R: s?.r ?? 0, F1: s?.f1 ?? 0 });
  const rows: SummaryRow[] = [{ measure: 'PER/ORG/LOC micro', prf: prf(main.micro) }, ...HEADLINE_TYPES.map((t) => ({ measure: t, prf: prf(main.byType[t]) }))];
  if (all) rows.push({ measure: `all ${Object.keys(all.byType).length} types micro`, prf: prf(all.micro) });
  if (withTitles) rows.push({ measure: 'PER/ORG/LOC, titles kept', prf: prf(withTitles.micro) });
  if (alias) rows.push({ measure: 'alias pairs', prf: prf(alias) });
  if (aliasFound) rows.push({ measure: 'alias pairs, found mentions', prf: prf(aliasFound) });
  const notes: string[] = [];
  if (moved) notes.push(`${moved} docs whose article.text differs from the input under as:'body' (offsets may not map)`);
  return {
    set: 'ner', label: c.label, docs: gold.length, errors, ms: Date.now() - started, rows,
    headlines: [`${c.label}: PER/ORG/LOC micro F1 ${(100 * main.micro.f1).toFixed(1)} (P ${(100 * main.micro.p).toFixed(1)}, R ${(100 * main.micro.r).toFixed(1)}; gold ${main.nGold}, pred ${main.nPred})`
      + (withTitles ? `; with titles kept in person spans (GUM convention) ${(100 * withTitles.micro.f1).toFixed(1)}` : '')
      + (alias ? `; alias clustering pairwise F1 ${(100 * alias.f1).toFixed(1)} (P ${(100 * alias.p).toFixed(1)}, R ${(100 * alias.r).toFixed(1)}; gold pairs ${alias.tp + alias.fn}${aliasFound ? `; on found mentions F1 ${(100 * aliasFound.f1).toFixed(1)}` : ''})` : '')
      + (c.allTypes && all?.byType.DATE ? `; DATE F1 ${(100 * all.byType.DATE.f1).toFixed(1)}` : '')],
    tables: [typeTable(c.label, all ?? main)],
    notes,
    json: { perOrgLoc: main, ...(all ? { allTypes: all } : {}), ...(withTitles ? { perOrgLocTitlesKept: withTitles } : {}), ...(alias ? { aliasPairs: alias, aliasPairsFoundMentions: aliasFound } : {}) },
  };
}

function prf3(tp: number, fp: number, fn: number): Prf3 {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Per-type counts and scores, plus the scorer's untyped and overlap diagnostics. */
function typeTable(label: string, s: NerScore): string[] {
  const p = (x: number) => (100 * x).toFixed(1);
  const row = (name: string, x: Prf3) => [name, String(x.tp + x.fn), String(x.tp + x.fp), String(x.tp), p(x.p), p(x.r), p(x.f1)];
  const rows: (string[] | null)[] = Object.entries(s.byType).map(([t, x]) => row(t, x));
  rows.push(null, row('micro', s.micro), row('(untyped)', s.untyped), row('(overlap)', s.overlap));
  return renderTable([label.toUpperCase(), 'gold', 'pred', 'tp', 'P', 'R', 'F1'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
}
