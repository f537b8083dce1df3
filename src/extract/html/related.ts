// Related-stories rails ("Related", "More stories", "Read more", "Recommended", "Trending"):
// found by class/id words or by their heading, read into {title, url, date, readMinutes}, and
// handed back so the caller can cut them out of the page before the body is extracted.
import type { RelatedStory } from '../../types.js';
import { dateOnly, findDateText, normalizeDate } from './dates.js';
import { type DomDocument, type DomElement, classIdOf, selectAll, selectOne, tagOf, textOf } from './dom.js';
import { absoluteUrl } from './metadata.js';
import { READ_MORE_LINE, RAIL_LINK_SKIP, RAIL_MINUTES, RAIL_TAGS, RELATED_CLASS, RELATED_HEADING } from './rules.js';

/** A rail is mostly link text (titles); prose with a "related" class is not (measured on our
 *  fixtures: rails 0.5–0.9, article bodies < 0.1). */
const MIN_RAIL_LINK_DENSITY = 0.35;

/** Headings longer than this are story titles, not a rail's label. */
const MAX_RAIL_HEADING_CHARS = 60;

/** Pages carry a handful of rails; past this many candidates the rest are left alone, which
 *  keeps the containment check (quadratic in candidates) cheap on hostile pages. */
const MAX_RAIL_CANDIDATES = 200;

/** Elements to remove with each rail (the rail and, for a bare heading + list, the heading). */
export interface Rail { el: DomElement; heading: DomElement | null }

/** The outermost related rails on the page, in page order. */
export function findRails(doc: DomDocument): Rail[] {
  const found: Rail[] = [];
  for (const el of selectAll(doc, `${RAIL_TAGS}, h2, h3, h4, h5, h6, p`)) {
    const r = railAt(el);
    if (r && !found.some((o) => o.el === r.el)) found.push(r);
    if (found.length >= MAX_RAIL_CANDIDATES) break;
  }
  const rails = found.filter((r) => selectAll(r.el, 'a[href]').length > 0 && linkDensity(r.el) >= MIN_RAIL_LINK_DENSITY);
  return rails.filter((r) => !rails.some((o) => o.el !== r.el && o.el.contains(r.el)));
}

/** The rail this element is or labels: by class/id/aria-label, by heading, or a "Read more:" line. */
function railAt(el: DomElement): Rail | null {
  const tag = tagOf(el);
  if (tag === 'p') return READ_MORE_LINE.test(textOf(el)) ? { el, heading: null } : null;
  if (/^h[2-6]$/.test(tag)) {
    if (!isRailHeading(textOf(el))) return null;
    const parent = el.parentElement, next = el.nextElementSibling;
    if (parent && /^(?:aside|section|div|nav)$/.test(tagOf(parent)) && parent.children[0] === el) return { el: parent, heading: null };
    if (next && /^(?:ul|ol|div|section)$/.test(tagOf(next))) return { el: next, heading: el };
    return null;
  }
  const label = el.getAttribute('aria-label') ?? '';
  return RELATED_CLASS.test(classIdOf(el)) || isRailHeading(label) ? { el, heading: null } : null;
}

function isRailHeading(text: string): boolean {
  return text.length > 0 && text.length <= MAX_RAIL_HEADING_CHARS && RELATED_HEADING.test(text);
}

function linkDensity(el: DomElement): number {
  const all = textOf(el).length;
  if (!all) return 0;
  const heading = textOf(selectOne(el, 'h2, h3, h4, h5, h6')).length;
  const links = selectAll(el, 'a').reduce((n, a) => n + textOf(a).length, 0);
  return Math.min(1, links / Math.max(1, all - heading));
}

/** The stories listed in the rails, links resolved against the page's URL, without repeats. */
export function readRelated(rails: readonly Rail[], pageUrl: string | null): RelatedStory[] {
  const out: RelatedStory[] = [];
  const seen = new Set<string>();
  for (const { el } of rails) {
    for (const item of itemsOf(el)) {
      const story = readItem(item, pageUrl);
      const key = story && `${story.url ?? ''}\u0000${story.title.toLowerCase()}`;
      if (story && key && !seen.has(key)) {
        seen.add(key);
        out.push(story);
      }
    }
  }
  return out;
}

/** List items or article cards; failing those, each link on its own. */
function itemsOf(rail: DomElement): DomElement[] {
  const items = selectAll(rail, 'li, article');
  const leaves = items.filter((it) => !items.some((o) => o !== it && it.contains(o)));
  return leaves.length ? leaves : selectAll(rail, 'a[href]');
}

function readItem(item: DomElement, pageUrl: string | null): RelatedStory | null {
  const links = tagOf(item) === 'a' ? [item] : selectAll(item, 'a[href]');
  const a = links.find((l) => usableHref(l.getAttribute('href')) && textOf(l));
  if (!a) return null;
  const title = textOf(selectOne(item, 'h2, h3, h4, h5, h6')) || textOf(a);
  if (!title || RAIL_LINK_SKIP.some((re) => re.test(title))) return null;
  const rest = textOf(item).replace(title, ' ');
  const time = selectOne(item, 'time');
  const date = dateOnly(normalizeDate(time?.getAttribute('datetime')) ?? normalizeDate(textOf(time)) ?? findDateText(rest));
  const minutes = RAIL_MINUTES.exec(rest);
  return {
    title,
    url: absoluteUrl(a.getAttribute('href'), pageUrl),
    date,
    readMinutes: minutes && +minutes[1] > 0 ? +minutes[1] : null,
  };
}

const usableHref = (href: string | null): boolean => !!href && !/^\s*(?:#|javascript:|mailto:)/i.test(href);

/** Cut the rails (and their bare headings) out of the page. */
export function removeRails(rails: readonly Rail[]): void {
  for (const r of rails) {
    r.heading?.remove();
    r.el.remove();
  }
}
