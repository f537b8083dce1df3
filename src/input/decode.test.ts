import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NewslensError } from '../errors.js';
import { decodeBytes } from './decode.js';

const here = '[input/decode] ';
const code = (fn: () => unknown) => {
  try { fn(); } catch (e) { return e instanceof NewslensError ? e.code : 'not a NewslensError'; }
  return 'no error';
};

test(`${here}UTF-8 is read without a warning`, () => {
  const d = decodeBytes(Buffer.from('Zürich — “fine”'), 'x');
  assert.equal(d.text, 'Zürich — “fine”');
  assert.deepEqual(d.messages, []);
});

test(`${here}UTF-16 without a BOM is guessed, with a warning`, () => {
  const d = decodeBytes(Buffer.from('Plain ASCII text in UTF-16', 'utf16le'), 'x');
  assert.equal(d.text, 'Plain ASCII text in UTF-16');
  assert.equal(d.encoding, 'utf-16le');
  assert.equal(d.messages[0]?.rule, 'encoding-guessed');
});

test(`${here}windows-1252 bytes become the right characters`, () => {
  const d = decodeBytes(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]), 'x');
  assert.equal(d.text, '“Hi” – €5');
  assert.equal(d.encoding, 'windows-1252');
});

test(`${here}a declared charset is used when the bytes are not UTF-8`, () => {
  const d = decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'x', { declared: 'iso-8859-15' });
  assert.equal(d.text, 'café');
  assert.match(d.messages[0]?.reason ?? '', /iso-8859-15/);
});

test(`${here}empty, blank, binary and forced-UTF-8 failures are coded`, () => {
  assert.equal(code(() => decodeBytes(new Uint8Array(0), 'x')), 'EMPTY_INPUT');
  assert.equal(code(() => decodeBytes(Buffer.from('  \n'), 'x')), 'EMPTY_INPUT');
  assert.equal(code(() => decodeBytes(Buffer.from('%PDF-1.7 ...'), 'x')), 'BINARY_INPUT');
  assert.equal(code(() => decodeBytes(Buffer.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x00, 0x00, 0x01]), 'x')), 'BINARY_INPUT');
  assert.equal(code(() => decodeBytes(Buffer.from([0x41, 0xff]), 'x', { encoding: 'utf-8' })), 'BAD_ENCODING');
  assert.equal(code(() => decodeBytes(Buffer.from('abc'), 'x', { encoding: 'klingon-8' })), 'BAD_ENCODING');
});
