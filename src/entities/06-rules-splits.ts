// Rules that cut a chunk the tagger ran on too far (its lenient BILOU lets a name run over words that
// no name holds):
// - a title inside a name: "the Halvane Air Force Commander Major General Anna Voss and Halvane Navy"
//   is an organisation, a title and a person (and another organisation after "and"): a title followed
//   by a given name starts a person, whatever came before it;
// - a common lower-case word inside a name: "Defence senior analyst Tomas Brell", "Board of
//   Trustees session": names hold lower-case linkers ("of", "de", "al", "bin") and, in Worldwide's
//   train split, a few place heads ("Qarvel province"), but no other lower-case word 19 times in 20
//   (348 of ~28k spans have one, most of them a place head, a direction or a site's own name);
// - a weekday or month at a name's end: "Vell Tarn Saturday" is a place and a day;
// - what no name ends with: punctuation ("Carl -", "Tang Shing-" where the tagger stopped inside
//   "Shing-bor") or a possessive ending; and an Arabic article tagged on its own before a hyphen joins
//   the name after it ("Al-" + "Saie" → "Al-Saie");
// - what no name opens with: punctuation, a number, a possessive ending, a lower-case "the" ("-Vardo",
//   "’s College", "1" of "Team 1"); on Worldwide dev every one of the 26 such chunks was wrong.
import { isCap, type TokenView } from './01-view.js';
import { classMask, matchesByStart } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import { HYPHEN } from './06-rules-hyphens.js';
import type { Rule } from './06-rules.js';
import { NAME_TYPES as NAMES, NOT_NAMES } from './rules.js';

/** Lower-case words that names hold: linkers and particles of names in many languages. */
const NAME_PARTICLES = new Set([
  'of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', 'upon', 'de', 'la', 'le', 'les', 'du', 'des', 'del', 'della', 'di', 'da',
  'das', 'do', 'dos', 'y', 'e', 'van', 'von', 'der', 'den', 'ter', 'zu', 'al', 'el', 'ul', 'ud', 'ur', 'ad', 'as', 'an', 'bin',
  'bint', 'ibn', 'ben', 'bat', 'abu', 'st', 'sur', 'en', 'et', 'au', 'aux',
]);
/** Lower-case heads a place name may end in ("Qarvel province"): Worldwide's train split writes them inside the span. */
const LOWER_PLACE_HEADS = new Set(['province', 'region', 'district', 'county', 'state', 'river', 'island', 'islands', 'valley', 'city', 'upazila', 'sub-county', 'division', 'municipality', 'coast']);

/** "X Commander Anna Voss and Y Navy": [X] (its type), [Anna Voss] PERSON, [Y Navy] (its type). */
export const titlesInsideNames: Rule = (chunks, { view: v, gz }) => {
  const titles = matchesByStart(gz, 'title'), first = classMask(v.n, gz, 'first');
  return chunks.flatMap((c) => {
    if (!NAMES.has(c.type) || c.end - c.start < 3) return [c];
    for (let j = c.start + 1; j < c.end - 1; j++) {
      let e = j; // a run of titles ("Commander Major General")
      for (let m = titles.get(e); m && m.end < c.end; m = titles.get(e)) e = m.end;
      if (e === j) continue;
      if (!first[e] || !isCap(v, e)) { j = e - 1; continue; } // past the run: each token is read once
      let and = e + 1; // within the chunk only: an indexOf over the rest of the text made this quadratic
      while (and < c.end - 1 && v.words[and] !== 'and') and++;
      const personEnd = and < c.end - 1 && isCap(v, and + 1) ? and : c.end;
      const out: Chunk[] = [{ start: c.start, end: j, type: c.type }, { start: e, end: personEnd, type: 'PERSON' }];
      if (personEnd < c.end) out.push({ start: personEnd + 1, end: c.end, type: c.type });
      return out;
    }
    return [c];
  });
};

/** A spaced lower-case word that is no particle ("sub" of "sub-county" is no word of its own). */
const commonLower = (v: TokenView, i: number) => /^\p{Ll}/u.test(v.words[i]) && !NAME_PARTICLES.has(v.words[i])
  && (i === 0 || v.start[i] > v.end[i - 1]) && (i + 1 >= v.n || v.start[i + 1] > v.end[i]);

