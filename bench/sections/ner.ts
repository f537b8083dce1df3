// Entity tagging throughput on one thread: the entities stage alone over texts the text stage has
// already tokenised, beside compromise's people()/organizations()/places() on the same texts.
// Also the one-off cost of loading the weights and lexicons.
import nlp from 'compromise';
import type { Doc } from '../../src/doc.js';
import { entities } from '../../src/entities/index.js';
import { createNer } from '../../src/entities/05-tag.js';
import { loadLexicons } from '../../src/entities/lexicons.js';
import { loadModel } from '../../src/entities/model.js';
import { tokenizeBody } from '../../src/entities/train.js';
import type { Ctx } from '../../src/pipeline.js';
import { msSince } from '../corpus.js';
import type { Section } from '../section.js';

/** Passes over the corpus, so JIT warm-up is a small share of the measurement. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** compromise is slow; one pass over a capped number of texts keeps the bench short */
const PEER_TEXTS = 300;

export const ner: Section = {
  name: 'ner',
  run({ texts }) {
    const t0 = process.hrtime.bigint();
    const resources = createNer(loadModel(), loadLexicons());
    const loadMs = msSince(t0);
    const ctx = { options: { readAs: 'body' }, ner: () => resources, expired: () => false } as unknown as Ctx;
    const docs: Doc[] = texts.filter((t) => t.trim()).map((t) => tokenizeBody(t));
    const tokensOf = (d: Doc) => d.tokens?.count ?? 0;
    for (const d of docs.slice(0, 20)) entities.run(d, ctx);
    let tokens = 0, mentions = 0;
    const t1 = process.hrtime.bigint(), c1 = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) for (const d of docs) { const out = entities.run(d, ctx); tokens += tokensOf(d); mentions += out.mentions?.length ?? 0; }
    const ours = tokens / (msSince(t1) / 1000);
    // CPU time of this process over the same loop: on a shared, loaded machine wall time also counts
    // the time other processes held the core; CPU time (user + system, all threads) does not.
    const c2 = process.cpuUsage(c1), oursCpu = tokens / ((c2.user + c2.system) / 1e6);
    const peer = docs.slice(0, PEER_TEXTS);
    let peerTokens = 0, peerFound = 0;
    const t2 = process.hrtime.bigint();
    for (const d of peer) {
      const c = nlp(d.text);
      peerFound += c.people().length + c.organizations().length + c.places().length;
      peerTokens += tokensOf(d);
    }
    const theirs = peerTokens / (msSince(t2) / 1000);
    const json = { rounds: ROUNDS, docs: docs.length, tokensPerSec: ours, tokensPerCpuSec: oursCpu, mentionsPerRound: mentions / ROUNDS, loadMs, compromise: { docs: peer.length, tokensPerSec: theirs, found: peerFound } };
    return {
      title: `entity tagging, one thread (entities stage on tokenised text, ${ROUNDS} rounds)`,
      rows: [
        ['model + lexicons load (ms)', loadMs.toFixed(0)],
        ['newslens entities tokens/s (wall)', Math.round(ours).toLocaleString('en-US')],
        ['newslens entities tokens/s (CPU time)', Math.round(oursCpu).toLocaleString('en-US')],
        [`compromise people/orgs/places tokens/s (${peer.length} texts)`, Math.round(theirs).toLocaleString('en-US')],
        ['newslens mentions / compromise matches', `${Math.round(mentions / ROUNDS)} / ${peerFound} (on ${docs.length} / ${peer.length} texts)`],
      ],
      json,
    };
  },
};
