// Per-page article-extraction checks for newslens-gold (the scorer reports only totals). They follow
// the definitions in ../shared/eval/README.md; run.ts compares their totals with the scorer's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../src/index.js';

/** true / false, or null where the check does not apply (e.g. no gold byline list). */
export type Check = boolean | null;

export interface PageChecks {
  doc: string;
  title: Check;
  bodyStart: Check;
  bodyEnd: Check;
  byline: Check;
  /** publishedAt date equal, or null predicted where the gold date is null */
  date: Check;
  goldHasDate: boolean;
  goldBylineNonEmpty: boolean;
  related: { gold: number; pred: number; matched: number; dateOk: number; minutesOk: number };
}

interface GoldArticle {
  title: string | null;
  bodyStartsWith: string;
  bodyEndsWith: string;
  byline?: string[];
  publishedAt: string | null;
}
interface GoldRelated { title: string; date?: string | null; readMinutes?: number | null }

const GOLD_DIRS = ['data/attribution/newslens-gold', 'seed'];

/** Whitespace collapsed and trimmed. */
const ws = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
/** Case and diacritics folded (for byline names). */
const folded = (s: string): string => ws(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = [...new Set(a.map(folded))].sort(), y = [...new Set(b.map(folded))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const day = (s: string | null | undefined): string => String(s ?? '').slice(0, 10);

export function goldPath(shared: string, doc: string): string | null {
  for (const d of GOLD_DIRS) {
    const p = path.join(shared, d, `${doc}.gold.json`);
    if (existsSync(p)) return p;
  }
  return null;
}

/** The checks for one page (a missing prediction: analyze threw). */
export function checkPage(shared: string, doc: string, a: Analysis | undefined): PageChecks | null {
  const file = goldPath(shared, doc);
  if (!file) return null;
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { article: GoldArticle; related?: GoldRelated[] };
  const ga = gold.article, pa = a?.article;
  const text = ws(pa?.text);
  const predRelated = pa?.related ?? [];
  const byTitle = new Map(predRelated.map((r) => [ws(r.title), r]));
  const related = { gold: gold.related?.length ?? 0, pred: byTitle.size, matched: 0, dateOk: 0, minutesOk: 0 };
  for (const g of gold.related ?? []) {
    const p = byTitle.get(ws(g.title));
    if (!p) continue;
    related.matched++;
    if (day(p.date) === day(g.date)) related.dateOk++;
    if ((p.readMinutes ?? null) === (g.readMinutes ?? null)) related.minutesOk++;
  }
  // A missing prediction is checked as an empty article, as the scorer does: it fails title and body,
  // but passes an empty gold byline and a null gold date (the scorer README says "every check fails").
  return {
    doc,
    title: ws(pa?.title) === ws(ga.title),
    bodyStart: text.startsWith(ws(ga.bodyStartsWith)),
    bodyEnd: text.endsWith(ws(ga.bodyEndsWith)),
    byline: Array.isArray(ga.byline) ? sameSet(ga.byline, pa?.byline ?? []) : null,
    date: ga.publishedAt ? day(pa?.publishedAt) === ga.publishedAt : pa?.publishedAt == null,
    goldHasDate: !!ga.publishedAt,
    goldBylineNonEmpty: Array.isArray(ga.byline) && ga.byline.length > 0,
    related,
  };
}

/** Totals in the scorer's terms (title, bodyStart, ..., related found/gold/pred), to cross-check it. */
export function totals(pages: readonly PageChecks[]): Record<string, { ok: number; n: number } | { gold: number; found: number; pred: number }> {
  const out: Record<string, { ok: number; n: number }> = {};
  const add = (k: string, v: Check) => { if (v === null) return; (out[k] ??= { ok: 0, n: 0 }).n++; if (v) out[k].ok++; };
  for (const p of pages) {
    add('title', p.title); add('bodyStart', p.bodyStart); add('bodyEnd', p.bodyEnd); add('byline', p.byline);
    if (p.goldBylineNonEmpty) add('bylineNonEmpty', p.byline);
    add(p.goldHasDate ? 'publishedAt' : 'noSpuriousDate', p.date);
  }
  const rel = pages.reduce((s, p) => ({ gold: s.gold + p.related.gold, found: s.found + p.related.matched, pred: s.pred + p.related.pred }), { gold: 0, found: 0, pred: 0 });
  return { ...out, related: rel };
}
