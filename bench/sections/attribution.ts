// The attribution stage alone: milliseconds per article and per 700 tokens, on one thread.
import { attribution } from '../../src/attribution/index.js';
import { extract } from '../../src/extract/index.js';
import { docFromString } from '../../src/input/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { text } from '../../src/text/index.js';
import { countTokens, msSince } from '../corpus.js';
import type { Section } from '../section.js';

const ROUNDS = 3;

export const attributionStage: Section = {
  name: 'attribution',
  run({ texts }) {
    const upstream = createPipeline([extract, text]);
    const docs = texts.map((t) => upstream.run(docFromString(t, { kind: 'text' })));
    const tokens = docs.reduce((n, d) => n + countTokens(d.text), 0);
    for (const d of docs.slice(0, 20)) attribution.run(d, upstream.ctx);
    const t0 = process.hrtime.bigint();
    let statements = 0;
    for (let r = 0; r < ROUNDS; r++) for (const d of docs) statements += attribution.run(d, upstream.ctx).quotes?.length ?? 0;
    const ms = msSince(t0) / ROUNDS;
    const json = { articles: docs.length, msPerArticle: ms / docs.length, msPer700Tokens: (ms / tokens) * 700, statementsPerArticle: statements / ROUNDS / docs.length };
    return {
      title: 'attribution stage alone, one thread',
      rows: [
        ['ms per article', json.msPerArticle.toFixed(3)],
        ['ms per 700 tokens', json.msPer700Tokens.toFixed(3)],
        ['statements per article', json.statementsPerArticle.toFixed(1)],
      ],
      json,
    };
  },
};
