// Test helpers shared by the attribution unit tests: analyse authored paragraphs as a body, find a
// statement by its content, and read a statement's sources.
import assert from 'node:assert/strict';
import { analyzeText } from '../index.js';
import type { Analysis, Quote, Source } from '../types.js';

/** Analyses the paragraphs (joined by blank lines) exactly as written. */
export const body = (...paras: string[]): Analysis => analyzeText(paras.join('\n\n'), { as: 'body' });

/** The sources of a statement. */
export const src = (a: Analysis, q: Quote): Source[] => q.sources.map((id) => a.sources.find((s) => s.id === id)!);

/** The statement whose content is exactly `content`; fails naming the contents found. */
export function find(a: Analysis, content: string): Quote {
  const q = a.quotes.find((x) => x.content.text === content);
  assert.ok(q, `no statement with content ${JSON.stringify(content)}; got ${JSON.stringify(a.quotes.map((x) => x.content.text))}`);
  return q;
}
