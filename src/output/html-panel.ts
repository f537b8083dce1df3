// The HTML report's side panel: legend, sources and their statements, sourcing profile, entities,
// related stories, warnings. Everything from the article passes through escapeHtml (`e`).
import type { Analysis, Quote } from '../types.js';
import { escapeHtml as e, isWebUrl, truncate } from './clean.js';
import {
  SOURCE_TYPES, anonymousPercent, entityAliases, groupBySource, groupEntities, plural, profileRows,
  relatedMeta, relayName, relayedNames, sourceLabel, sourcesById, sourceTypeOf,
} from './report-model.js';

/** Statement text in the source list: enough to recognise it, the full text is in the body. */
const MAX_LISTED_CHARS = 160;

/** Where a statement's first mark sits in the body (the link target of its entry in the source list). */
export const markId = (quoteIndex: number): string => `nl-q${quoteIndex}`;

function section(id: string, title: string, body: string, count?: number): string {
  const n = count === undefined ? '' : ` <span class="count">(${count})</span>`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${title}${n}</h2>\n${body}</section>`;
}

const badge = (type: string, text: string): string => `<span class="badge t-${type}">${e(text)}</span>`;

export function renderPanel(a: Analysis): string {
  return [legend(), sources(a), profile(a), entities(a), related(a), warnings(a)].join('\n');
}

function legend(): string {
  const items = [...SOURCE_TYPES.map((t) => [t, t]), ['none', 'no source']]
    .map(([cls, label]) => `<li><mark class="q q-${cls}">${label}</mark></li>`);
  items.push('<li><span class="cue">cue</span></li>', '<li><span class="spk">speaker</span></li>');
  return section('nl-legend', 'Legend', `<ul class="legend">${items.join('')}</ul>\n`);
}

function sources(a: Analysis): string {
  const quotes = a.quotes ?? [];
  if (!quotes.length && !(a.sources ?? []).length) {
    return section('nl-sources', 'Sources', '<p class="empty">No attributed statements found.</p>\n');
  }
  const { groups, unattributed } = groupBySource(a);
  const byId = sourcesById(a);
  const index = new Map(quotes.map((q, i) => [q, i]));
  const list = (qs: Quote[]) =>
    qs.length ? `<ol class="stmts">${qs.map((q) => statementItem(q, index.get(q) ?? 0, byId)).join('')}</ol>` : '';
  const items = groups.map(({ source: s, statements, relays }) => {
    const type = sourceTypeOf(s.type);
    const desc = s.name && s.descriptor ? `<p class="desc">${e(s.descriptor)}</p>` : '';
    const tags = [
      badge(type, type),
      s.relayed ? badge(type, 'relayed') : '',
      `<span class="count">${plural(statements.length, 'statement')}${relays.length ? ` · relays ${relays.length}` : ''}</span>`,
    ].filter(Boolean).join(' ');
    const head = `<strong>${e(sourceLabel(s))}</strong> ${tags}`;
    // A relay with no statements of its own has nothing to disclose: no empty <details>.
    return statements.length
      ? `<li><details><summary>${head}</summary>${desc}${list(statements)}</details></li>`
      : `<li>${head}${desc}</li>`;
  });
  if (unattributed.length) {
    items.push(`<li><details><summary><strong>Unattributed</strong> ${badge('none', 'no source')} ` +
      `<span class="count">${plural(unattributed.length, 'statement')}</span></summary>${list(unattributed)}</details></li>`);
  }
  return section('nl-sources', 'Sources', `<ul class="sources">${items.join('\n')}</ul>\n`, groups.length);
}

function statementItem(q: Quote, i: number, byId: ReturnType<typeof sourcesById>): string {
  const via = relayName(q, byId);
  const meta = [q.cue?.text ? `cue: ${q.cue.text}` : '', via ? `via ${via}` : '', q.nested ? 'nested' : '']
    .filter(Boolean).map(e).join(' · ');
  const text = truncate(String(q.content?.text ?? '').replace(/\s+/g, ' ').trim(), MAX_LISTED_CHARS);
  return `<li><span class="kind">${e(q.kind)}</span> <a href="#${markId(i)}">${e(text) || '(empty)'}</a>` +
    `${meta ? ` <span class="count">${meta}</span>` : ''}</li>`;
}

function profile(a: Analysis): string {
  const s = a.sourcing;
  const rows = profileRows(s);
  if (!s || (!rows.length && !s.attributedStatements)) {
    return section('nl-profile', 'Sourcing profile', '<p class="empty">No attributed statements found.</p>\n');
  }
  const top = Math.max(1, ...rows.map((r) => r.count));
  const bars = rows.map(({ type, count }) => {
    const t = sourceTypeOf(type);
    const pct = Math.round((count / top) * 100);
    return `<div class="bar-row"><span>${e(type)}</span><span class="bar-track" role="img" aria-label="${e(type)}: ${count}">` +
      `<span class="bar-fill t-${t}" style="width:${pct}%"></span></span><span class="bar-n">${count}</span></div>`;
  });
  const anon = anonymousPercent(s);
  const relayed = relayedNames(a);
  const body = [
    `<p>Attributed statements: <strong>${Number(s.attributedStatements) || 0}</strong></p>`,
    `<div class="bars">${bars.join('')}</div>`,
    anon === null ? '' : `<p>Anonymous share: <strong>${anon}%</strong></p>`,
    relayed.length
      ? `<p class="callout">Relays reporting from: <strong>${relayed.map(e).join(', ')}</strong></p>`
      : '<p>Relayed from: none</p>',
  ];
  return section('nl-profile', 'Sourcing profile', `${body.filter(Boolean).join('\n')}\n`);
}

function entities(a: Analysis): string {
  const groups = groupEntities(a);
  if (!groups.length) return section('nl-entities', 'Entities', '<p class="empty">No entities found.</p>\n', 0);
  const body = groups.map(([type, list]) => {
    const items = list.map((ent) => {
      const aliases = entityAliases(ent);
      const extra = [
        aliases.length ? `aka ${aliases.map(e).join(', ')}` : '',
        ent.titles?.length ? `titles: ${ent.titles.map(e).join(', ')}` : '',
        ent.roles?.length ? `roles: ${ent.roles.map(e).join('; ')}` : '',
        plural((ent.mentions ?? []).length, 'mention'),
      ].filter(Boolean).join(' · ');
      return `<li><strong>${e(ent.name)}</strong> <span class="count">${extra}</span></li>`;
    });
    return `<h3>${e(type)}</h3><ul>${items.join('')}</ul>`;
  });
  return section('nl-entities', 'Entities', `${body.join('\n')}\n`, (a.entities ?? []).length);
}

function related(a: Analysis): string {
  const list = a.article?.related ?? [];
  if (!list.length) return section('nl-related', 'Related stories', '<p class="empty">No related stories.</p>\n', 0);
  const items = list.map((r) => {
    const title = e(r.title || '(untitled)');
    const link = isWebUrl(r.url) ? `<a href="${e(r.url)}" rel="noopener noreferrer nofollow">${title}</a>` : title;
    const meta = relatedMeta(r);
    return `<li>${link}${meta ? ` <span class="count">— ${e(meta)}</span>` : ''}</li>`;
  });
  return section('nl-related', 'Related stories', `<ul>${items.join('')}</ul>\n`, list.length);
}

function warnings(a: Analysis): string {
  const list = a.warnings ?? [];
  const body = list.length
    ? `<ul class="warn">${list.map((w) => `<li>${e(w)}</li>`).join('')}</ul>`
    : '<p class="empty">No warnings.</p>';
  return section('nl-warnings', 'Warnings', `${body}\n`, list.length);
}
