// Two conventions of Worldwide's train split the tagger misses now and then:
// - adjacent names: two names of one type written one space apart are one name ("Velmora Tarskaya",
//   "E. J. Oskeld" cut after the initial): the train split has only 11 such pairs of separate
//   PER/ORG/LOC names, most of them a name and an all-caps acronym ("ANC NEC"), left apart here;
// - legal forms: a company's legal form is part of its name ("Harrowmere Shipping Co", "Kestrin
//   Ltd"): in the train split ORG spans end in one 71 times (Co, Ltd, Inc, Corp, Limited …), and no
//   ORG span is followed by one; the abbreviation's full stop stays outside the span (24 to 2, see
//   10-build.ts);
// - dangling linkers: a name does not end in "of", "for", "and", "&" or "on" (in the train split one
//   PER/ORG/LOC span does, and six titles of works, MISC); the
//   tagger stopped one word short of the rest of a capitalised run ("Coastal Union of Vardania")
//   or one word late ("Al Noor for ..."): the name runs on to the end of the run, or drops the word;
// - coordinated organisations: "Brinmoor Therapeutics and Quarry Lane Studios" is two names when both
//   halves end in an organisation head word (lexicons/org-words.txt), which the tagger sometimes joins;
// - names in web addresses: the words of a URL slug ("/read/Harbour-Board-to-meet") are no names
//   (scored on Worldwide dev: 28 chunks in URLs, 5 of them gold; the train split annotates a few);
// - place heads: a name ending in a landform or an administrative unit (Lake, River, Desert, Bay,
//   County, Province, Region …) is a place, never a person or an organisation: of the train split's
//   spans of two or more words ending in these words, 239 are LOC, 9 another type, none PER.
import { inUrl, isAllCap, isCap } from './01-view.js';
import { classMask } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';
import { NAME_TYPES as NAMES } from './rules.js';


/** The token holds an acronym of two or more capitals ("NEC", "U.N."), not an initial ("J."). */
const acronym = (w: string) => /^(?:\p{Lu}\.?){2,}$/u.test(w);

export function adjacentNames(chunks: Chunk[], { view: v, facts }: RuleInput): Chunk[] {
  // a one-word chunk that the text also writes in lower case is a common word the tagger took ("In Byron")
  const common = (c: Chunk) => c.end - c.start === 1 && /^\p{L}+$/u.test(v.words[c.start]) && facts.lowerSeen.has(facts.lower[c.start]);
  const out: Chunk[] = [];
  for (const c of chunks) {
    const p = out[out.length - 1];
    const joins = p && NAMES.has(c.type) && p.type === c.type && p.end === c.start && v.sentOf[p.start] === v.sentOf[c.start]
      && v.start[c.start] === v.end[p.end - 1] + 1 && v.text[v.end[p.end - 1]] === ' '
      && !(c.end - c.start === 1 && isAllCap(v, c.start) && acronym(v.words[c.start])) && !common(p) && !common(c);
    if (joins) out[out.length - 1] = { ...p, end: c.end }; else out.push(c);
  }
  return out;
}

/** Last words that make a name a place (landforms, waters and administrative units; 239 LOC of 248 train spans). */
const PLACE_HEADS = new Set([
  'Lake', 'River', 'Desert', 'Heights', 'Mountains', 'Islands', 'Island', 'Valley', 'Bay', 'Sea', 'Ocean', 'Plateau',
  'Peninsula', 'Strait', 'Gulf', 'County', 'Province', 'Prefecture', 'Region', 'District', 'Territory',
]);

export function placeHeads(chunks: Chunk[], { view: v }: RuleInput): Chunk[] {
  return chunks.map((c) => ((c.type === 'PERSON' || c.type === 'ORG') && c.end - c.start >= 2 && PLACE_HEADS.has(v.words[c.end - 1]) ? { ...c, type: 'LOC' as const } : c));
}

