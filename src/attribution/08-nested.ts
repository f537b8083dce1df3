// Attributions inside another statement's content: `Reuters reported that the envoy had told both
// delegations that …`, `“My grandmother told me, ‘…’”`. Each becomes its own statement, nested.
import type { QuoteSpan } from './01-quote-marks.js';
import { splitSentences } from './02-sentences.js';
import { findFrames, maskQuotes } from './04-frames.js';
import { inner, make, quotesOf, type RawStatement } from './05-statements.js';

/** Only plain speech verbs open a nested attribution; the rest inside a quote is the speaker's prose. */
const NESTED_LEMMAS = new Set(['say', 'tell', 'report', 'write', 'warn', 'add', 'insist', 'explain', 'recommend', 'advise', 'urge', 'confirm', 'deny']);
/** Statements shorter than this hold no attribution of their own. */
const MIN_CONTENT_CHARS = 20;

export function findNested(text: string, statements: readonly RawStatement[], quotes: readonly QuoteSpan[]): RawStatement[] {
  const out: RawStatement[] = [];
  const usedCues = new Set(statements.map((st) => st.cue?.start));
  for (const st of statements) {
    if (st.nested || st.sameAs || st.kind === 'partial' || st.content.end - st.content.start < MIN_CONTENT_CHARS) continue;
    // inside a quotation, or inside relayed reporting ("Reuters reported that the envoy told …");
    // elsewhere a cue inside reported speech is the outer speaker's own narration
    if (st.kind !== 'direct' && st.lemma !== 'report') continue;
    const { start, end } = st.content;
    // inside a direct quote the next level of marks is a quotation; inside reported speech the top level is
    const depth = st.kind === 'direct' ? 1 : 0;
    const innerQuotes = quotes.filter((q) => q.depth === depth && q.open >= start && q.close <= end)
      .map((q) => ({ ...q, depth: 0 }));
    for (const s of splitSentences(text, [{ start, end }], innerQuotes)) {
      const inS = innerQuotes.filter((q) => q.open >= s.start && q.open < s.end);
      const masked = maskQuotes(text, s, inS);
      for (const f of findFrames(text, { ...s, paragraph: st.paragraph }, masked)) {
        if (!NESTED_LEMMAS.has(f.cue.lemma) || !f.speaker || usedCues.has(f.cue.start)) continue;
        // `told me, “…”`: a quotation opening the content is the nested speaker's direct speech
        const opening = f.content ? inS.find((q) => q.open >= f.content!.start && /^[\s,:]*$/.test(text.slice(f.content!.start, q.open))) : undefined;
        for (const q of [...quotesOf(f, inS, masked, s), ...(opening ? [opening] : [])]) {
          out.push(nested(make('direct', inner(text, q), f.cue, f.cue.lemma, f.speaker, st.paragraph, 0.6)));
        }
        if (opening) continue;
        if (f.content && st.kind !== 'direct' || f.content && !inS.some((q) => q.open >= f.content!.start)) {
          out.push(nested(make('indirect', f.content!, f.cue, f.cue.lemma, f.speaker, st.paragraph, 0.5)));
        }
      }
    }
  }
  return out;
}

const nested = (st: RawStatement): RawStatement => ({ ...st, nested: true });
