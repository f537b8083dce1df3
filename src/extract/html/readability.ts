// The body, strict → loose (Readability's own idea, one level up): Readability at its defaults,
// Readability over the page without its chrome and with a low character threshold, then the
// paragraphs of the page's main container. The first attempt with enough text wins; otherwise the longest.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { Message } from '../../doc.js';
import { dropFurniture } from './clean.js';
import { type DomDocument, type DomElement, selectOne } from './dom.js';
import { toParagraphs } from './dom-to-paragraphs.js';
import { CONTAINER_SELECTORS, LOOSE_CHAR_THRESHOLD, MIN_BODY_CHARS } from './rules.js';

export interface BodyAttempt {
  strategy: string;
  paragraphs: string[];
  chars: number;
  /** what Readability itself found (a last resort for the metadata) */
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/** A fresh copy of the page with the related rails already cut out. */
export type PageFactory = () => DomDocument;

/** What one strategy found; it may name itself more precisely (which container won). */
type Found = Omit<BodyAttempt, 'strategy' | 'chars'> & { strategy?: string };

interface Strategy { name: string; run(doc: DomDocument): Found | null }

// Readability (CommonJS) is required on first use, like linkedom: text pages never pay its load
const requireCjs = createRequire(import.meta.url);
let Readability: typeof ReadabilityClass | undefined;

const STRATEGIES: readonly Strategy[] = [
  { name: 'readability', run: (doc) => readable(doc, {}) },
  { name: 'readability-loose', run: (doc) => readable(doc, { charThreshold: LOOSE_CHAR_THRESHOLD }, true) },
  { name: 'container', run: container },
];

export function extractBody(first: DomDocument, fresh: PageFactory, messages: Message[], expired: () => boolean = () => false): BodyAttempt {
  let best: BodyAttempt | null = null;
  const tried: string[] = [];
  for (let i = 0; i < STRATEGIES.length; i++) {
    if (i > 0 && expired()) {
      messages.push({ stage: 'extract', rule: 'time-budget', reason: `time budget spent; ${STRATEGIES.slice(i).map((s) => s.name).join(', ')} not tried`, level: 'warning' });
      break;
    }
    const attempt = tryStrategy(STRATEGIES[i], () => (i === 0 ? first : fresh()), messages);
    tried.push(`${STRATEGIES[i].name} ${attempt?.chars ?? 0} chars`);
    if (attempt) best = keepBetter(best, attempt);
    if (best && best.chars >= MIN_BODY_CHARS) break;
  }
  const won: BodyAttempt = best ?? { strategy: 'none', paragraphs: [], chars: 0, byline: null, publishedTime: null, siteName: null };
  const note = won.chars >= MIN_BODY_CHARS ? '' : `; below ${MIN_BODY_CHARS} chars after ${tried.join(', ')}`;
  messages.push({ stage: 'extract', rule: 'html-strategy', reason: `body from ${won.strategy} (${won.paragraphs.length} paragraphs, ${won.chars} chars)${note}`, level: 'info' });
  return won;
}

/** The longer attempt, still carrying whatever Readability said about byline, date and site. */
function keepBetter(prev: BodyAttempt | null, next: BodyAttempt): BodyAttempt {
  if (!prev) return next;
  const [win, lose] = next.chars > prev.chars ? [next, prev] : [prev, next];
  return { ...win, byline: win.byline ?? lose.byline, publishedTime: win.publishedTime ?? lose.publishedTime, siteName: win.siteName ?? lose.siteName };
}

function tryStrategy(s: Strategy, page: () => DomDocument, messages: Message[]): BodyAttempt | null {
  try {
    const r = s.run(page());
    return r ? { ...r, strategy: r.strategy ?? s.name, chars: charsOf(r.paragraphs) } : null;
  } catch (e) {
    messages.push({ stage: 'extract', rule: 'html-strategy-failed', reason: `${s.name} failed: ${errText(e)}`, level: 'warning' });
    return null;
  }
}

interface ReadableOptions { charThreshold?: number }

/** Readability over the page; loose first strips the page chrome (nav, header, footer, aside),
 *  which changes what Readability scores as the main block. */
function readable(doc: DomDocument, opts: ReadableOptions, loose = false): Found | null {
  dropFurniture(doc, loose);
  Readability ??= (requireCjs('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  const reader = new Readability<DomElement>(doc as never, {
    ...opts,
    keepClasses: true,
    serializer: (node: unknown) => node as DomElement,
  });
  const r = reader.parse();
  if (!r || !r.content) return null;
  return {
    paragraphs: toParagraphs(r.content),
    byline: r.byline || null,
    publishedTime: r.publishedTime || null,
    siteName: r.siteName || null,
  };
}

function container(doc: DomDocument): Found | null {
  dropFurniture(doc, true);
  let best: { sel: string; paragraphs: string[]; chars: number } | null = null;
  for (const sel of CONTAINER_SELECTORS) {
    const el = selectOne(doc, sel);
    if (!el) continue;
    const paragraphs = toParagraphs(el);
    const chars = charsOf(paragraphs);
    if (!best || chars > best.chars) best = { sel, paragraphs, chars };
    if (chars >= MIN_BODY_CHARS) break;
  }
  if (!best) return null;
  return { strategy: `container ${best.sel}`, paragraphs: best.paragraphs, byline: null, publishedTime: null, siteName: null };
}

const charsOf = (ps: readonly string[]): number => ps.reduce((n, p) => n + p.length, 0);

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);
