// The article body as HTML paragraphs with every statement, cue and speaker marked from its offsets.
// Spans may overlap or nest; we cut the text at every span boundary and, per piece, reopen exactly the
// spans covering it in one fixed order, so tags always nest and a crossing span just becomes two pieces.
import { escapeHtml } from './clean.js';
import type { Range } from './report-model.js';

/** Layers nest in this order when two spans cover the same text: statement, then cue, then speaker. */
export type MarkLayer = 'content' | 'cue' | 'speaker';
const LAYER_RANK: Record<MarkLayer, number> = { content: 0, cue: 1, speaker: 2 };

export interface MarkSpan {
  start: number;
  end: number;
  layer: MarkLayer;
  /** index into Analysis.quotes */
  quote: number;
}

/** Writes the opening tag of one piece; `first` is true for the first piece of a span (gets id/tabindex). */
export type OpenTag = (span: MarkSpan, first: boolean) => string;
export type CloseTag = (span: MarkSpan) => string;

/** One `<p>` per paragraph range, with marks. Spans outside every paragraph (blank lines) are dropped. */
export function markParagraphs(text: string, paragraphs: readonly Range[], spans: readonly MarkSpan[],
  open: OpenTag, close: CloseTag): string[] {
  const ordered = validSpans(text, spans).sort(nestingOrder);
  const started = new Set<MarkSpan>();
  return paragraphs.map((p) => `<p>${markRange(text, p, ordered, started, open, close)}</p>`);
}

function markRange(text: string, p: Range, ordered: readonly MarkSpan[], started: Set<MarkSpan>,
  open: OpenTag, close: CloseTag): string {
  const inside = ordered.filter((s) => s.start < p.end && s.end > p.start);
  const cuts = new Set([p.start, p.end]);
  for (const s of inside) cuts.add(Math.max(s.start, p.start)).add(Math.min(s.end, p.end));
  const points = [...cuts].sort((x, y) => x - y);
  const stack: MarkSpan[] = [];
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    // `inside` is already in nesting order, so the wanted stack is a filtered copy of it.
    const want = inside.filter((s) => s.start <= a && s.end >= b);
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep] === want[keep]) keep++;
    while (stack.length > keep) html += close(stack.pop()!);
    for (const s of want.slice(keep)) {
      html += open(s, !started.has(s));
      started.add(s);
      stack.push(s);
    }
    html += escapeHtml(text.slice(a, b));
  }
  while (stack.length) html += close(stack.pop()!);
  return html;
}

/** Outer spans first (earlier start, then later end), so properly nested spans are never split. */
function nestingOrder(x: MarkSpan, y: MarkSpan): number {
  return x.start - y.start || y.end - x.end || LAYER_RANK[x.layer] - LAYER_RANK[y.layer] || x.quote - y.quote;
}

/** Integer, in-bounds, non-empty spans only: a bad offset in the JSON must not break the page. */
function validSpans(text: string, spans: readonly MarkSpan[]): MarkSpan[] {
  return spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end))
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
}
