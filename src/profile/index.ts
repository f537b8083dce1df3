// The profile stage: how much of the article rests on which kind of source.
import type { Stage } from '../pipeline.js';
import type { Quote, Source, Sourcing } from '../types.js';

const ALWAYS_COUNTED = ['named', 'anonymous', 'organization', 'document'] as const;

export const profile: Stage = {
  name: 'profile',
  requires: ['text'],
  assigns: ['profile'],
  run(doc) {
    return { ...doc, profile: sourcingOf(doc.quotes ?? [], doc.sources ?? []) };
  },
};

/** A statement counts once for every distinct type among its sources ("He and the other sources"). */
export function sourcingOf(quotes: readonly Quote[], sources: readonly Source[]): Sourcing {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const bySourceType: Record<string, number> = Object.fromEntries(ALWAYS_COUNTED.map((t) => [t, 0]));
  for (const q of quotes) {
    const types = new Set(q.sources.map((id) => byId.get(id)?.type).filter((t): t is Source['type'] => !!t));
    if (types.size === 0) types.add('unknown');
    for (const t of types) bySourceType[t] = (bySourceType[t] ?? 0) + 1;
  }
  const n = quotes.length;
  return {
    attributedStatements: n,
    bySourceType,
    anonymousShare: n ? round3(bySourceType.anonymous / n) : 0,
    relayedFrom: sources.filter((s) => s.relayed).map((s) => s.name ?? s.descriptor ?? s.id),
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
