// Shared test checks: the analysis validates against the contract schema and every span holds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Analysis, TextSpan } from '../../src/types.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

export function assertContract(a: unknown, here = ''): asserts a is Analysis {
  const ok = validate(a);
  assert.ok(ok, `${here}schema errors: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
  assertSpans(a as Analysis, here);
}

/** Every span's text equals article.text.slice(start, end), within bounds. */
export function assertSpans(a: Analysis, here = ''): void {
  const text = a.article.text;
  const check = (s: TextSpan | null | undefined, what: string) => {
    if (!s) return;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${here}${what} out of bounds: ${JSON.stringify(s)}`);
    assert.equal(text.slice(s.start, s.end), s.text, `${here}${what} text does not match its offsets`);
  };
  for (const p of a.article.paragraphs) {
    assert.ok(p.start >= 0 && p.start < p.end && p.end <= text.length, `${here}paragraph out of bounds`);
  }
  for (const e of a.entities) e.mentions.forEach((m, i) => check(m, `entity ${e.id} mention ${i}`));
  for (const s of a.sources) s.mentions.forEach((m, i) => check(m, `source ${s.id} mention ${i}`));
  for (const q of a.quotes) {
    check(q.content, `quote ${q.id} content`);
    check(q.cue, `quote ${q.id} cue`);
    check(q.speakerMention, `quote ${q.id} speakerMention`);
  }
  for (const v of a.values ?? []) check(v.span, 'value');
}
