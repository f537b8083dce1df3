// The seed-page checks, run on the shared seed article when ../shared is beside the repository
// (read at run time, never copied here): aliases, acronyms, organisations, people without their titles.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { analyze } from '../index.js';

const here = '[entities seed] ';
const seed = fileURLToPath(new URL('../../../shared/seed/seed-article.txt', import.meta.url));

test(`${here}NORTHCOM, JSOC, agencies and cartels as ORG; people with titles split off; no "State Marco"`, { skip: !existsSync(seed) && 'no ../shared/seed beside the repo' }, async () => {
  const a = await analyze({ file: seed });
  const withMention = (text: string) => a.entities.filter((e) => e.mentions.some((m) => m.text === text));
  const one = (text: string) => { const es = withMention(text); assert.equal(es.length, 1, `${text}: one entity`); return es[0]; };
  const northcom = one('NORTHCOM');
  assert.equal(northcom.type, 'ORG');
  assert.equal(one('USNORTHCOM'), northcom);
  assert.equal(one('Northern Command'), northcom);
  const jsoc = one('JSOC');
  assert.equal(jsoc.name, 'Joint Special Operations Command');
  for (const org of ['SOCNORTH', 'CIA', 'FBI', 'ICE', 'Border Patrol', 'Pentagon', 'Congress', 'Sinaloa Cartel', 'Jalisco New Generation Cartel']) {
    assert.equal(one(org).type, 'ORG', org);
  }
  for (const [name, part] of [['Gregory M. Guillot', 'Guillot'], ['Raymundo Pedro Morales Ángeles', 'Morales'], ['Ricardo Trevilla Trejo', 'Trevilla'],
    ['Marco Rubio', 'Rubio'], ['Donald Trump', 'Trump'], ['Ken Klippenstein', 'Klippenstein'], ['Colby Jenkins', 'Jenkins']]) {
    const p = a.entities.find((e) => e.name === name);
    assert.equal(p?.type, 'PERSON', name);
    assert.ok(p.name.includes(part));
  }
  assert.deepEqual(a.entities.find((e) => e.name === 'Gregory M. Guillot')?.titles, ['Gen.']);
  assert.equal(one('Guillot').name, 'Gregory M. Guillot', 'the surname joins the full name');
  assert.equal(one('Morales').name, 'Raymundo Pedro Morales Ángeles');
  assert.ok(!a.entities.some((e) => /State Marco/.test(e.name) || e.mentions.some((m) => /State Marco/.test(m.text))));
});
