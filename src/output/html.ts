// The HTML report: one standalone page (inline CSS, no script, nothing fetched) from the Analysis JSON.
// The strict CSP is a second wall behind escaping: even an unescaped tag could not run or load anything.
import type { Analysis, Quote } from '../types.js';
import { escapeHtml as e, isWebUrl } from './clean.js';
import { markParagraphs, type MarkSpan } from './html-marks.js';
import { markId, renderPanel } from './html-panel.js';
import { STYLE } from './html-style.js';
import { paragraphRanges, relayName, sourcesById, speakerOf, type Speaker } from './report-model.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderHtml(a: Analysis): string {
  const art = a.article;
  const lang = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(art?.language ?? '') ? ` lang="${art.language}"` : '';
  return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(art?.title || 'Untitled article')} — newslens report</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${masthead(a)}
<main class="layout">
<article class="body" aria-label="Article text">
${body(a)}
</article>
<aside class="panel" aria-label="Sources and sourcing">
${renderPanel(a)}
</aside>
</main>
<footer>newslens report · ${e(a.schema)}${a.input?.sha256 ? ` · sha256 ${e(String(a.input.sha256).slice(0, 12))}` : ''}</footer>
</div>
</body>
</html>
`;
}

function masthead(a: Analysis): string {
  const art = a.article;
  const byline = (art.byline ?? []).filter(Boolean);
  const date = art.publishedAt ? `<time datetime="${e(art.publishedAt)}">${e(art.publishedAt)}</time>` : '';
  const meta = [
    byline.length ? `By ${byline.map(e).join(', ')}` : '',
    e(art.publisher ?? ''),
    date,
    `${Number(art.readMinutes) || 0} min read`,
    `${Number(art.wordCount) || 0} words`,
  ].filter(Boolean).join(' · ');
  const url = art.url ?? a.input?.uri ?? null;
  const link = !url ? '' : isWebUrl(url)
    ? `<p class="meta"><a href="${e(url)}" rel="noopener noreferrer nofollow">${e(url)}</a></p>`
    : `<p class="meta">${e(url)}</p>`;
  return `<header class="masthead">
<p class="kicker">newslens · who said what</p>
<h1>${e(art.title || 'Untitled article')}</h1>
<p class="meta">${meta}</p>
${link}
</header>`;
}

/** Hover text of a statement's marks: who, what type, how attributed. */
function tipOf(q: Quote, who: Speaker, via: string | null): string {
  return [
    who.type ? `${who.label} (${who.type})` : 'Unattributed',
    q.kind,
    q.cue?.text ? `cue: ${q.cue.text}` : '',
    via ? `via ${via}` : '',
    q.nested ? 'nested' : '',
  ].filter(Boolean).join(' · ').replace(/\s+/g, ' ');
}

function body(a: Analysis): string {
  const text = a.article?.text ?? '';
  const paragraphs = paragraphRanges(a);
  if (!paragraphs.length) return '<p class="empty">No article text found.</p>';
  const quotes = a.quotes ?? [];
  const byId = sourcesById(a);
  const info = quotes.map((q) => {
    const who = speakerOf(q, byId);
    return { who, tip: e(tipOf(q, who, relayName(q, byId))) };
  });
  const spans: MarkSpan[] = [];
  const seen = new Set<string>();
  const add = (r: { start: number; end: number } | null | undefined, layer: MarkSpan['layer'], quote: number) => {
    // Two statements sharing one cue or speaker ("…, she said, and added …") mark it once.
    const key = `${layer}:${r?.start}:${r?.end}`;
    if (!r || (layer !== 'content' && seen.has(key))) return;
    seen.add(key);
    spans.push({ start: r.start, end: r.end, layer, quote });
  };
  quotes.forEach((q, i) => {
    add(q.content, 'content', i);
    add(q.cue, 'cue', i);
    add(q.speakerMention, 'speaker', i);
  });
  const open = (s: MarkSpan, first: boolean): string => {
    const { who, tip } = info[s.quote];
    if (s.layer === 'cue') return `<span class="cue" title="cue: ${e(quotes[s.quote].cue?.text ?? '')}">`;
    if (s.layer === 'speaker') return `<span class="spk" title="speaker: ${e(who.label)}">`;
    const focus = first ? ` id="${markId(s.quote)}" tabindex="0"` : '';
    return `<mark class="q q-${who.type ?? 'none'}" data-q="${s.quote}" title="${tip}" data-tip="${tip}"${focus}>`;
  };
  const close = (s: MarkSpan): string => (s.layer === 'content' ? '</mark>' : '</span>');
  return markParagraphs(text, paragraphs, spans, open, close).join('\n');
}
