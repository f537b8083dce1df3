// Corpus statistics over a `newslens batch --db` store: GET /v1/stats (the same numbers as
// `newslens stats`) and the corpus page that charts them. The store is opened read-only.
// Stored articles are listed at GET /v1/articles, returned whole at GET /v1/articles/:key, and
// shown as the standalone report at /articles/:key.
import type { FastifyInstance } from 'fastify';
import { renderHtml } from '../index.js';
import { ApiError } from './api-error.js';
import { REPORT_CSP } from './security.js';

const GROUPS = new Set(['outlet', 'month']);
const MAX_TOP = 100;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

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
  app.get('/v1/articles', async (request) => {
    const q = request.query as { limit?: string; offset?: string; outlet?: string };
    const limit = q.limit === undefined ? DEFAULT_PAGE : Number(q.limit);
    const offset = q.offset === undefined ? 0 : Number(q.offset);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new ApiError(400, 'USAGE', `limit must be a whole number from 1 to ${MAX_PAGE}`);
    if (!Number.isInteger(offset) || offset < 0) throw new ApiError(400, 'USAGE', 'offset must be a whole number, 0 or more');
    return store.articles({ limit, offset, outlet: q.outlet ?? null });
  });
  const stored = async (key: string) => {
    const found = /^[\w-]{1,128}$/.test(key) ? await store.article(key) : null;
    if (!found) throw new ApiError(404, 'NOT_FOUND', `no stored article with key ${key.slice(0, 80)}`, 'list them at /v1/articles');
    return found;
  };
  app.get('/v1/articles/:key', async (request) => stored((request.params as { key: string }).key));
  app.get('/articles/:key', async (request, reply) => {
    const { analysis } = await stored((request.params as { key: string }).key);
    return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(renderHtml(analysis));
  });
  return true;
}
