// The little of the DOM we use, typed here (the project compiles without lib.dom), and the one
// place that parses HTML with linkedom. linkedom needs an <html><head><body> shell to build a
// sane tree, so the input is re-wrapped into one first with linear, non-backtracking scans.
import { createRequire } from 'node:module';

// linkedom takes ~200 ms to load, so it is required on first use: plain-text runs never pay it
const requireCjs = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;
const parseHTML = (html: string) => (linkedom ??= requireCjs('linkedom') as typeof import('linkedom')).parseHTML(html);

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;
export const tagOf = (el: DomElement): string => String(el.tagName || '').toLowerCase();

/** class and id together, the string the class-word rules match against. */
export const classIdOf = (el: DomElement): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** Whitespace (nbsp and zero-width too) collapsed to single spaces, trimmed. */
export function squash(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export const textOf = (el: DomElement | null): string => (el ? squash(el.textContent) : '');

/** querySelectorAll that never throws (a selector linkedom cannot read yields nothing). */
export function selectAll(root: DomDocument | DomElement, selectors: string): DomElement[] {
  try {
    return Array.from(root.querySelectorAll(selectors));
  } catch {
    return [];
  }
}

export const selectOne = (root: DomDocument | DomElement, selectors: string): DomElement | null =>
  selectAll(root, selectors)[0] ?? null;

/** Parse HTML into a document with a real <html>, <head> and <body>. */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(reshell(html)) as unknown as { document: DomDocument };
  return document;
}

const BODY_OPEN = /<body\b([^<>]*)>/gi;
const HEAD_CLOSE = /<\/head\s*>/gi;
const HTML_OPEN = /<html\b([^<>]*)>/i;
const SHELL_TAGS = /<\/?(?:html|head|body)\b[^<>]*>|<!doctype[^<>]*>/gi;

const TAG_WITH_ATTRS = /<([A-Za-z][\w:-]*)(\s[^<>]*)>/g;
const ATTR = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

/** Attribute names lower-cased (HTML says they are case-insensitive; linkedom keeps the case,
 *  so <HTML LANG="EN"> or <P CLASS="x"> would hide from getAttribute and selectors). */
function lowerAttrNames(html: string): string {
  return html.replace(TAG_WITH_ATTRS, (tag: string, name: string, attrs: string) =>
    /[A-Z]/.test(attrs) ? `<${name}${attrs.replace(ATTR, (a: string, n: string, v = '') => n.toLowerCase() + v)}>` : tag);
}

/** The input rebuilt as <!DOCTYPE html><html …><head>…</head><body …>…</body></html>. */
function reshell(input: string): string {
  const html = lowerAttrNames(input);
  const htmlAttrs = HTML_OPEN.exec(html)?.[1] ?? '';
  BODY_OPEN.lastIndex = 0;
  const body = BODY_OPEN.exec(html);
  let head = '', rest = html, bodyAttrs = '';
  if (body) {
    head = html.slice(0, body.index);
    rest = html.slice(body.index + body[0].length);
    bodyAttrs = body[1];
  } else {
    HEAD_CLOSE.lastIndex = 0;
    const close = HEAD_CLOSE.exec(html);
    if (close) {
      head = html.slice(0, close.index);
      rest = html.slice(close.index + close[0].length);
    }
  }
  head = head.replace(SHELL_TAGS, '');
  rest = rest.replace(SHELL_TAGS, '');
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body${bodyAttrs}>${rest}</body></html>`;
}
