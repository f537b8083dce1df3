// Sentence boundaries over the token columns: a stop (. ! ?) possibly followed by closing quotes
// or brackets ends a sentence when the next word starts upper-case, a digit or an opening quote.
import type { Span, Tokens } from '../doc.js';
import { F } from './tokenize.js';

/** Tokens in one sentence at most: real sentences stay under ~150, and every per-sentence scan
 *  (frames, titles, speakers) is then bounded; a longer run (a list, a line with no stops, an
 *  adversarial line) is cut into pieces of this size. */
export const MAX_SENTENCE_TOKENS = 400;

const STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export function splitSentences(text: string, tokens: Tokens): { sentences: Span[]; sentenceOf: Uint32Array } {
  const n = tokens.count;
  const sentenceOf = new Uint32Array(n);
  const sentences: Span[] = [];
  let startTok = 0;
  const close = (endTok: number) => {
    if (endTok <= startTok) return;
    for (let i = startTok; i < endTok; i++) sentenceOf[i] = sentences.length;
    sentences.push({ start: tokens.start[startTok], end: tokens.end[endTok - 1] });
    startTok = endTok;
  };
  for (let i = 0; i < n; i++) {
    const next = i + 1;
    if (next < n && tokens.paragraph[next] !== tokens.paragraph[i]) { close(next); continue; }
    if (next - startTok >= MAX_SENTENCE_TOKENS) { close(next); continue; }
    const tok = text.slice(tokens.start[i], tokens.end[i]);
    if (!STOPS.has(tok)) continue;
    let j = next;
    while (j < n && tokens.paragraph[j] === tokens.paragraph[i] && CLOSERS.has(text.slice(tokens.start[j], tokens.end[j]))) j++;
    if (j >= n || tokens.paragraph[j] !== tokens.paragraph[i]) continue;
    const f = tokens.flags[j];
    const opensQuote = (f & F.QUOTE) !== 0;
    if ((f & (F.CAP | F.DIGIT)) || opensQuote) { close(j); i = j - 1; }
  }
  close(n);
  return { sentences, sentenceOf };
}
