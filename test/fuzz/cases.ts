// Fuzz case generators shared by the short property run (test/properties.test.ts) and the long one
// (`npm run fuzz`, test/fuzz/run.ts). A case is one input plus how it is handed to newslens; `scale`
// sets how big the adversarial shapes get (the long run goes to 20,000-deep nesting and 1 MB lines).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ReadAs } from '../../src/doc.js';

export interface FuzzCase {
  /** which generator made it, with its size: printed for the slowest and failing cases */
  label: string;
  input: string | Uint8Array;
  as: ReadAs;
  /** analyzeText (sync), analyze({text}) / analyze({html}) or analyze(bytes) (async, decodes) */
  via: 'text' | 'analyze' | 'html' | 'bytes';
}

export interface Scale {
  /** repeat count for the huge shapes: nesting depth, quote soups, tiny paragraphs */
  big: number;
  /** chars for the one-line and huge-attribute shapes */
  chars: number;
  /** weight of the huge shapes among all cases */
  bigWeight: number;
}

export const SHORT: Scale = { big: 400, chars: 20_000, bigWeight: 1 };
export const LONG: Scale = { big: 20_000, chars: 1_048_576, bigWeight: 1 };

const ROOT = new URL('../../', import.meta.url).pathname;

/** The authored fixtures (our own text), mutated below. */
export const FIXTURES: readonly { name: string; text: string }[] = (() => {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['src/extract/page/fixtures', 'src/extract/html/fixtures']) {
    for (const c of readdirSync(join(ROOT, dir)).sort()) {
      for (const f of ['input.txt', 'input.html']) {
        try { out.push({ name: `${dir.split('/')[2]}/${c}`, text: readFileSync(join(ROOT, dir, c, f), 'utf8') }); } catch { /* the other one */ }
      }
    }
  }
  out.push({ name: 'examples/harbor-ferry-strike', text: readFileSync(join(ROOT, 'examples/harbor-ferry-strike.txt'), 'utf8') });
  return out;
})();

const QUOTES = ['"', '“', '”', '‘', '’', "''", "'", '``', '«', '»', '„', '‹', '›', '「', '」'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\r', '\r\n', '\n', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff'];
const RTL = ['\u202e', '\u202b', '\u200f', '\u2067', 'قال الوزير', 'אמר השר', '"שלום," אמר.', '«مرحبا» قال'];
const WORDS = ['said', 'says', 'told', 'according to', 'The mayor', 'Jane Roe', 'he', 'she', 'officials', 'Gen.', 'Dr.',
  'Inc.', 'U.S.', 'By Jane Roe', 'Advertisement', 'Read more:', 'Mar 3, 2025', '3 min', 'Related Stories', '.', ',', '—', '...'];
const TAGS = ['<p>', '</p>', '<div>', '</div>', '<br>', '<article>', '</article>', '<script>', '</script>', '<!--', '-->',
  '<h1>', '</h1>', '<a href="x">', '</a>', '&amp;', '&#0;', '&#xD800;', '<', '>', '<![CDATA[', ']]>', '<meta name="author" content="X">'];

const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '\r', '\u00a0') },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: lone },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: utf16 },
);
const htmlPiece = fc.oneof({ weight: 3, arbitrary: piece }, { weight: 2, arbitrary: fc.constantFrom(...TAGS) });

const readAs = fc.constantFrom<ReadAs>('auto', 'auto', 'page', 'body', 'html');
const via = fc.constantFrom<FuzzCase['via']>('text', 'text', 'analyze', 'bytes');
const make = (label: string, input: string) => fc.tuple(readAs, via).map(([as, v]): FuzzCase => ({ label, input, as, via: v }));

/** Random soups of words, quote marks, controls, RTL, lone surrogates and any code points. */
function soup(maxPieces: number) {
  return fc.array(piece, { maxLength: maxPieces }).chain((xs) => make(`soup(${xs.length})`, xs.join('')));
}

function htmlSoup(maxPieces: number) {
  return fc.array(htmlPiece, { maxLength: maxPieces })
    .chain((xs) => make(`html-soup(${xs.length})`, `<html><body><article>${xs.join('')}</article></body></html>`));
}

