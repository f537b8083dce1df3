// The HTTP server: fastify with the analyse routes, the viewer's pages, and (with a --db store)
// corpus statistics. Every route replies JSON errors in one shape (errors.ts).
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import { renderHtml, type Analysis } from '../index.js';
import { createAnalyser, type Analyser } from './analyser.js';
import { installAssets } from './assets.js';
import { readAnalyzeBody } from './body.js';
import { installCorpus } from './corpus.js';
import { installErrorHandlers } from './errors.js';
import { openApi } from './openapi.js';
import { DEFAULTS, type ServerOptions } from './options.js';
import { installSecurityHeaders, REPORT_CSP } from './security.js';
import { viewParts } from './view.js';

export async function createServer(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const opts: ServerOptions = { ...DEFAULTS, ...options };
  const app = Fastify({
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    // the socket may not idle longer than the analysis may take, plus slack to send the reply
    requestTimeout: opts.timeoutMs + 5_000,
    return503OnClosing: true,
  });
  for (const type of ['text/html', 'application/xhtml+xml']) {
    app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));
  }
  installErrorHandlers(app, opts.bodyLimit);
  installSecurityHeaders(app);

  const analyser = await createAnalyser(opts);
  app.addHook('onClose', () => analyser.close());
  const corpus = opts.db ? await installCorpus(app, opts.db) : false;
  const version = packageVersion();
  const spec = openApi(version, corpus);

  const analyse = (request: FastifyRequest, reply: FastifyReply): Promise<Analysis> => {
    const { input, as, attributions } = readAnalyzeBody(request.headers['content-type'], request.body, request.query as Record<string, unknown>);
    // A client that hangs up stops its analysis (the worker is recycled) instead of wasting it.
    const gone = new AbortController();
    reply.raw.on('close', () => { if (!reply.raw.writableFinished) gone.abort(); });
    return analyser.run(input, {
      as, attributions, maxBytes: opts.bodyLimit, allowPrivate: opts.allowPrivate, fetchTimeoutMs: Math.min(opts.fetchTimeoutMs, opts.timeoutMs),
    }, gone.signal);
  };

  app.post('/v1/analyze', async (request, reply) => {
    const analysis = await analyse(request, reply);
    if (wantsHtml(request.headers.accept)) {
      return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(renderHtml(analysis));
    }
    return reply.type('application/json; charset=utf-8').send(analysis);
  });
  app.post('/v1/view', async (request, reply) => {
    const analysis = await analyse(request, reply);
    return { analysis, view: viewParts(analysis) };
  });
  app.get('/healthz', async () => ({
    status: 'ok', version, workers: analyser.threads, inFlight: analyser.inFlight, concurrency: opts.concurrency, corpus,
  }));
  app.get('/openapi.json', async () => spec);
  installAssets(app, { corpus });
  return app;
}

/** The HTML report only when asked for by name and JSON is not also acceptable. */
const wantsHtml = (accept: string | undefined): boolean =>
  !!accept && /\btext\/html\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept);

function packageVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}
