import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { SCHEMA_ID, type Analysis, type Quote } from '../types.js';
import { emptyAnalysis, joinParagraphs, sampleAnalysis } from './fixtures/sample-analysis.js';
import { BREAKOUT, SCRIPT, SQUOTE, hostileAnalysis } from './fixtures/hostile-analysis.js';
import { renderHtml } from './html.js';

const here = '[output/html] ';
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'wbr']);

/** Every opened tag is closed, in order (the style sheet is skipped: CSS may hold "<"/">"). */
function assertBalanced(html: string): void {
  const stack: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<!doctype html>/i, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g)) {
    const [tag, closing, name] = [m[0], m[1], m[2].toLowerCase()];
    if (VOID.has(name)) continue;
    if (!closing) stack.push(name);
    else assert.equal(stack.pop(), name, `${here}unbalanced at ${tag} (offset ${m.index})`);
  }
  assert.deepEqual(stack, [], `${here}left open`);
  assert.doesNotMatch(body.replace(/<[^<>]*>/g, ''), /[<>]/, `${here}stray angle bracket in text`);
}

const dom = (html: string) => parseHTML(html).document;
/** The text a statement's marks cover, pieces joined (blank lines between paragraphs are in no <p>). */
const marked = (doc: ReturnType<typeof dom>, i: number) =>
  [...doc.querySelectorAll(`mark[data-q="${i}"]`)].map((m) => m.textContent).join('').replace(/\s+/g, '');

