// Last pass over the body paragraphs: the headline, byline and date lines that Readability keeps
// at the top, and whole-paragraph boilerplate anywhere ("Advertisement", "Share this article").
import { splitByline } from './byline.js';
import { normalizeDate } from './dates.js';
import {
  BOILERPLATE_PARAGRAPHS, BYLINE_PREFIX, HEAD_LINES, MAX_BYLINE_LINE_CHARS, MAX_HEAD_PARAGRAPHS,
} from './rules.js';

export interface TidyContext { title: string | null; byline: readonly string[] }

export function tidyParagraphs(paragraphs: readonly string[], ctx: TidyContext): string[] {
  const title = ctx.title ? bare(ctx.title) : '';
  const names = new Set(ctx.byline.map((n) => n.toLowerCase()));
  return paragraphs.filter((p, i) => !BOILERPLATE_PARAGRAPHS.some((re) => re.test(p))
    && !(i < MAX_HEAD_PARAGRAPHS && isHeadFurniture(p, title, names)));
}

/** A sentence ends in . ! or ? (perhaps inside a closing quote); furniture lines do not. */
const SENTENCE_END = /[.!?]["'\u201d\u2019)]?$/;

function isHeadFurniture(p: string, title: string, names: ReadonlySet<string>): boolean {
  if (title && bare(p) === title) return true;
  if (p.length > MAX_BYLINE_LINE_CHARS || SENTENCE_END.test(p)) return false;
  if (normalizeDate(p)) return true;
  if (HEAD_LINES.some((re) => re.test(p)) && /\d/.test(p)) return true;
  const found = splitByline(p);
  if (found.length && BYLINE_PREFIX.test(p)) return true;
  return found.length > 0 && found.every((n) => names.has(n.toLowerCase()));
}

const bare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
