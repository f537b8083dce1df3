// The entities stage: tag the tokens (04/05), let rules correct the model (06), split titles and
// roles off people (07), cluster aliases into entities (08), and put DATE/MONEY into values (09).
import type { Doc, Message } from '../doc.js';
import { addMessages } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { tagDoc } from './05-tag.js';
import { applyRules } from './06-rules.js';
import { build } from './10-build.js';

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions', 'entities', 'values'],
  run(doc, ctx) {
    let ner;
    try {
      ner = ctx.ner();
    } catch (err) {
      const msg: Message = { stage: 'entities', rule: 'no-model', reason: `entity model unavailable (${(err as Error).message}); no entities`, level: 'warning' };
      return { ...doc, mentions: [], entities: [], values: [], messages: addMessages(doc, [msg]) };
    }
    // the budget is checked between the steps (each linear in the capped token count): once it is
    // spent the stage keeps nothing half-built and says so; the runner then skips what follows
    const t = tagDoc(doc, ner);
    if (ctx.expired()) return outOfTime(doc, 'tagging');
    const chunks = applyRules(t.chunks, t);
    if (ctx.expired()) return outOfTime(doc, 'the rules');
    const { mentions, entities: ents, values } = build(t.view, t.gz, chunks, ner.lex);
    return { ...doc, mentions, entities: ents, values };
  },
};

function outOfTime(doc: Doc, after: string): Doc {
  const msg: Message = { stage: 'entities', rule: 'time-budget', reason: `time budget spent after ${after}; no entities`, level: 'warning' };
  return { ...doc, mentions: [], entities: [], values: [], messages: addMessages(doc, [msg]) };
}

export type { NerResources } from './05-tag.js';
export { createNer } from './05-tag.js';