describe('renderHtml', () => {
  const a = sampleAnalysis();
  const html = renderHtml(a);
  const doc = dom(html);

  it('is a standalone page with a strict CSP and nothing to run or fetch', () => {
    assert.ok(html.startsWith('<!doctype html>'), here);
    assert.ok(html.includes(CSP_META), `${here}CSP meta`);
    assert.ok(html.includes('<meta name="viewport"'), `${here}viewport for phones`);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|url\(|@import|\ssrc=/i, `${here}external or active content`);
    assertBalanced(html);
  });

  it('shows the header: title, byline, publisher, date, read time', () => {
    const head = doc.querySelector('header')!.textContent!;
    for (const s of [a.article.title!, 'By Rosalind Petheridge', 'The Millbrook Gazette', '2024-11-14', '1 min read']) {
      assert.ok(head.includes(s), `${here}${s}`);
    }
  });

  it('puts every paragraph in a <p> and marks every statement with its full text', () => {
    const ps = [...doc.querySelectorAll('article p')];
    assert.equal(ps.length, a.article.paragraphs.length, here);
    ps.forEach((p, i) => {
      const r = a.article.paragraphs[i];
      assert.equal(p.textContent, a.article.text.slice(r.start, r.end), `${here}paragraph ${i}`);
    });
    a.quotes.forEach((q, i) => {
      assert.equal(marked(doc, i), q.content.text.replace(/\s+/g, ''), `${here}statement ${q.id}`);
      const first = doc.getElementById(`nl-q${i}`)!;
      assert.equal(first.getAttribute('tabindex'), '0', `${here}focusable`);
    });
  });

  it('colours each statement by its first source type', () => {
    const cls = (i: number) => doc.querySelector(`mark[data-q="${i}"]`)!.getAttribute('class');
    assert.deepEqual(a.quotes.map((_, i) => cls(i)), [
      'q q-organization', 'q q-named', 'q q-document', 'q q-named', 'q q-named', 'q q-anonymous', 'q q-none',
    ]);
  });

  it('nests the inner statement, its speaker and cue inside the outer statement', () => {
    const inner = doc.querySelector('mark[data-q="4"]')!;
    assert.ok(inner.parentElement!.closest('mark[data-q="3"]'), `${here}q5 inside q4`);
    const cues = [...doc.querySelectorAll('mark[data-q="3"] .cue')].map((c) => c.textContent);
    assert.deepEqual(cues, ['had warned'], here);
    assert.equal(doc.querySelector('mark[data-q="3"] .spk')!.textContent, 'Okafor', here);
    assert.equal(doc.querySelectorAll('.cue').length - doc.querySelectorAll('.legend .cue').length, 7, `${here}every cue`);
  });

  it('describes each mark: speaker, type, kind, cue, relay', () => {
    const tip = (i: number) => doc.querySelector(`mark[data-q="${i}"]`)!.getAttribute('title')!;
    assert.equal(tip(1), 'Maria Okafor (named) · direct · cue: said');
    assert.equal(tip(3), 'James Reyes (named) · mixed · cue: told · via Harbor Ledger');
    assert.equal(tip(6), 'Unattributed · indirect · cue: have been told');
  });

  it('lists sources, profile, entities, relays, related stories, warnings and a legend', () => {
    const panel = doc.querySelector('aside')!.textContent!.replace(/\s+/g, ' ');
    for (const s of [
      'Maria Okafor', 'named', '2 statements', 'Harbor Ledger', 'relayed', 'relays 1',
      'city official who was not authorized to speak publicly', 'anonymous', 'Unattributed',
      'Attributed statements: 7', 'Anonymous share: 14.3%', 'Relays reporting from: Harbor Ledger',
      'aka Okafor', 'roles: chief engineer', 'Storm surge floods Quay Street businesses', '— 2024-10-22 · 3 min',
      'extract/no-dateline', 'organization', 'document', 'no source',
    ]) assert.ok(panel.includes(s), `${here}panel lacks ${s}`);
    const width = (t: string) => doc.querySelector(`.bar-fill.t-${t}`)!.getAttribute('style');
    assert.equal(width('named'), 'width:100%');
    assert.equal(width('anonymous'), 'width:33%');
    assert.equal(doc.querySelectorAll('.legend mark').length, 6, `${here}legend swatches`);
    const links = [...doc.querySelectorAll('.stmts a')].map((l) => l.getAttribute('href'));
    assert.ok(links.includes('#nl-q4'), `${here}statement list links to the marks`);
  });

  it('escapes everything a hostile article supplies', () => {
    const h = renderHtml(hostileAnalysis());
    assert.doesNotMatch(h, /<script|<img|href="javascript:/i, here);
    assert.ok(!h.includes(BREAKOUT) && !h.includes(SQUOTE), `${here}raw attribute breakout`);
    assert.doesNotMatch(h, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\[2J|\]0;owned/, `${here}control characters`);
    assertBalanced(h);
    const d = dom(h);
    assert.equal(d.querySelectorAll('script, img, iframe, object, embed, link').length, 0, here);
    for (const el of d.querySelectorAll('*')) {
      for (const attr of el.attributes) assert.ok(!/^on/i.test(attr.name), `${here}${el.tagName} has ${attr.name}`);
    }
    for (const l of d.querySelectorAll('a')) assert.match(l.getAttribute('href')!, /^(#|https:\/\/)/, here);
    assert.equal(d.documentElement.getAttribute('lang'), null, `${here}bogus language dropped`);
    const text = d.body.textContent!;
    for (const s of [`Title ${SCRIPT}`, `Evil ${SCRIPT}`, `Related ${SCRIPT}${BREAKOUT}`, `Other ${SQUOTE}`, `Trust ${SQUOTE} me`]) {
      assert.ok(text.includes(s), `${here}shown as text: ${s}`);
    }
    assert.equal(d.querySelector('title')!.textContent!.startsWith(`Title ${SCRIPT}`), true, here);
    assert.equal(d.querySelectorAll('mark[data-q]').length >= 2, true, here);
  });

  it('renders an analysis with nothing in it', () => {
    const h = renderHtml(emptyAnalysis());
    assertBalanced(h);
    const text = dom(h).body.textContent!;
    for (const s of ['Untitled article', 'No article text found.', 'No attributed statements found.', 'No entities found.']) {
      assert.ok(text.includes(s), `${here}${s}`);
    }
  });

  it('splits crossing spans and quotes across paragraphs without breaking the markup', () => {
    const { text, paragraphs } = joinParagraphs(['alpha beta gamma delta', 'epsilon zeta eta']);
    const q = (id: string, start: number, end: number, cue: [number, number] | null): Quote => ({
      id, kind: 'direct', content: { start, end, text: text.slice(start, end) },
      cue: cue && { start: cue[0], end: cue[1], text: text.slice(...cue) }, speakerMention: null, sources: [],
    });
    const b = { ...emptyAnalysis(), article: { ...emptyAnalysis().article, text, paragraphs } };
    // q0 crosses q1; q1 runs on into the second paragraph; q2's cue straddles q0's end; q3 is out of range.
    b.quotes = [q('a', 0, 16, [12, 20]), q('b', 6, 36, null), q('c', 30, 36, [-5, 3]), q('d', 50, 900, null)];
    const h = renderHtml(b);
    assertBalanced(h);
    const d = dom(h);
    assert.equal(marked(d, 0), 'alphabetagamma');
    assert.equal(marked(d, 1), 'betagammadeltaepsilonzeta');
    assert.ok(d.querySelectorAll('mark[data-q="1"]').length > 2, `${here}crossing span split into pieces`);
    assert.equal(d.querySelectorAll('[id="nl-q1"]').length, 1, `${here}only the first piece carries the id`);
    assert.equal([...d.querySelectorAll('article p')].map((p) => p.textContent).join('\n\n'), text, here);
  });

  it('never breaks markup or loses text, whatever the spans (property)', () => {
    const span = fc.tuple(fc.integer({ min: -3, max: 60 }), fc.integer({ min: -3, max: 60 }));
    fc.assert(fc.property(
      fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '<', '&', '"', 'é', '😀'), maxLength: 15 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.record({ c: span, cue: fc.option(span), spk: fc.option(span) }), { maxLength: 8 }),
      (paras, qs) => {
        const { text, paragraphs } = joinParagraphs(paras);
        const sp = ([s, e]: [number, number]) => ({ start: s, end: e, text: text.slice(s, e) });
        const b: Analysis = { ...emptyAnalysis(), schema: SCHEMA_ID, article: { ...emptyAnalysis().article, text, paragraphs } };
        b.quotes = qs.map((x, i) => ({
          id: `q${i}`, kind: 'direct', content: sp(x.c), cue: x.cue && sp(x.cue), speakerMention: x.spk && sp(x.spk), sources: [],
        }));
        const h = renderHtml(b);
        assertBalanced(h);
        const ps = [...dom(h).querySelectorAll('article p:not(.empty)')].map((p) => p.textContent);
        const want = paragraphs.filter((p) => p.end > p.start).map((p) => text.slice(p.start, p.end));
        assert.deepEqual(ps, want, here);
      },
    ), { numRuns: 200 });
  });
});
