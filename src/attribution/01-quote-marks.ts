// Quoted stretches in each paragraph: straight "…", curly “…” (also „…“ and ”…”), guillemets «…»,
// doubled apostrophes ''…'' (NYT style) and single ‘…’ (British style, with “…” nested inside). Apostrophes (Smith's, ’90s,
// chains’) never open or close a quote. A paragraph whose quote is still open at its end continues
// into the next paragraph when that one opens with a quote mark (multi-paragraph quotes). A scraped
// paragraph that lost its opening mark (`We will not back down," Ruiz said.`) is quoted from its start.
import type { Span } from '../doc.js';

export interface QuoteSpan {
  /** the words inside the marks */
  start: number;
  end: number;
  /** the marks themselves: [open, close) covers the whole quotation */
  open: number;
  close: number;
  paragraph: number;
  /** false for a paragraph of a multi-paragraph quote that closes in a later paragraph */
  closed: boolean;
  /** nesting depth: 0 for a top-level quotation */
  depth: number;
}

/** More marks than this in one paragraph is not prose: quotes there are not paired. */
const MAX_MARKS_PER_PARAGRAPH = 400;

type Kind = 'double' | 'single';
interface Mark { at: number; len: number; kind: Kind; role: 'open' | 'close' | 'either' }

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string) => c === '' || /[\s([{\u2014\u2013\-/]/u.test(c);
/** After a word or a clause's punctuation and before a space, punctuation or the end: a mark that closes. */
const closesAfterWord = (prev: string, next: string) => (isWordChar(prev) || /[.,!?;:…]/.test(prev)) && (next === '' || /[\s.,;:!?)\]]/.test(next));

/** Candidate quote marks in one paragraph, in order. */
function marksIn(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    const prev = i > start ? text[i - 1] : '';
    const next = i + 1 < end ? text[i + 1] : '';
    // curly marks by their side, so that „…“ (German style), ”…” (Swedish) and a typo'd closing “ pair too
    if (c === '„' || c === '«') marks.push({ at: i, len: 1, kind: 'double', role: 'open' });
    else if (c === '»') marks.push({ at: i, len: 1, kind: 'double', role: 'close' });
    else if (c === '“') marks.push({ at: i, len: 1, kind: 'double', role: closesAfterWord(prev, next) ? 'close' : 'open' });
    else if (c === '”') marks.push({ at: i, len: 1, kind: 'double', role: isSpaceOrStart(prev) && isWordChar(next) ? 'open' : 'close' });
    // (a mark with a space after it never opens: `…to say, 'We are full,' " said Varga`, `…built to last, '' said Aranda`)
    else if (c === '"') marks.push({ at: i, len: 1, kind: 'double', role: isSpaceOrStart(prev) && next !== '' && !/\s/.test(next) ? 'open' : next === '' || !isWordChar(next) ? 'close' : 'either' });
    else if (c === "'" && next === "'") {
      const after = i + 2 < end ? text[i + 2] : '';
      marks.push({ at: i, len: 2, kind: 'double', role: isSpaceOrStart(prev) && after !== '' && !/\s/.test(after) ? 'open' : 'close' });
      i++;
    } else if (c === '‘' || (c === "'" && isSpaceOrStart(prev) && next !== '' && !/\s|\d/.test(next))) {
      // ‘90s and '08 are elisions, not quotes
      if (/\d/.test(next) && /^\d{2}s?\b/.test(text.slice(i + 1, i + 4))) continue;
      marks.push({ at: i, len: 1, kind: 'single', role: 'open' });
    } else if ((c === '’' || c === "'") && !isWordChar(next)) {
      // closing single mark or a plural possessive (chains’ ): decided while pairing
      if (isWordChar(prev) || /[.,!?;:…)]/.test(prev)) marks.push({ at: i, len: 1, kind: 'single', role: 'close' });
    }
  }
  return marks;
}

export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry: { open: number; start: number; kind: Kind; paragraph: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const marks = marksIn(text, start, end);
    if (marks.length > MAX_MARKS_PER_PARAGRAPH) { carry = null; continue; }
    // a multi-paragraph quote continues only into a paragraph that opens with a mark of its kind
    if (carry && !(marks[0] && marks[0].at === start && marks[0].kind === carry.kind && marks[0].role !== 'close')) carry = null;
    const stack: { mark: Mark; start: number }[] = [];
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m];
      const top = stack[stack.length - 1];
      const canClose = top && top.mark.kind === mark.kind && mark.role !== 'open';
      if (canClose && mark.kind === 'single' && isPossessive(text, mark, marks, m, end)) continue;
      if (m === 0 && !carry && isOrphanClose(text, start, mark)) {
        out.push({ start, end: mark.at, open: start, close: mark.at + mark.len, paragraph: p, closed: true, depth: 0 });
        continue;
      }
      if (canClose) {
        stack.pop();
        out.push({ start: top.start, end: mark.at, open: top.mark.at, close: mark.at + mark.len, paragraph: p, closed: true, depth: stack.length });
      } else if (mark.role !== 'close') {
        // a single mark inside a double quote (or vice versa) nests; the same kind never nests
        if (top && top.mark.kind === mark.kind) continue;
        stack.push({ mark, start: mark.at + mark.len });
      }
    }
    // an outer quote left open at the paragraph's end runs to the end of the paragraph
    const open = stack[0];
    if (open && (open.mark.kind === 'double' || stack.length === 1)) {
      let e = end;
      while (e > open.start && /\s/.test(text[e - 1])) e--;
      out.push({ start: open.start, end: e, open: open.mark.at, close: e, paragraph: p, closed: false, depth: 0 });
      carry = { open: open.mark.at, start: open.start, kind: open.mark.kind, paragraph: p };
    } else carry = null;
  }
  return out.sort((a, b) => a.open - b.open || b.close - a.close);
}

/** Words before an orphan closing mark: fewer is a stray mark, not a lost quotation. */
const MIN_ORPHAN_WORDS = 3;

/**
 * The paragraph's first mark closes a double quote that never opened, after a clause's punctuation and
 * before more words (`… back down," Ruiz said`), and the paragraph opens like a sentence: the opening mark
 * was lost, so the quotation runs from the paragraph's start. A mark ending the paragraph is left alone.
 */
function isOrphanClose(text: string, start: number, mark: Mark): boolean {
  if (mark.kind !== 'double' || mark.role === 'open' || !/[,.!?…]/.test(text[mark.at - 1] ?? '')) return false;
  if (!/^\s+\p{L}/u.test(text.slice(mark.at + mark.len, mark.at + mark.len + 3)) || !/^\p{Lu}/u.test(text[start] ?? '')) return false;
  const words = text.slice(start, mark.at).match(/[\p{L}\p{N}]+/gu);
  return !!words && words.length >= MIN_ORPHAN_WORDS;
}

/** ’ after an s, followed by a lower-case word, with another closing ’ still ahead: a plural possessive. */
function isPossessive(text: string, mark: Mark, marks: Mark[], m: number, end: number): boolean {
  if (text[mark.at - 1] !== 's' || !/^ \p{Ll}/u.test(text.slice(mark.at + 1, Math.min(end, mark.at + 3)))) return false;
  for (let k = m + 1; k < marks.length; k++) if (marks[k].kind === 'single' && marks[k].role !== 'open') return true;
  return false;
}