/** A name split at its common lower-case words; the part after them is a person when it opens with a given name. */
export const lowercaseInsideNames: Rule = (chunks, { view: v, gz }) => {
  const first = classMask(v.n, gz, 'first');
  return chunks.flatMap((c) => {
    const cutAt = (i: number) => commonLower(v, i) && !(i === c.end - 1 && c.type === 'LOC' && LOWER_PLACE_HEADS.has(v.words[i]));
    if (!NAMES.has(c.type)) return [c];
    let any = false;
    for (let i = c.start; i < c.end && !any; i++) any = cutAt(i);
    if (!any) return [c];
    const parts: Chunk[] = [];
    let s = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i < c.end && !cutAt(i)) continue;
      if (i > s && /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(v.words[s])) parts.push({ start: s, end: i, type: s > c.start && first[s] ? 'PERSON' : c.type });
      s = i + 1;
    }
    return parts;
  });
};

/** A weekday or month that ends a name of two or more words is not part of it ("Vell Tarn Saturday"). */
export const trailingTimeWords: Rule = (chunks, { view: v, gz }) => {
  const day = classMask(v.n, gz, 'weekday'), month = classMask(v.n, gz, 'month');
  return chunks.map((c) => {
    let e = c.end;
    while (NAMES.has(c.type) && e - c.start >= 2 && (day[e - 1] || month[e - 1])) e--;
    return e === c.end ? c : { ...c, end: e };
  });
};

/** Tokens a name never opens with: no letter at all (",", "&", "1"), a possessive ending, a lower-case "the". */
const notOpening = (w: string) => !/\p{L}/u.test(w) || /^['’]s?$/.test(w) || w === 'the';

/** A chunk that opens with a token no name opens with, has lower-case words only ("volume") or is a common-noun acronym
 *  alone ("SMS", rules.ts NOT_NAMES), is no name: dropping it
 *  beat cutting the token off (the rest of "-Vardo" or "’s College" is no name either, and an early drop lets the
 *  hyphen rule join "Institute-Vardo"). */
export const leadingNonNames: Rule = (chunks, { view: v }) => chunks.filter((c) => {
  if (!NAMES.has(c.type)) return true;
  if (notOpening(v.words[c.start]) || (c.end - c.start === 1 && NOT_NAMES.has(v.words[c.start]))) return false;
  for (let i = c.start; i < c.end; i++) if (/\p{L}/u.test(v.words[i]) && !/^\p{Ll}/u.test(v.words[i])) return true;
  return false;
});

/** Arabic articles and name particles written capitalised before a hyphen ("Al-Saie", "El-Wazir", "Abdel-Rahman"). */
const HYPHEN_ARTICLES = new Set(['Al', 'El', 'Ad', 'Ar', 'As', 'Ash', 'At', 'Az', 'Abd', 'Abdel', 'Abdul', 'Abu', 'Bin', 'Ibn', 'Ben']);

/** A name ends in a letter or digit (not "-", "&", "(" or "’s"); "Al" + "-" + a name is one name. */
export const trailingNonNames: Rule = (chunks, { view: v }) => {
  const trimmed = chunks.flatMap((c) => {
    if (!NAMES.has(c.type)) return [c];
    let e = c.end;
    while (e > c.start && (!/[\p{L}\p{N}]/u.test(v.words[e - 1]) || /^['’]s$/.test(v.words[e - 1]))) e--;
    return e === c.start ? [] : e === c.end ? [c] : [{ ...c, end: e }];
  });
  const out: Chunk[] = [];
  for (const c of trimmed) {
    const a = out[out.length - 1], h = c.start - 1;
    const joins = a && a.end === h && a.end - a.start === 1 && HYPHEN_ARTICLES.has(v.words[a.start]) && HYPHEN.test(v.words[h])
      && v.end[a.start] === v.start[h] && v.end[h] === v.start[c.start] && NAMES.has(c.type);
    if (joins) out[out.length - 1] = { start: a.start, end: c.end, type: c.type }; else out.push(c);
  }
  return out;
};
