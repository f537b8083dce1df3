// Test helper: the rule layer's input built by hand, without the model: tokens, gazetteer and
// chunks placed on phrases of an authored text. Shared by the entity stage's unit tests.
import assert from 'node:assert/strict';
import type { TokenView } from './01-view.js';
import { matchGazetteer } from './02-gazetteer.js';
import type { TagType } from './04-tagger.js';
import type { Chunk } from './05-tag.js';
import { applyRules } from './06-rules.js';
import { loadLexicons } from './lexicons.js';
import { prepare, tokenizeBody } from './train.js';

export const lex = loadLexicons();

/** A phrase to tag: its text, its type, and which occurrence (0 = the first). */
export type Placed = [phrase: string, type: TagType, nth?: number];

/** The text's token view and gazetteer, the placed chunks (sorted), and the chunks after the rules. */
export function placeChunks(text: string, names: readonly Placed[]) {
  const p = prepare(tokenizeBody(text), lex), v: TokenView = p.view;
  const chunks: Chunk[] = names.map(([phrase, type, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(phrase, at + 1);
    assert.ok(at >= 0, `${phrase} not in text`);
    let s = 0;
    while (v.start[s] < at) s++;
    let e = s;
    while (e < v.n && v.start[e] < at + phrase.length) e++;
    return { start: s, end: e, type };
  }).sort((a, b) => a.start - b.start);
  const gz = matchGazetteer(v, lex);
  return { v, gz, ruled: applyRules(chunks, { view: v, facts: p.facts, gz }) };
}
