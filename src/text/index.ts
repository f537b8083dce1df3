// The text stage: tokens (typed-array columns) and sentences over the extracted body.
import type { Stage } from '../pipeline.js';
import { splitSentences } from './sentences.js';
import { F, tokenize } from './tokenize.js';

export const text: Stage = {
  name: 'text',
  requires: ['text', 'article'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const tokens = tokenize(doc.text, doc.article?.paragraphs ?? []);
    const { sentences, sentenceOf } = splitSentences(doc.text, tokens);
    const flags = tokens.flags.slice();
    for (let i = 0; i < tokens.count; i++) if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) flags[i] |= F.SENT_START;
    return { ...doc, tokens: { ...tokens, sentence: sentenceOf, flags }, sentences };
  },
};

export { F } from './tokenize.js';
