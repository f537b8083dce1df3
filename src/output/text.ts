// The terminal report: who said what, grouped by source, from the Analysis JSON alone.
// Every article-supplied string goes through clean.ts first, so a page cannot drive the terminal.
import type { Analysis, Quote, Source } from '../types.js';
import { painter, wrap, type Paint } from './ansi.js';
import { oneLine, truncate } from './clean.js';
import {
  anonymousPercent, entityAliases, groupBySource, groupEntities, paragraphRanges, plural, profileRows,
  relatedMeta, relayName, relayedNames, sourceLabel, sourcesById, sourceTypeOf,
} from './report-model.js';

export interface TextReportOptions { color?: boolean; width?: number }

const DEFAULT_WIDTH = 80;
/** Narrower than this, indented statement lines have no room left for words. */
const MIN_WIDTH = 40;
const SUMMARY_PARAGRAPHS = 2;
/** Long enough for a typical quoted sentence, short enough to keep a source's statements scannable. */
const MAX_STATEMENT_CHARS = 240;
const MAX_DESCRIPTOR_CHARS = 80;
/** Longest bar in the sourcing profile, in █ characters (shrinks with narrow widths). */
const MAX_BAR = 30;
const KIND_COLUMN = 10; // "indirect" plus two spaces
/** Caps labels that come from the JSON (kind, type keys) so a bogus value cannot wreck the columns. */
const MAX_LABEL = 14;

interface Ctx { width: number; p: Paint; byId: Map<string, Source> }

export function renderText(a: Analysis, opts: TextReportOptions = {}): string {
  const w = Number(opts.width);
  const ctx: Ctx = {
    width: Number.isFinite(w) && w > 0 ? Math.max(MIN_WIDTH, Math.floor(w)) : DEFAULT_WIDTH,
    p: painter(opts.color === true),
    byId: sourcesById(a),
  };
  const sections = [header, summary, entities, statements, sourcing, related, warnings];
  return `${sections.map((s) => s(a, ctx).join('\n')).join('\n\n')}\n`;
}

/** Colours word by word, so a label wrapped across lines leaves no colour running into the indent. */
const byWord = (f: (s: string) => string, s: string): string => s.split(' ').map(f).join(' ');

function heading(title: string, { p }: Ctx, count?: number): string[] {
  const t = count === undefined ? title : `${title} (${count})`;
  return [p.bold(t), p.dim('─'.repeat(Array.from(t).length))];
}

function header(a: Analysis, ctx: Ctx): string[] {
  const { width, p } = ctx;
  const art = a.article;
  const title = oneLine(art.title) || '(untitled)';
  const titleLines = wrap(title, width);
  const rule = '═'.repeat(Math.min(width, Math.max(...titleLines.map((l) => Array.from(l).length))));
  // Some pages put "By" in the byline itself; we add our own.
  const byline = (art.byline ?? []).map((b) => oneLine(b).replace(/^by\s+/i, '')).filter(Boolean);
  const meta = [
    byline.length ? `By ${byline.join(', ')}` : '',
    oneLine(art.publisher),
    oneLine(art.publishedAt),
    `${plural(art.wordCount ?? 0, 'word')} / ${art.readMinutes ?? 0} min read`,
  ].filter(Boolean);
  const out = [...titleLines.map(p.bold), p.dim(rule), ...wrap(meta.join(' · '), width)];
  const url = oneLine(art.url ?? a.input?.uri);
  if (url) out.push(...wrap(url, width).map(p.dim));
  return out;
}

function summary(a: Analysis, ctx: Ctx): string[] {
  const text = a.article.text ?? '';
  const paras = paragraphRanges(a).map((r) => oneLine(text.slice(r.start, r.end))).filter(Boolean);
  const out = heading('SUMMARY', ctx);
  if (!paras.length) return [...out, 'No article text found.'];
  paras.slice(0, SUMMARY_PARAGRAPHS).forEach((para, i) => out.push(...(i ? [''] : []), ...wrap(para, ctx.width)));
  const more = paras.length - SUMMARY_PARAGRAPHS;
  if (more > 0) out.push('', ctx.p.dim(`… (${plural(more, 'more paragraph')})`));
  return out;
}

function entities(a: Analysis, ctx: Ctx): string[] {
  const out = heading('ENTITIES', ctx, (a.entities ?? []).length);
  const groups = groupEntities(a);
  if (!groups.length) return [...out, 'No entities found.'];
  for (const [type, list] of groups) {
    out.push(ctx.p.bold(oneLine(type)));
    for (const e of list) {
      const aliases = entityAliases(e).map(oneLine).filter(Boolean);
      const titles = (e.titles ?? []).map(oneLine).filter(Boolean);
      const roles = (e.roles ?? []).map(oneLine).filter(Boolean);
      const parts = [
        oneLine(e.name),
        aliases.length ? `aka ${aliases.join(', ')}` : '',
        titles.length ? `titles: ${titles.join(', ')}` : '',
        roles.length ? `roles: ${roles.join('; ')}` : '',
        plural((e.mentions ?? []).length, 'mention'),
      ];
      out.push(...wrap(parts.filter(Boolean).join(' · '), ctx.width, '  • ', '    '));
    }
  }
  return out;
}

