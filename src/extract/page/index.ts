// PLACEHOLDER — scraped-text page extraction, being written.
import { emptyExtracted, type Extracted } from '../extracted.js';
export function extractPage(raw: string): Extracted {
  const ex = emptyExtracted();
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  ex.title = lines[0] ?? null;
  ex.paragraphs = lines.slice(1);
  return ex;
}
