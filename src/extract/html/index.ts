// PLACEHOLDER — being written (HTML extraction with Readability over linkedom). Signature is fixed.
import { emptyExtracted, type Extracted } from '../extracted.js';

export function extractHtml(html: string, url: string | null): Extracted {
  const ex = emptyExtracted();
  ex.url = url;
  ex.paragraphs = html.replace(/<[^>]*>/g, ' ').split(/\n+/).map((s) => s.trim()).filter(Boolean);
  return ex;
}
