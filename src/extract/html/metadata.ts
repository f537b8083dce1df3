// Page metadata: title, byline, publisher, date, language, canonical URL and stated read time.
// Each field tries its sources in a fixed order (JSON-LD, OpenGraph/meta, then the visible page)
// and the first usable value wins. Readability's guesses are the caller's last resort.
import { splitByline, mergeNames } from './byline.js';
import { normalizeDate } from './dates.js';
import { type DomDocument, type DomElement, selectAll, selectOne, squash, textOf } from './dom.js';
import type { Extracted } from '../extracted.js';
import type { JsonLdArticle } from './json-ld.js';
import { BYLINE_SELECTORS, DATE_META, DATE_SELECTORS, MAX_BYLINE_LINE_CHARS, READ_TIME } from './rules.js';

export type PageMeta = Pick<Extracted, 'title' | 'byline' | 'publisher' | 'publishedAt' | 'language' | 'url' | 'statedReadMinutes'>;

/** <meta> contents by lower-case name / property / itemprop / http-equiv, in page order. */
export type MetaMap = ReadonlyMap<string, readonly string[]>;

export function metaMap(doc: DomDocument): MetaMap {
  const map = new Map<string, string[]>();
  for (const m of selectAll(doc, 'meta')) {
    const value = squash(m.getAttribute('content'));
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key) map.set(key, [...(map.get(key) ?? []), value]);
    }
  }
  return map;
}

const first = (meta: MetaMap, key: string): string | null => meta.get(key)?.[0] ?? null;

export function readMetadata(doc: DomDocument, meta: MetaMap, ld: JsonLdArticle | null, pageUrl: string | null): PageMeta {
  const publisher = ld?.publisher ?? first(meta, 'og:site_name');
  return {
    title: pickTitle(doc, meta, ld, publisher),
    byline: pickByline(doc, meta, ld, publisher),
    publisher,
    publishedAt: pickDate(doc, meta, ld),
    language: pickLanguage(doc, meta, ld),
    url: canonicalUrl(doc, meta, ld, pageUrl),
    statedReadMinutes: pickReadMinutes(doc, meta),
  };
}

function pickTitle(doc: DomDocument, meta: MetaMap, ld: JsonLdArticle | null, site: string | null): string | null {
  const h1 = selectOne(doc, 'article h1') ?? selectOne(doc, 'main h1')
    ?? selectAll(doc, 'h1').find((h) => !site || stripSite(textOf(h), site) !== '') ?? null;
  const candidates = [ld?.headline, first(meta, 'og:title'), textOf(h1), textOf(selectOne(doc, 'title'))];
  for (const c of candidates) {
    const t = c ? stripSite(squash(c), site) : '';
    if (t) return t;
  }
  return null;
}

/** Separators between a headline and the site's name in <title>. */
const TITLE_SEPARATOR = / (?:\||-|–|—|·|•|::) |:\s/g;

/** "Headline | Site" → "Headline" (also "Site - Headline") when the site's name is known. */
export function stripSite(title: string, site: string | null): string {
  if (!site) return title;
  const key = bare(site);
  if (bare(title) === key) return '';
  const seps = [...title.matchAll(TITLE_SEPARATOR)];
  if (!seps.length) return title;
  const last = seps[seps.length - 1], head = seps[0];
  if (bare(title.slice((last.index ?? 0) + last[0].length)) === key) return title.slice(0, last.index).trim();
  if (bare(title.slice(0, head.index)) === key) return title.slice((head.index ?? 0) + head[0].length).trim();
  return title;
}

const bare = (s: string): string => s.toLowerCase().replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, '');

function pickByline(doc: DomDocument, meta: MetaMap, ld: JsonLdArticle | null, outlet: string | null): string[] {
  const split = (xs: readonly (string | null)[]) => mergeNames(xs.map((x) => splitByline(x, outlet)));
  const sources: (() => string[])[] = [
    () => split(ld?.authors ?? []),
    () => split(meta.get('author') ?? []),
    () => split(meta.get('article:author') ?? []),
    ...BYLINE_SELECTORS.map((sel) => () => split(selectAll(doc, sel).map(bylineText).filter((t) => t.length <= MAX_BYLINE_LINE_CHARS))),
  ];
  for (const source of sources) {
    const names = source();
    if (names.length) return names;
  }
  return [];
}

/** An author element's name: a nested itemprop=name (or content attribute), else its text. */
function bylineText(el: DomElement): string {
  const name = selectOne(el, '[itemprop=name]');
  return squash(name?.getAttribute('content')) || textOf(name) || squash(el.getAttribute('content')) || textOf(el);
}

function pickDate(doc: DomDocument, meta: MetaMap, ld: JsonLdArticle | null): string | null {
  const times = DATE_SELECTORS
    .map((sel) => selectOne(doc, sel))
    .map((el) => el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? textOf(el));
  const candidates = [ld?.datePublished, first(meta, 'article:published_time'), ...times,
    ...DATE_META.map((k) => first(meta, k.toLowerCase()))];
  for (const c of candidates) {
    const d = normalizeDate(c);
    if (d) return d;
  }
  return null;
}

function pickLanguage(doc: DomDocument, meta: MetaMap, ld: JsonLdArticle | null): string | null {
  const candidates = [doc.documentElement?.getAttribute('lang'), doc.documentElement?.getAttribute('xml:lang'),
    ld?.language, first(meta, 'og:locale'), first(meta, 'content-language'), first(meta, 'language'),
    first(meta, 'dc.language')];
  for (const c of candidates) {
    const l = normalizeLanguage(c);
    if (l) return l;
  }
  return null;
}

/** Three-letter codes pages still use, mapped to ISO 639-1. */
const ISO639_2: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  dut: 'nl', rus: 'ru', zho: 'zh', chi: 'zh', jpn: 'ja', ara: 'ar', pol: 'pl', swe: 'sv', tur: 'tr',
};

/** "en-GB", "en_US", "EN", "eng" → "en"; anything else → null. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*(?:[,;].*)?$/.exec(raw ?? '');
  if (!m) return null;
  const code = m[1].toLowerCase();
  return code.length === 2 ? code : ISO639_2[code] ?? null;
}

/** The article's own URL: canonical link, og:url, JSON-LD url, else the URL it was read from. */
export function canonicalUrl(doc: DomDocument, meta: MetaMap, ld: JsonLdArticle | null, pageUrl: string | null): string | null {
  const candidates = [selectOne(doc, 'link[rel~=canonical]')?.getAttribute('href'), first(meta, 'og:url'), ld?.url, pageUrl];
  for (const c of candidates) {
    const u = absoluteUrl(c, pageUrl);
    if (u) return u;
  }
  return null;
}

/** An http(s) URL resolved against the page's URL, or null. */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A stated read time is short text: "4 min read", "Reading time: 6 minutes". */
const MAX_READ_TIME_CHARS = 40;

function pickReadMinutes(doc: DomDocument, meta: MetaMap): number | null {
  const labels = meta.get('twitter:label1') ?? [];
  const texts = [
    ...(labels.some((l) => /read/i.test(l)) ? meta.get('twitter:data1') ?? [] : []),
    ...selectAll(doc, '[class*="read" i], [id*="read" i]').map(textOf),
  ];
  for (const t of texts) {
    if (t.length > MAX_READ_TIME_CHARS) continue;
    const m = READ_TIME.exec(t);
    if (m && +m[1] > 0) return +m[1];
  }
  return null;
}
