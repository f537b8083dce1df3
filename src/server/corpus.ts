// Corpus statistics over a `newslens batch --db` store: GET /v1/stats (the same numbers as
// `newslens stats`) and the corpus page that charts them. The store is opened read-only.
// The store has no article listing yet, so /v1/articles and per-article pages are not served.
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.js';

const GROUPS = new Set(['outlet', 'month']);
const MAX_TOP = 100;

export async function installCorpus(app: FastifyInstance, db: string): Promise<true> {
  const { openStore } = await import('../store/index.js');
  const store = await openStore(db, { readonly: true });
  app.addHook('onClose', () => store.close());
  app.get('/v1/stats', async (request) => {
    const q = request.query as { by?: string; top?: string };
    const by = (q.by ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const bad = by.filter((g) => !GROUPS.has(g));
    if (bad.length) throw new ApiError(400, 'USAGE', `by must list outlet and/or month, not ${bad.join(', ')}`, 'e.g. /v1/stats?by=outlet,month');
    const top = q.top === undefined ? 10 : Number(q.top);
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new ApiError(400, 'USAGE', `top must be a whole number from 1 to ${MAX_TOP}`);
    return store.stats({ by: by as ('outlet' | 'month')[], top });
  });
  return true;
}
