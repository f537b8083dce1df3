// Quote-aware sentences: a stop inside a quotation does not end the sentence around it, so
// `“It is done. Then we left,” she said.` stays one sentence.
import type { Span } from '../doc.js';
import type { QuoteSpan } from './01-quote-marks.js';

export interface Sentence extends Span { paragraph: number }

const ABBREV = /(?:^|[\s(“"‘])(?:[A-Z]|Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Hon|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Sen|Rep|Gov|Supt|Atty|Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|(?:[A-Za-z]\.)+[A-Za-z])$/;

/** Abbreviations that may end a sentence (states, company suffixes), unlike titles and initials. */
const SENTENCE_END_ABBREV = /\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Inc|Corp|Co|Ltd|Jr|Sr)$/;
const OPENER = /^(?:The|A|An|He|She|They|It|We|I|But|In|On|At|This|That|These|Those|There|His|Her|Their|Its)\s/;

const CUES = '(?:said|says|say|asked|asks|added|adds|told|tells|wrote|writes|tweeted|explained|replied|continued|noted|recalled|insisted|warned|argued|declared|remarked|responded|acknowledged|conceded|joked|shouted|yelled|whispered|countered|quipped)';
const CUE_AFTER_QUOTE = new RegExp(`^(?:${CUES}\\b|(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,5}${CUES}\\b|(?:he|she|they|it|we|i)\\s+${CUES}\\b)`, 'u');

export function splitSentences(text: string, paragraphs: readonly Span[], quotes: readonly QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let s = start;
    for (let i = start; i < end; i++) {
      while (q < quotes.length && quotes[q].close <= i) q++;
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?') continue;
      if (insideQuote(quotes, q, i)) continue;
      let j = i + 1;
      while (j < end && /[”"’')\]»“]/.test(text[j])) j++;
      if (j >= end || !/\s/.test(text[j])) continue;
      let k = j;
      while (k < end && /\s/.test(text[k])) k++;
      if (k >= end || !/[\p{Lu}\p{N}“"‘'(„«”]/u.test(text[k])) continue;
      // "Kellerton, Neb. The person said …": a place or company abbreviation can end a sentence
      if (c === '.' && ABBREV.test(text.slice(Math.max(start, i - 12), i))
        && !(SENTENCE_END_ABBREV.test(text.slice(Math.max(start, i - 6), i)) && OPENER.test(text.slice(k, k + 8)))) continue;
      // `“Does he not understand?” Biden said.` — a quotation's own ? or ! does not end the sentence
      // when its cue follows (a full stop does: `…claims.” He said …` is a new sentence)
      if (c !== '.' && j > i + 1 && CUE_AFTER_QUOTE.test(text.slice(k, Math.min(end, k + 80)))) continue;
      out.push({ start: s, end: j, paragraph: p });
      s = k;
      i = k - 1;
    }
    if (s < end) out.push({ start: s, end, paragraph: p });
  }
  return out;
}

/** Is offset i inside a top-level quotation, before its last character (a final stop ends the sentence)? */
function insideQuote(quotes: readonly QuoteSpan[], from: number, i: number): boolean {
  for (let k = from; k < quotes.length && quotes[k].open < i; k++) {
    const qs = quotes[k];
    if (qs.depth === 0 && qs.open < i && i < qs.end - 1) return true;
  }
  return false;
}
