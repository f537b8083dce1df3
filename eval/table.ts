// Fixed-width plain-text tables for the terminal.
import type { Prf, Rate, SetResult } from './sets/result.js';

export type Align = 'l' | 'r';

/** Pads every column to its widest cell; a row that is null becomes a rule line. */
export function renderTable(head: readonly string[], rows: readonly (readonly string[] | null)[], align: readonly Align[]): string[] {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r ? (r[i] ?? '').length : 0))));
  const line = (cells: readonly string[]) => cells
    .map((c, i) => (align[i] === 'r' ? c.padStart(width[i]) : c.padEnd(width[i])))
    .join('  ').trimEnd();
  const rule = width.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map((r) => (r ? line(r) : rule))];
}

/** A fraction as a percentage with one decimal. */
export const pct = (x: number | undefined): string => (x === undefined ? '-' : (100 * x).toFixed(1));
/** An accuracy as a percentage, or '-' when nothing was measured. */
export const acc = (r: Rate | undefined): string => (r && r.n ? pct(r.acc) : '-');
export const secs = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

const HEAD = ['set', 'docs', 'err', 'measure', 'P', 'R', 'F1', 'e2e F1', 'type', 'cue', 'speaker', 'time'];
const ALIGN: Align[] = ['l', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];

/** The combined table: one block of rows per set, first row carrying the set's name and counts. */
export function summaryTable(results: readonly SetResult[]): string[] {
  const rows: (string[] | null)[] = [];
  results.forEach((r, i) => {
    if (i > 0) rows.push(null);
    r.rows.forEach((row, j) => {
      const first = j === 0;
      const p: Prf | undefined = row.prf;
      const numbers = p || row.e2eF1 !== undefined || row.typeAcc || row.cueAcc || row.speakerAcc
        ? [pct(p?.P), pct(p?.R), pct(p?.F1), pct(row.e2eF1), acc(row.typeAcc), acc(row.cueAcc), acc(row.speakerAcc)]
        : ['', '', '', '', '', '', '']; // a note row (e.g. a skipped set)
      rows.push([
        first ? r.label : '', first ? String(r.docs) : '', first ? String(r.errors.length) : '', row.measure,
        ...numbers, first ? secs(r.ms) : '',
      ]);
    });
  });
  return renderTable(HEAD, rows, ALIGN);
}

export const SUMMARY_LEGEND = [
  'P/R/F1 in %, pooled over documents (micro). type/cue/speaker: accuracy in % on matched statements',
  '(speaker = resolved source right for newslens, source name for SCU, source overlap for PolNeAR); "-" = not measured / nothing matched.',
];
