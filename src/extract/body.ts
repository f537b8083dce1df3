// `--as body`: the input already is the article body. Nothing is removed; paragraphs are the
// non-blank lines, so offsets map one to one onto the input.
import { lineSpans, type Span } from '../doc.js';
import { emptyExtracted, type Extracted } from './extracted.js';

export function extractBody(raw: string): { extracted: Extracted; paragraphs: Span[] } {
  return { extracted: emptyExtracted(), paragraphs: lineSpans(raw) };
}
