import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../types.js';
import { emptyAnalysis, sampleAnalysis } from './fixtures/sample-analysis.js';
import { hostileAnalysis } from './fixtures/hostile-analysis.js';
import { renderText } from './text.js';

const here = '[output/text] ';
const SGR = /\u001b\[[0-9;]*m/g;
const plain = (s: string) => s.replace(SGR, '');
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The statements section cut into blocks, one per "■ " source header, keyed by header text. */
function sourceBlocks(report: string): Map<string, string> {
  const section = report.split('STATEMENTS GROUPED BY SOURCE')[1].split('SOURCING PROFILE')[0];
  const blocks = new Map<string, string>();
  for (const block of section.split(/\n(?=■ )/).slice(1)) blocks.set(block.split(' · ')[0].slice(2), squash(block));
  return blocks;
}

describe('renderText', () => {
  const a = sampleAnalysis();
  const out = renderText(a, { width: 200 });

  it('has every section, in order', () => {
    const heads = ['SUMMARY', 'ENTITIES', 'STATEMENTS GROUPED BY SOURCE', 'SOURCING PROFILE', 'RELATED STORIES', 'WARNINGS'];
    const at = heads.map((h) => out.indexOf(h));
    assert.ok(at.every((i) => i > 0), `${here}missing section: ${heads[at.indexOf(-1)]}`);
    assert.deepEqual([...at].sort((x, y) => x - y), at, `${here}sections out of order`);
  });

  it('starts with title, byline, publisher, date, size and URL', () => {
    const head = out.split('SUMMARY')[0];
    assert.ok(head.startsWith('Harbor seawall repairs delayed until spring, officials say\n'), here);
    assert.match(head, /By Rosalind Petheridge · The Millbrook Gazette · 2024-11-14 · \d+ words \/ 1 min read/);
    assert.ok(head.includes('https://gazette.example/harbor-seawall'), here);
  });

  it('summarises the first two paragraphs and counts the rest', () => {
    const summary = squash(out.split('SUMMARY')[1].split('ENTITIES')[0]);
    assert.ok(summary.includes('Repairs to the Millbrook harbor seawall'), here);
    assert.ok(summary.includes('“at risk of sudden failure.”'), here);
    assert.ok(!summary.includes('Councillor James Reyes told'), `${here}third paragraph leaked into summary`);
    assert.ok(summary.includes('… (2 more paragraphs)'), here);
  });

  it('lists entities by type with aliases, titles and roles', () => {
    const ents = out.split('ENTITIES')[1].split('STATEMENTS')[0];
    assert.ok(ents.indexOf('PERSON') < ents.indexOf('ORG') && ents.indexOf('ORG') < ents.indexOf('GPE'), here);
    assert.ok(ents.includes('Maria Okafor · aka Okafor · roles: chief engineer · 2 mentions'), here);
    assert.ok(ents.includes('James Reyes · titles: Councillor'), here);
    assert.ok(ents.includes('Port Authority · aka authority'), here);
  });

  it('groups every statement under its source', () => {
    const blocks = sourceBlocks(out);
    assert.deepEqual([...blocks.keys()], [
      'Port Authority', 'Maria Okafor (the authority’s chief engineer)', 'engineering report filed with the city council',
      'James Reyes (Councillor)', 'Harbor Ledger', 'city official who was not authorized to speak publicly', 'Unattributed',
    ]);
    const get = (k: string) => blocks.get(k)!;
    assert.ok(get('Port Authority').includes('organization · 1 statement'), here);
    assert.ok(get('Port Authority').includes('indirect Repairs to the Millbrook harbor seawall will not begin before April cue: said'), here);
    const okafor = get('Maria Okafor (the authority’s chief engineer)');
    assert.ok(okafor.includes('named · 2 statements') && okafor.includes('direct The wall lost nearly a metre'), here);
    assert.ok(okafor.includes('the fill is washing out faster than anyone predicted. cue: had warned · nested'), here);
    assert.ok(get('engineering report filed with the city council').includes('document · 1 statement'), here);
    assert.ok(get('James Reyes (Councillor)').includes('cue: told · via Harbor Ledger'), here);
    assert.ok(get('Harbor Ledger').includes('relayed · 0 statements · relays 1 statement'), here);
    assert.ok(get('city official who was not authorized to speak publicly').includes('anonymous · 1 statement'), here);
    assert.ok(get('Unattributed').includes('Residents have been told to expect road closures'), here);
    assert.ok(!get('Port Authority').includes('Residents'), here);
  });

  it('profiles the sourcing with bars, anonymous share and relays', () => {
    const prof = out.split('SOURCING PROFILE')[1].split('RELATED STORIES')[0];
    assert.ok(prof.includes('Attributed statements: 7'), here);
    const bar = (t: string) => (prof.match(new RegExp(`^  ${t} +(█+) (\\d+)$`, 'm')) ?? [])[1]?.length ?? 0;
    assert.ok(bar('named') > bar('anonymous') && bar('anonymous') > 0, `${here}bars: ${prof}`);
    assert.ok(bar('document') > 0 && bar('organization') > 0, here);
    assert.ok(prof.includes('Anonymous share: 14.3%'), here);
    assert.ok(prof.includes('Relayed from: Harbor Ledger'), here);
  });

  it('lists related stories and warnings', () => {
    assert.ok(out.includes('  • Storm surge floods Quay Street businesses — 2024-10-22 · 3 min\n'), here);
    assert.ok(out.includes('  • Council debates harbor budget\n'), here);
    assert.ok(out.includes('  ! extract/no-dateline: no dateline found'), here);
  });

  it('uses no escape codes unless asked, and only colour codes when asked', () => {
    assert.ok(!renderText(a).includes('\u001b'), `${here}default must be plain`);
    assert.ok(!renderText(a, { color: false }).includes('\u001b'), here);
    const colour = renderText(a, { color: true });
    assert.ok(colour.includes('\u001b[94m') && colour.includes('\u001b[95m'), `${here}named/anonymous colours`);
    assert.ok(!plain(colour).includes('\u001b'), `${here}only SGR sequences allowed`);
    assert.equal(plain(colour), renderText(a), `${here}colour must not change the layout`);
  });

  it('wraps to the requested width', () => {
    for (const width of [40, 57, 80, 120]) {
      for (const color of [false, true]) {
        const long = renderText(a, { width, color }).split('\n').filter((l) => Array.from(plain(l)).length > width);
        assert.deepEqual(long, [], `${here}width ${width} color ${color}`);
      }
    }
    assert.ok(renderText(a).split('\n').every((l) => Array.from(l).length <= 80), `${here}default width is 80`);
  });

  it('truncates very long statements with an ellipsis', () => {
    const b = sampleAnalysis();
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    b.quotes[0] = { ...b.quotes[0], content: { start: 0, end: 0, text: words } };
    const t = squash(renderText(b, { width: 100 }));
    assert.ok(t.includes('word10 ') && !t.includes('word119'), here);
    assert.match(t, /word\d+… cue: said/);
  });

  it('strips terminal escapes and control characters from article strings', () => {
    for (const color of [false, true]) {
      const t = renderText(hostileAnalysis(), { color });
      const rest = color ? plain(t) : t;
      assert.doesNotMatch(rest, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `${here}color ${color}`);
      assert.ok(!t.includes(']0;owned') && !t.includes('[2J'), `${here}escape parameters left behind`);
      assert.ok(t.includes('<script>alert("pwned")</script>'), `${here}plain text is kept as text`);
      assert.ok(t.includes('harmlessred'), `${here}text around escapes is kept`);
    }
  });

  it('renders an empty analysis', () => {
    const t = renderText(emptyAnalysis());
    assert.ok(t.startsWith('(untitled)\n'), here);
    for (const s of ['No article text found.', 'No entities found.', 'No attributed statements found.', 'No related stories.', 'No warnings.']) {
      assert.ok(t.includes(s), `${here}${s}`);
    }
  });
});
