// The attribution stage alone: milliseconds per article and per 700 tokens, on one thread.
import { attribution } from '../../src/attribution/index.js';
import { extract } from '../../src/extract/index.js';
import { docFromString } from '../../src/input/index.js';
import { createPipeline, type Ctx } from '../../src/pipeline.js';
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
    const time = (ctx: Ctx): { ms: number; statements: number } => {
      for (const d of docs.slice(0, 20)) attribution.run(d, ctx);
      const t0 = process.hrtime.bigint();
      let statements = 0;
      for (let r = 0; r < ROUNDS; r++) for (const d of docs) statements += attribution.run(d, ctx).quotes?.length ?? 0;
      return { ms: msSince(t0) / ROUNDS, statements: statements / ROUNDS };
    };
    const plain = time(upstream.ctx);
    // the 'parc' convention adds the PARC tagger (opt-in: its model loads on first use, before timing)
    const parc = time(Object.freeze({ ...upstream.ctx, attributions: 'parc' as const }));
    const json = {
      articles: docs.length, msPerArticle: plain.ms / docs.length, msPer700Tokens: (plain.ms / tokens) * 700, statementsPerArticle: plain.statements / docs.length,
      parc: { msPerArticle: parc.ms / docs.length, msPer700Tokens: (parc.ms / tokens) * 700, attributionsPerArticle: parc.statements / docs.length },
    };
    return {
      title: 'attribution stage alone, one thread',
      rows: [
        ['ms per article', json.msPerArticle.toFixed(3)],
        ['ms per 700 tokens', json.msPer700Tokens.toFixed(3)],
        ['statements per article', json.statementsPerArticle.toFixed(1)],
        ['--attributions parc: ms per 700 tokens', json.parc.msPer700Tokens.toFixed(3)],
        ['--attributions parc: attributions per article', json.parc.attributionsPerArticle.toFixed(1)],
      ],
      json,
    };
  },
};
