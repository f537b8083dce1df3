// The viewer shows the same marked-up article and side panel as `--format html`, so it cuts them
// out of renderHtml's page instead of re-implementing the highlighting. The cut is safe because
// renderHtml escapes every article string: none of the closing tags below can come from the text.
// A test pins these markers; if renderHtml's layout changes, it fails there, not in a browser.
import { renderHtml, SCHEMA_ID, type Analysis } from '../index.js';

export interface ViewParts {
  /** title, byline, date, link */
  masthead: string;
  /** the article's paragraphs with <mark> statements (data-q = index into analysis.quotes) */
  body: string;
  /** legend, sources, sourcing profile chart, entities, related stories, warnings */
  panel: string;
}

export function viewParts(a: Analysis): ViewParts {
  const html = renderHtml(a);
  return {
    masthead: cut(html, '<header class="masthead">', '</header>'),
    body: cut(html, '<article class="body" aria-label="Article text">', '</article>'),
    // Inline style attributes are blocked by the viewer's CSP; the bar widths travel as data.
    panel: cut(html, '<aside class="panel" aria-label="Sources and sourcing">', '</aside>')
      .replace(/ style="width:(\d{1,3})%"/g, ' data-width="$1"'),
  };
}

/** The report stylesheet, served as /assets/report.css (it is the same for every analysis). */
export function reportStyle(): string {
  return cut(renderHtml(EMPTY), '<style>', '</style>');
}

function cut(html: string, open: string, close: string): string {
  const i = html.indexOf(open);
  const j = i < 0 ? -1 : html.indexOf(close, i + open.length);
  if (j < 0) throw new Error(`renderHtml output has no ${open}…${close}; update src/server/view.ts`);
  return html.slice(i + open.length, j).trim();
}

const EMPTY: Analysis = {
  schema: SCHEMA_ID,
  input: { kind: 'text', uri: null, sha256: '', bytes: 0 },
  article: {
    title: null, text: '', paragraphs: [], byline: [], publisher: null, publishedAt: null,
    language: null, wordCount: 0, readMinutes: 0, related: [],
  },
  entities: [], sources: [], quotes: [],
  sourcing: { attributedStatements: 0, bySourceType: {} },
  warnings: [],
};
