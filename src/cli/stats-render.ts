// Rendering `newslens stats` results: an aligned text table, CSV (the per-group table) or JSON.
import type { StatsResult, StatsRow } from '../store/index.js';
import { csvLine } from './csv.js';

const TYPES = ['named', 'anonymous', 'organization', 'document', 'unknown'] as const;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (n: number): string => n.toLocaleString('en-US');

export function renderStats(r: StatsResult, format: 'table' | 'csv' | 'json', by: readonly string[], db: string): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  if (format === 'csv') return renderCsv(r, by);
  const lines: string[] = [`newslens stats: ${db}`, ''];
  const kv: [string, string][] = [
    ['articles', num(r.articles)], ['errors', num(r.errors)], ['statements', num(r.statements)],
    ...TYPES.map((t): [string, string] => [`  ${t}`, `${num(r.bySourceType[t])}  ${pct(r.statements ? r.bySourceType[t] / r.statements : 0)}`]),
    ['anonymous share', pct(r.anonymousShare)],
  ];
  for (const [k, v] of kv) lines.push(`${k.padEnd(18)} ${v}`);
  lines.push('', 'most quoted sources');
  lines.push(...table(['source', 'type', 'statements', 'articles'], r.topSources.map((s) => [s.name, s.type, num(s.statements), num(s.articles)]), '(none yet)'));
  lines.push('', 'most relayed outlets');
  lines.push(...table(['outlet', 'statements', 'articles'], r.topRelayed.map((o) => [o.outlet, num(o.statements), num(o.articles)]), '(none yet)'));
  if (r.groups) {
    lines.push('', `by ${by.join(', ')}`);
    lines.push(...table([...by, 'articles', 'statements', ...TYPES, 'anon share'], r.groups.map((g) => groupCells(g, by, num)), '(no articles)'));
  }
  return `${lines.join('\n')}\n`;
}

function renderCsv(r: StatsResult, by: readonly string[]): string {
  const head = csvLine([...by, 'articles', 'statements', ...TYPES, 'anonymous_share']);
  const rows = r.groups ?? [{ articles: r.articles, statements: r.statements, bySourceType: r.bySourceType, anonymousShare: r.anonymousShare }];
  return head + rows.map((g) => csvLine(groupCells(g, by, String, (x) => x.toFixed(4)))).join('');
}

function groupCells(g: StatsRow, by: readonly string[], n: (x: number) => string, share: (x: number) => string = pct): string[] {
  return [...by.map((k) => String(g[k as 'outlet' | 'month'] ?? '')), n(g.articles), n(g.statements), ...TYPES.map((t) => n(g.bySourceType[t])), share(g.anonymousShare)];
}

/** Left-aligned text columns, right-aligned numbers. */
function table(head: string[], rows: string[][], empty: string): string[] {
  if (!rows.length) return [`  ${empty}`];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = head.map((_, i) => rows.every((r) => /^[\d,.%-]+$/.test(r[i])));
  const fmt = (r: string[]): string => `  ${r.map((c, i) => (numeric[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ')}`.trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}
