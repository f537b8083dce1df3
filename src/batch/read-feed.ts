// RSS, Atom, RDF and JSON Feed files (feedsmith): each item's content is analysed, or with
// --follow each item's link is fetched by the worker under analyze()'s URL-safety rules.
import { parseFeed } from 'feedsmith';
import { isoDate, makeError, makeRecord, type ReadItem, type ReadOptions } from './record.js';

interface Item { id: string | null; link: string | null; title: string | null; date: string | null; html: string | null; text: string | null }

export function* readFeed(path: string, bytes: Uint8Array, opts: ReadOptions): Generator<ReadItem> {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    yield makeError(path, path, 'BAD_ENCODING', 'feed is not valid UTF-8', bytes);
    return;
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(/^\s*[{[]/.test(source) ? JSON.parse(source) : source);
  } catch (err) {
    yield makeError(path, path, 'BAD_FEED', `not an RSS, Atom or JSON feed (${(err as Error).message})`, bytes);
    return;
  }
  const outlet = str(parsed.feed.title);
  const items = itemsOf(parsed);
  if (!items.length) yield { ignored: 'feed without items' };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const where = `${path}#${i + 1}`;
    const id = it.id ?? it.link ?? where;
    const fields = { id, input: where, kind: 'feed-item' as const, outlet, url: it.link, publishedAt: isoDate(it.date), title: it.title };
    if (opts.follow) {
      if (!it.link) yield makeError(where, id, 'NO_LINK', 'item has no link to follow', JSON.stringify(it));
      else yield makeRecord(`follow\n${it.link}`, fields, { follow: it.link });
    } else if (it.html) yield makeRecord(JSON.stringify(it), fields, { html: it.html, url: it.link });
    else if (it.text) yield makeRecord(JSON.stringify(it), fields, { text: it.text });
    else yield makeError(where, id, 'NO_TEXT', 'item has no content (use --follow to fetch its link)', JSON.stringify(it));
  }
}

type Parsed = ReturnType<typeof parseFeed>;

function itemsOf(p: Parsed): Item[] {
  switch (p.format) {
    case 'rss':
    case 'rdf':
      return (p.feed.items ?? []).map((it: Record<string, unknown>) => ({
        id: str((it.guid as { value?: string } | undefined)?.value) ?? str(it.link), link: str(it.link), title: str(it.title),
        date: str(it.pubDate) ?? str((it.dc as { date?: string } | undefined)?.date),
        html: str((it.content as { encoded?: string } | undefined)?.encoded) ?? str(it.description), text: null,
      }));
    case 'atom':
      return (p.feed.entries ?? []).map((e) => {
        const link = e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? e.links?.[0]?.href ?? null;
        return {
          id: str(e.id), link: str(link), title: str(e.title), date: str(e.published) ?? str(e.updated),
          html: str(e.content) ?? str(e.summary), text: null,
        };
      });
    case 'json':
      return (p.feed.items ?? []).map((it) => ({
        id: str(it.id), link: str(it.url), title: str(it.title), date: str(it.date_published),
        html: str(it.content_html), text: str(it.content_text) ?? str(it.summary),
      }));
  }
}

/** Feed text fields are strings or {value}; empty means absent. */
function str(v: unknown): string | null {
  const s = typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string' ? (v as { value: string }).value : null;
  return s && s.trim() ? s : null;
}
