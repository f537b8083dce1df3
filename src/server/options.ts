// Server settings and their defaults (the `newslens serve` flags set them).

export interface ServerOptions {
  /** largest request body, bytes; also the size limit for pages fetched by URL */
  bodyLimit: number;
  /** per-request analysis time limit (URL fetch included), ms */
  timeoutMs: number;
  /** analyses running or queued before requests get 503 + Retry-After */
  concurrency: number;
  /** analysis worker threads (0 = on the server's own thread) */
  workers: number;
  /** allow URLs on loopback/private/link-local addresses */
  allowPrivate: boolean;
  /** URL fetch time limit, ms */
  fetchTimeoutMs: number;
  /** a newslens store (SQLite file) for /v1/stats and the corpus page */
  db: string | null;
  /** fastify/pino logger: false in tests, a level otherwise (JSON lines on stdout) */
  logger: false | { level: string };
}

export const DEFAULTS: ServerOptions = {
  // a long news page's HTML is 1-3 MB; 5 MB leaves room without inviting abuse
  bodyLimit: 5 * 1024 * 1024,
  timeoutMs: 20_000,
  // at ~40 ms an article, 128 queued is a few seconds of work on two workers
  concurrency: 128,
  workers: 2,
  allowPrivate: false,
  fetchTimeoutMs: 15_000,
  db: null,
  logger: { level: 'info' },
};