/** Thousands of quote marks, alone or between words. */
function quoteSoup(s: Scale) {
  return fc.tuple(fc.integer({ min: 1, max: s.big }), fc.array(fc.constantFrom(...QUOTES), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.nat())
    .chain(([n, marks, words, k]) => {
      let out = '';
      for (let i = 0; i < n; i++) out += marks[(i * 7 + k) % marks.length] + (words ? `${WORDS[(i + k) % WORDS.length]} ` : '');
      return make(`quote-soup(${n}x${marks.join('')}${words ? ',words' : ''})`, out);
    });
}

/** <div> nested n deep, closed or not, with text at the bottom. */
function deepNesting(s: Scale) {
  return fc.tuple(fc.integer({ min: 1, max: s.big }), fc.constantFrom('div', 'span', 'b', 'blockquote', 'p', 'table'), fc.boolean())
    .chain(([n, tag, closed]) => make(`deep-nesting(${n}x<${tag}>${closed ? '' : ',unclosed'})`,
      `<html><body>${`<${tag}>`.repeat(n)}"Deep," said Jane Roe.${closed ? `</${tag}>`.repeat(n) : ''}</body></html>`));
}

function hugeAttribute(s: Scale) {
  return fc.tuple(fc.integer({ min: 1, max: s.chars }), fc.constantFrom('a', '"', '&amp;', ' ', '<', '“'))
    .chain(([n, ch]) => make(`huge-attribute(${n}x${JSON.stringify(ch)})`,
      `<html><head><meta content="${ch.repeat(n)}"></head><body><p title='${ch.repeat(Math.ceil(n / 8))}'>"Hi," she said.</p></body></html>`));
}

/** One line of n chars: prose, or one repeated unit (spaces, commas, letters, quotes). */
function longLine(s: Scale) {
  return fc.tuple(fc.integer({ min: 1, max: s.chars }), fc.constantFrom('prose', ' ', 'a', ',', '"', '“', '. ', 'Mr. ', '\t', 'é'))
    .chain(([n, unit]) => {
      const u = unit === 'prose' ? '"We will not back down," said Mayor Jane Roe of the City Council, who spoke to Reuters. ' : unit;
      return make(`long-line(${n}x${JSON.stringify(unit)})`, u.repeat(Math.ceil(n / u.length)).slice(0, n));
    });
}

function tinyParagraphs(s: Scale) {
  return fc.tuple(fc.integer({ min: 1, max: s.big * 2 }), fc.constantFrom('a', '"', 'He said.', '“x”', '-', 'Jane Roe'), fc.constantFrom('\n', '\n\n', '\r\n\r\n'))
    .chain(([n, p, sep]) => make(`tiny-paragraphs(${n}x${JSON.stringify(p)})`, Array(n).fill(p).join(sep)));
}

/** Mutations of the authored fixtures. */
function mutated() {
  return fc.tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.array(fc.tuple(fc.constantFrom('flip', 'truncate', 'shuffle', 'insert-quote', 'delete-quote', 'splice'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }))
    .chain(([f, ops]) => {
      const fx = FIXTURES[f];
      let bytes: Uint8Array = new Uint8Array(Buffer.from(fx.text, 'utf8'));
      let flipped = false;
      for (const [op, a, b] of ops) {
        if (op === 'flip' && bytes.length) { bytes = bytes.slice(); bytes[a % bytes.length] ^= 1 << (b % 8); flipped = true; continue; }
        let t = Buffer.from(bytes).toString('utf8');
        if (op === 'truncate') t = t.slice(0, a % (t.length + 1));
        else if (op === 'shuffle') t = shuffle(t.split(/\n\s*\n/), a).join('\n\n');
        else if (op === 'insert-quote') { const i = a % (t.length + 1); t = t.slice(0, i) + QUOTES[b % QUOTES.length] + t.slice(i); }
        else if (op === 'delete-quote') { const at = quoteIndexes(t); if (at.length) { const i = at[a % at.length]; t = t.slice(0, i) + t.slice(i + 1); } }
        else if (op === 'splice') { const i = a % (t.length + 1); t = t.slice(0, i) + t.slice(Math.min(t.length, i + (b % 200))); }
        bytes = new Uint8Array(Buffer.from(t, 'utf8'));
      }
      const label = `mutated(${fx.name}: ${ops.map((o) => o[0]).join(',')})`;
      return fc.tuple(readAs, via).map(([as, v]): FuzzCase => (flipped || v === 'bytes'
        ? { label, input: bytes, as, via: 'bytes' }
        : { label, input: Buffer.from(bytes).toString('utf8'), as, via: v }));
    });
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let r = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    r = (r * 1103515245 + 12345) % 2147483648;
    const j = r % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function quoteIndexes(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if ('"“”‘’\'«»'.includes(t[i])) out.push(i);
  return out;
}

/** Every case shape, the huge ones weighted by scale.bigWeight. */
export function fuzzCase(s: Scale): fc.Arbitrary<FuzzCase> {
  const w = s.bigWeight;
  return fc.oneof(
    { weight: 30, arbitrary: soup(80) },
    { weight: 15, arbitrary: htmlSoup(80) },
    { weight: 25, arbitrary: mutated() },
    { weight: w, arbitrary: quoteSoup(s) },
    { weight: w, arbitrary: deepNesting(s) },
    { weight: w, arbitrary: hugeAttribute(s) },
    { weight: w, arbitrary: longLine(s) },
    { weight: w, arbitrary: tinyParagraphs(s) },
  );
}

/** Which code points a string holds that the property tests want covered. */
export const HOSTILE_PIECES = { QUOTES, CONTROLS, RTL };