function statements(a: Analysis, ctx: Ctx): string[] {
  const { groups, unattributed } = groupBySource(a);
  const out = heading('STATEMENTS GROUPED BY SOURCE', ctx, (a.quotes ?? []).length);
  if (!(a.quotes ?? []).length) return [...out, 'No attributed statements found.'];
  const { p } = ctx;
  for (const { source, statements: qs, relays } of groups) {
    const type = sourceTypeOf(source.type);
    const label = oneLine(sourceLabel(source));
    const desc = source.name && source.descriptor ? oneLine(source.descriptor) : '';
    const tags = [
      p.type(type, type),
      source.relayed ? p.type(type, 'relayed') : '',
      plural(qs.length, 'statement'),
      relays.length ? `relays ${plural(relays.length, 'statement')}` : '',
    ].filter(Boolean);
    const name = `${byWord(p.bold, label)}${desc ? ` (${truncate(desc, MAX_DESCRIPTOR_CHARS)})` : ''}`;
    if (out.length > 2) out.push('');
    out.push(...wrap(`${name} · ${tags.join(' · ')}`, ctx.width, p.type(type, '■ '), '  '));
    for (const q of qs) out.push(...statementLines(q, source.id, ctx));
  }
  if (unattributed.length) {
    if (out.length > 2) out.push('');
    out.push(`${p.type(null, '■ ')}${p.bold('Unattributed')} · ${plural(unattributed.length, 'statement')}`);
    for (const q of unattributed) out.push(...statementLines(q, null, ctx));
  }
  return out;
}

/** One statement under its source: kind column, wrapped content, then cue / relay / co-speakers. */
function statementLines(q: Quote, under: string | null, ctx: Ctx): string[] {
  const { p, byId } = ctx;
  const kind = truncate(oneLine(q.kind) || 'statement', MAX_LABEL);
  const pad = ' '.repeat(Math.max(1, KIND_COLUMN - Array.from(kind).length));
  const content = truncate(oneLine(q.content?.text) || '(empty)', MAX_STATEMENT_CHARS);
  const indent = ' '.repeat(4 + Math.max(KIND_COLUMN, Array.from(kind).length + 1));
  const lines = wrap(content, ctx.width, `    ${p.dim(kind)}${pad}`, indent);
  const others = (q.sources ?? []).filter((id) => id !== under && byId.has(id)).map((id) => sourceLabel(byId.get(id)!));
  const via = relayName(q, byId);
  const meta = [
    q.cue?.text ? `cue: ${oneLine(q.cue.text)}` : 'no cue',
    via ? `via ${oneLine(via)}` : '',
    others.length ? `with ${others.map(oneLine).join(', ')}` : '',
    q.nested ? 'nested' : '',
  ].filter(Boolean);
  return [...lines, ...wrap(meta.join(' · '), ctx.width, indent).map(p.dim)];
}

function sourcing(a: Analysis, ctx: Ctx): string[] {
  const { p, width } = ctx;
  const s = a.sourcing;
  const rows = profileRows(s);
  const out = heading('SOURCING PROFILE', ctx);
  if (!s || (!rows.length && !s.attributedStatements)) return [...out, 'No attributed statements found.'];
  out.push(`Attributed statements: ${s.attributedStatements ?? 0}`);
  const labels = rows.map((r) => truncate(oneLine(r.type), MAX_LABEL));
  const labelW = Math.max(0, ...labels.map((l) => Array.from(l).length)) + 2;
  const barMax = Math.max(5, Math.min(MAX_BAR, width - labelW - 10));
  const top = Math.max(1, ...rows.map((r) => r.count));
  for (const [i, r] of rows.entries()) {
    const label = labels[i];
    const bar = '█'.repeat(Math.max(1, Math.round((r.count / top) * barMax)));
    const t = sourceTypeOf(r.type);
    out.push(`  ${p.type(t, label)}${' '.repeat(Math.max(1, labelW - Array.from(label).length))}${p.type(t, bar)} ${r.count}`);
  }
  const anon = anonymousPercent(s);
  if (anon !== null) out.push(`Anonymous share: ${anon}%`);
  const relayed = relayedNames(a).map(oneLine).filter(Boolean);
  out.push(...wrap(`Relayed from: ${relayed.length ? relayed.join(', ') : 'none'}`, width));
  return out;
}

function related(a: Analysis, ctx: Ctx): string[] {
  const list = a.article.related ?? [];
  const out = heading('RELATED STORIES', ctx, list.length);
  if (!list.length) return [...out, 'No related stories.'];
  for (const r of list) {
    const meta = oneLine(relatedMeta(r));
    out.push(...wrap(`${oneLine(r.title) || '(untitled)'}${meta ? ` — ${meta}` : ''}`, ctx.width, '  • ', '    '));
  }
  return out;
}

function warnings(a: Analysis, ctx: Ctx): string[] {
  const list = (a.warnings ?? []).map(oneLine).filter(Boolean);
  const out = heading('WARNINGS', ctx, list.length);
  if (!list.length) return [...out, 'No warnings.'];
  for (const w of list) out.push(...wrap(w, ctx.width, ctx.p.warn('  ! '), '    '));
  return out;
}
