// The text stage: tokens (typed-array columns) and sentences over the extracted body.
import type { Stage } from '../pipeline.js';
import { splitSentences } from './sentences.js';
import { F, MAX_TOKENS, tokenize } from './tokenize.js';

export const text: Stage = {
  name: 'text',
  requires: ['text', 'article'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const tokens = tokenize(doc.text, doc.article?.paragraphs ?? []);
    const { sentences, sentenceOf } = splitSentences(doc.text, tokens);
    const flags = tokens.flags.slice();
    for (let i = 0; i < tokens.count; i++) if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) flags[i] |= F.SENT_START;
    // the tokenizer stops at the cap: only warn when text is left after the last token
    const rest = tokens.count >= MAX_TOKENS ? doc.text.slice(tokens.end[tokens.count - 1]) : '';
    const capped = /\S/.test(rest)
      ? [{ stage: 'text' as const, rule: 'token-cap', level: 'warning' as const, reason: `over ${MAX_TOKENS} tokens; only the first ${tokens.end[tokens.count - 1]} of ${doc.text.length} chars are analysed` }]
      : [];
    return { ...doc, tokens: { ...tokens, sentence: sentenceOf, flags }, sentences, messages: capped.length ? [...doc.messages, ...capped] : doc.messages };
  },
};

export { F } from './tokenize.js';
