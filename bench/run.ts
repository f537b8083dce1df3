// `npm run bench`: runs each section over the same corpus, prints one table and writes
// bench/out/bench.json. Pick sections with `npm run bench -- analysis coldStart`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, ROOT } from './corpus.js';
import type { Section } from './section.js';
import { analysis } from './sections/analysis.js';
import { batchScaling } from './sections/batch-scaling.js';
import { attributionStage } from './sections/attribution.js';
import { coldStart } from './sections/cold-start.js';
import { peers } from './sections/peers.js';
import { ner } from './sections/ner.js';
import { memory } from './sections/memory.js';
import { queueScaling } from './sections/queue-scaling.js';

const SECTIONS: readonly Section[] = [analysis, attributionStage, peers, coldStart, memory, ner, batchScaling, queueScaling];

const wanted = process.argv.slice(2);
const names = SECTIONS.map((x) => x.name);
if (wanted.some((w) => w === '--help' || w === '-h')) {
  console.log(`usage: npm run bench [-- SECTION ...]   sections (default all): ${names.join(' ')}`);
  process.exit(0);
}
const unknown = wanted.filter((w) => !names.includes(w));
if (unknown.length) {
  console.error(`newslens bench: unknown section ${unknown.join(', ')} (sections: ${names.join(' ')})`);
  process.exit(2);
}
const corpus = loadCorpus();
console.log(`newslens bench: ${corpus.name}, node ${process.version}, ${new Date().toISOString()}`);
const out: Record<string, unknown> = { corpus: corpus.name, node: process.version };
for (const section of SECTIONS) {
  if (wanted.length && !wanted.includes(section.name)) continue;
  const r = await section.run(corpus);
  console.log(`\n${r.title}`);
  for (const [k, v] of r.rows) console.log(`  ${k.padEnd(40)} ${v}`);
  out[section.name] = r.json;
}
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/bench.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log('\nwrote bench/out/bench.json');
