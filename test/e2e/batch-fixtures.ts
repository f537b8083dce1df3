// Inputs for the batch tests, written by us: synthetic articles, JSONL with corrupt lines, a WARC
// crawl and an RSS feed.
import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

const PEOPLE = ['Mara Quillfeather', 'Tobias Renwick', 'Ines Pardoe', 'Dev Anand-Ruskin'];
const TOPICS = ['harbor dredging', 'the ferry timetable', 'school lunches', 'the bridge repairs', 'bus lanes'];

export function article(i: number): string {
  const who = PEOPLE[i % PEOPLE.length], topic = TOPICS[i % TOPICS.length];
  return [
    `Council Weighs ${topic} Plan, Number ${i}`,
    `The council on Tuesday debated ${topic} for the ${i}th time this year, and members were divided.`,
    `"We cannot wait another season," said ${who}, who chairs the works committee.`,
    `A spokesperson for the port authority said the agency would publish its figures next month.`,
    `Residents who spoke at the meeting said the plan had been delayed since ${2000 + (i % 20)}.`,
  ].join('\n\n');
}

/** n lines, every `every`-th one corrupt (cycling bad JSON, invalid UTF-8, no text field). */
export function jsonlCorpus(n: number, every: number): { bytes: Buffer; good: number; corrupt: number } {
  const parts: Buffer[] = [];
  let corrupt = 0;
  for (let i = 0; i < n; i++) {
    if (i % every === every - 1) {
      const kind = corrupt++ % 3;
      parts.push(kind === 0 ? Buffer.from(`{"id": "r${i}", "text": "cut off`)
        : kind === 1 ? Buffer.concat([Buffer.from(`{"id": "r${i}", "text": "bad `), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])
        : Buffer.from(JSON.stringify({ id: `r${i}`, body: 'no text field' })));
    } else {
      parts.push(Buffer.from(JSON.stringify({
        id: `r${i}`, text: article(i), outlet: ['Gazette', 'Herald', 'Courier'][i % 3], publishedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      })));
    }
    parts.push(Buffer.from('\n'));
  }
  return { bytes: Buffer.concat(parts), good: n - corrupt, corrupt };
}

const html = (i: number): string =>
  `<!doctype html><html><head><title>Story ${i}</title></head><body><article><h1>Council Story ${i}</h1>${
    article(i).split('\n\n').slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

async function warcRecord(type: 'response' | 'request', url: string, body: string, opts: { status?: string; contentType?: string; gzip?: boolean } = {}): Promise<Uint8Array> {
  async function* content() { yield new TextEncoder().encode(body); }
  const rec = WARCRecord.create({
    url, type, warcVersion: 'WARC/1.1',
    httpHeaders: type === 'request' ? { Host: new URL(url).host } : { 'Content-Type': opts.contentType ?? 'text/html; charset=utf-8' },
    statusline: type === 'request' ? `GET ${new URL(url).pathname} HTTP/1.1` : opts.status ?? 'HTTP/1.1 200 OK',
  }, content());
  return WARCSerializer.serialize(rec, { gzip: opts.gzip ?? false });
}

/** A crawl: 3 HTML responses, a request, a 404, a CSS response, then one record cut short. */
export async function writeWarc(path: string, gzip: boolean): Promise<{ articles: number; ignored: number; truncated: number }> {
  const parts = [
    await warcRecord('request', 'https://news.example/a/1', '', { gzip }),
    await warcRecord('response', 'https://news.example/a/1', html(1), { gzip }),
    await warcRecord('response', 'https://news.example/a/2', html(2), { gzip }),
    await warcRecord('response', 'https://news.example/missing', '<html><body>Not found</body></html>', { status: 'HTTP/1.1 404 Not Found', gzip }),
    await warcRecord('response', 'https://news.example/style.css', 'body { color: red }', { contentType: 'text/css', gzip }),
    await warcRecord('response', 'https://news.example/a/3', html(3), { gzip }),
  ];
  const last = await warcRecord('response', 'https://news.example/a/4', html(4), { gzip });
  writeFileSync(path, Buffer.concat([...parts.map((p) => Buffer.from(p)), Buffer.from(last).subarray(0, last.length - 60)]));
  return { articles: 3, ignored: 3, truncated: 1 };
}

/** RSS 2.0: two items with content (content:encoded, description), one with neither. */
export function rss(link: (i: number) => string): string {
  const item = (i: number, body: string) => `<item><title>Council Story ${i}</title><link>${link(i)}</link><guid>story-${i}</guid>
    <pubDate>Tue, 0${i} Sep 2025 10:00:00 GMT</pubDate>${body}</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>The Harbor Gazette</title><link>https://gazette.example/</link><description>Local news</description>
${item(1, `<content:encoded><![CDATA[${article(1).split('\n\n').map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>`)}
${item(2, `<description>${escapeXml(article(2).split('\n\n').slice(1).map((p) => `<p>${p}</p>`).join(''))}</description>`)}
${item(3, '')}
</channel></rss>`;
}

export const serveHtml = (i: number): string => html(i);

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
