// JSON-LD (<script type="application/ld+json">) → the article's own metadata. Handles several
// scripts, top-level arrays, @graph, @id references and the usual schema.org article types; a
// script that is not JSON is skipped with a warning, never fatal.
import type { Message } from '../../doc.js';
import { squash } from './dom.js';
import { decodeEntities } from './entities.js';
import { ARTICLE_TYPES } from './rules.js';

export interface JsonLdArticle {
  headline: string | null;
  /** author names as written (one string may still hold several names) */
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  language: string | null;
  url: string | null;
}

export interface JsonLdResult { article: JsonLdArticle | null; messages: Message[] }

type Obj = Record<string, unknown>;

/** How deep @graph / mainEntity / arrays are followed; real pages use two or three levels. */
const MAX_JSON_DEPTH = 8;

/** Nodes read per page; a page with more is generating junk, and the article comes early. */
const MAX_JSON_NODES = 2000;

export function readJsonLd(scripts: readonly string[]): JsonLdResult {
  const messages: Message[] = [];
  const nodes: Obj[] = [];
  scripts.forEach((src, i) => {
    const text = cleanScript(src);
    if (!text) return;
    try {
      collect(JSON.parse(text), nodes, 0);
    } catch {
      messages.push({ stage: 'extract', rule: 'json-ld-invalid', reason: `JSON-LD script ${i + 1} is not valid JSON; ignored`, level: 'warning' });
    }
  });
  const byId = new Map<string, Obj>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const node = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  if (!node) return { article: null, messages };
  const page = nodes.find((n) => typesOf(n).some((t) => t === 'webpage' || t === 'website'));
  const article: JsonLdArticle = {
    headline: text(node.headline) ?? text(node.name),
    authors: namesOf(node.author ?? node.creator, byId),
    publisher: namesOf(node.publisher, byId)[0] ?? null,
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    language: langOf(node.inLanguage) ?? langOf(page?.inLanguage),
    url: urlOf(node.url) ?? urlOf(node.mainEntityOfPage),
  };
  return { article, messages };
}

/** Script text without CDATA / comment wrappers or a trailing semicolon; raw control chars
 *  (illegal inside JSON strings, common on real pages) become spaces. */
function cleanScript(src: string): string {
  return src
    .replace(/^\s*(?:<!--|<!\[CDATA\[|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\]\]>|\/\/\s*\]\]>)\s*$/, '')
    .replace(/[\u0000-\u001f]/g, ' ')
    .trim()
    .replace(/;$/, '');
}

function collect(v: unknown, out: Obj[], depth: number): void {
  if (depth > MAX_JSON_DEPTH || out.length >= MAX_JSON_NODES) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  out.push(v);
  if (v['@graph'] !== undefined) collect(v['@graph'], out, depth + 1);
  if (isObj(v.mainEntity) || Array.isArray(v.mainEntity)) collect(v.mainEntity, out, depth + 1);
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lower-case type names without a schema.org prefix. */
function typesOf(n: Obj): string[] {
  const t = n['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase());
}

function text(v: unknown): string | null {
  if (Array.isArray(v)) v = v.find((x) => typeof x === 'string');
  if (typeof v !== 'string') return null;
  return squash(decodeEntities(v)) || null;
}

/** Names from a string, an object (or @id reference to one) or an array of either. */
function namesOf(v: unknown, byId: Map<string, Obj>, depth = 0): string[] {
  if (depth > 2 || v == null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, byId, depth + 1));
  if (typeof v === 'string') return text(v) ? [text(v) as string] : [];
  if (!isObj(v)) return [];
  const ref = typeof v['@id'] === 'string' && v.name === undefined ? byId.get(v['@id']) : undefined;
  const o = ref ?? v;
  const name = text(o.name) ?? joinName(o);
  return name ? [name] : [];
}

/** givenName + familyName when a Person has no name. */
function joinName(o: Obj): string | null {
  const parts = [text(o.givenName), text(o.familyName)].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

function langOf(v: unknown): string | null {
  if (isObj(v)) return text(v.alternateName) ?? text(v.name);
  return text(v);
}

function urlOf(v: unknown): string | null {
  for (const c of isObj(v) ? [v['@id'], v.url] : [v]) {
    const s = text(c);
    if (s && /^https?:\/\//i.test(s)) return s;
  }
  return null;
}
