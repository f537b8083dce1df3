// Training data readers for tools/train-ner.ts: Worldwide English NER and GUM standoff files in
// ../shared/data/ner, read at run time (never copied into the repository).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TagType, TrainDoc, TrainSpan } from '../../src/entities/train.js';

const WORLDWIDE: Record<string, TagType> = {
  PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', NORP: 'NORP', FAC: 'FAC', PRODUCT: 'PRODUCT', MISC: 'MISC', DATE: 'DATE', MONEY: 'MONEY',
};
const GUM: Record<string, TagType> = { person: 'PERSON', organization: 'ORG', place: 'LOC' };

const jsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

export function readWorldwide(shared: string, split: 'train' | 'dev'): TrainDoc[] {
  return jsonl(path.join(shared, `data/ner/en-worldwide-newswire/standoff/${split}.jsonl`)).map((r) => ({
    id: String(r.id), text: String(r.text),
    spans: (r.entities as { start: number; end: number; type: string; layer: number }[])
      .filter((e) => e.layer === 0).map((e) => ({ start: e.start, end: e.end, type: WORLDWIDE[e.type] ?? null })),
  }));
}

interface GumMention { start: number; end: number; minStart: number; minEnd: number; minText: string; etype: string; named: boolean }

/**
 * GUM named mentions as CoNLL-style spans: the minimal span of named person/organization/place
 * mentions, leading honorifics dropped (Worldwide keeps titles outside names), nested names kept
 * only when no longer named span covers them; other named mentions are masked (neither O nor a type).
 */
export function readGum(shared: string, split: 'train' | 'dev', isTitle: (w: string) => boolean): TrainDoc[] {
  return jsonl(path.join(shared, `data/ner/gum/standoff/${split}.jsonl`)).map((r) => {
    const text = String(r.text);
    const cands: TrainSpan[] = [];
    for (const m of r.mentions as GumMention[]) {
      if (!m.named) continue;
      let s = m.minStart;
      const e = m.minEnd;
      const type = GUM[m.etype] ?? null;
      if (type === 'PERSON') {
        for (let t = /^\S+/.exec(text.slice(s, e)); t && isTitle(t[0]) && s + t[0].length < e; t = /^\S+/.exec(text.slice(s, e))) {
          s += t[0].length; while (s < e && text[s] === ' ') s++;
        }
      }
      if (/[,(]/.test(text.slice(s, e))) continue; // "Cape Canaveral, Florida": its parts are mentions too
      cands.push({ start: s, end: e, type });
    }
    // typed spans first, longest first; untyped named spans only mask what no typed span covers
    cands.sort((a, b) => Number(a.type === null) - Number(b.type === null) || (b.end - b.start) - (a.end - a.start));
    const spans: TrainSpan[] = [];
    for (const c of cands) {
      if (spans.some((x) => x.start < c.end && c.start < x.end)) continue;
      spans.push(c);
    }
    return { id: String(r.doc), text, spans, annotated: ['PERSON', 'ORG', 'LOC'] as TagType[] };
  });
}
