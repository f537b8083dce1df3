// The fallback for pages past the resource caps: a single linear scan that strips tags, skips
// script/style/head content and splits paragraphs at block tags. No DOM, no regex backtracking.
import { squash } from './dom.js';
import { decodeEntities } from './entities.js';
import { BLOCK_TAGS } from './rules.js';

/** Raw-text elements whose content is never text. */
const SKIP_CONTENT = ['script', 'style', 'head', 'noscript', 'template', 'svg', 'textarea', 'title', 'iframe'];
const SKIP_END = new Map(SKIP_CONTENT.map((t) => [t, new RegExp(`</${t}\\s*>`, 'gi')]));

export interface FlatText { title: string | null; paragraphs: string[] }

export function flatExtract(html: string): FlatText {
  const paragraphs: string[] = [];
  let buf: string[] = [];
  const flush = () => {
    const p = squash(decodeEntities(buf.join('')));
    if (p) paragraphs.push(p);
    buf = [];
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { buf.push(html.slice(i)); break; }
    if (lt > i) buf.push(html.slice(i, lt));
    const tag = readTag(html, lt);
    if (!tag) { buf.push('<'); i = lt + 1; continue; }
    i = tag.end;
    if (tag.name === '') continue;
    if (tag.name === 'br') { buf.push(' '); continue; }
    const skip = !tag.closing ? SKIP_END.get(tag.name) : undefined;
    if (skip) {
      skip.lastIndex = i;
      const m = skip.exec(html);
      if (!m) { if (tag.name === 'head') continue; break; } // an unclosed <head> holds the page
      i = m.index + m[0].length;
      continue;
    }
    if (BLOCK_TAGS.has(tag.name)) flush();
    else buf.push(' ');
  }
  flush();
  return { title: flatTitle(html), paragraphs };
}

interface Tag { name: string; closing: boolean; end: number }

/** The tag at html[lt] ('<'), or null when that '<' is plain text. Comments have name ''. */
function readTag(html: string, lt: number): Tag | null {
  const n = html.length;
  const c = html.charCodeAt(lt + 1);
  if (c === 33 || c === 63) {
    const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
    return { name: '', closing: false, end: end < 0 ? n : end + (html.startsWith('<!--', lt) ? 3 : 1) };
  }
  const closing = c === 47;
  const start = closing ? lt + 2 : lt + 1;
  const first = html.charCodeAt(start) | 32;
  if (first < 97 || first > 122) return null;
  let j = start;
  while (j < n && /[A-Za-z0-9:-]/.test(html[j])) j++;
  const gt = html.indexOf('>', j);
  return { name: html.slice(start, j).toLowerCase(), closing, end: gt < 0 ? n : gt + 1 };
}

const TITLE = /<title\b[^<>]*>([^<]{0,500})<\/title/i;

function flatTitle(html: string): string | null {
  const m = TITLE.exec(html.slice(0, 200_000));
  return m ? squash(decodeEntities(m[1])) || null : null;
}