/** Legal forms of companies, as written after the name (not "Group" or "SA": also words and places). */
export const LEGAL_FORMS = new Set(['Co', 'Co.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'LLC', 'PLC', 'plc', 'Pvt', 'Pvt.', 'Bhd', 'GmbH', 'Limited']);

export function legalForms(chunks: Chunk[], { view: v }: RuleInput): Chunk[] {
  const out: Chunk[] = [];
  chunks.forEach((c, k) => {
    if (!NAMES.has(c.type)) { out.push(c); return; }
    let end = c.end;
    const next = chunks[k + 1];
    if (end < v.n && LEGAL_FORMS.has(v.words[end]) && v.sentOf[end] === v.sentOf[c.start] && v.words[end + 1] !== '-' && !(next && next.start === end)) end++;
    out.push(LEGAL_FORMS.has(v.words[end - 1]) && end - c.start >= 2 ? { ...c, end, type: 'ORG' } : c);
  });
  return out;
}

const LINKERS = new Set(['of', 'for', 'and', '&', 'on', 'the']);
/** Linkers after which a name runs on ("Union of", "Centre for"); after "on" or "the" the run is another phrase ("on Monday"). */
const RUN_ON = new Set(['of', 'for', 'and', '&']);

export function danglingLinkers(chunks: Chunk[], { view: v, facts }: RuleInput): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (!NAMES.has(c.type) || c.end - c.start < 2 || !LINKERS.has(v.words[c.end - 1])) { out.push(c); continue; }
    const j = c.end, spaced = j < v.n && v.start[j] > v.end[j - 1]; // "J&K" is one word, not "J &" and a run
    const runEnd = spaced && RUN_ON.has(v.words[j - 1]) && isCap(v, j) && v.sentOf[j] === v.sentOf[c.start] ? facts.runEnd[j] : -1;
    // the rest of the run, and the chunks inside it (a place the tagger cut off: "Vardania")
    let k2 = k + 1;
    while (runEnd > 0 && k2 < chunks.length && chunks[k2].start < runEnd && chunks[k2].end <= runEnd && chunks[k2].type !== 'PERSON' && NAMES.has(chunks[k2].type)) k2++;
    if (runEnd > 0 && !(k2 < chunks.length && chunks[k2].start < runEnd)) { out.push({ ...c, end: runEnd }); k = k2 - 1; }
    else out.push({ ...c, end: c.end - 1 });
  }
  return out;
}

/** "Brinmoor Therapeutics and Quarry Lane Studios": an ORG whose part before "and" ends in an organisation
 *  head word, and whose part after it is a name of two or more words ending in one too, is two names. */
export function coordinatedOrgs(chunks: Chunk[], { view: v, gz }: RuleInput): Chunk[] {
  const orgWord = classMask(v.n, gz, 'orgword'); // org-words.txt holds single words
  return chunks.flatMap((c) => {
    if (c.type !== 'ORG') return [c];
    for (let j = c.start + 1; j < c.end - 2; j++) {
      if ((v.words[j] !== 'and' && v.words[j] !== '&') || !orgWord[j - 1] || !orgWord[c.end - 1] || !isCap(v, j + 1)) continue;
      return [{ ...c, end: j }, { ...c, start: j + 1 }];
    }
    return [c];
  });
}

/** Linkers between an organisation and the name that completes it ("Air Force of Norland", "Centre for Ocean Studies"). */
const ORG_OF = new Set(['of', 'for']);

/**
 * "Coastal Air Force | of | Norland", "Authority | for | Inland Shipping": an organisation whose name ends in an
 * organisation word, then "of"/"for" (and "the"), then a name (not a person's) is one organisation: Worldwide's
 * train split has 435 such organisation spans against 7 where the two stay apart.
 */
export function orgOfName(chunks: Chunk[], { view: v, gz }: RuleInput): Chunk[] {
  // an organisation word, or the end of a listed agency's name ("Air Force")
  const orgWord = classMask(v.n, gz, 'orgword'), agency = classMask(v.n, gz, 'agency');
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k], next = chunks[k + 1];
    let j = c.end;
    if (c.type !== 'ORG' || !(orgWord[c.end - 1] || agency[c.end - 1]) || !isCap(v, c.end - 1) || !ORG_OF.has(v.words[j])) { out.push(c); continue; }
    j++;
    if (v.words[j] === 'the') j++;
    if (next && next.start === j && next.type !== 'PERSON' && NAMES.has(next.type) && v.sentOf[next.start] === v.sentOf[c.start]) {
      out.push({ ...c, end: next.end });
      k++;
    } else out.push(c);
  }
  return out;
}

export function namesInUrls(chunks: Chunk[], { view: v }: RuleInput): Chunk[] {
  return chunks.filter((c) => !NAMES.has(c.type) || !inUrl(v, c.start));
}
