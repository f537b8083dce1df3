// One JSON error shape for every failure: NewslensErrors from analyze() (their code and HTTP
// status), ApiErrors raised here, and fastify's own body errors (bad JSON, too large, media type).
import type { FastifyError, FastifyInstance } from 'fastify';
import { ERROR_CODES, type ErrorCode } from '../index.js';
import { ApiError, errorBody } from './api-error.js';

/** Hints that name a CLI flag say what it means for a server instead. */
const SERVER_HINTS: Partial<Record<ErrorCode, string>> = {
  TOO_LARGE: 'send a smaller article, or start the server with a larger --body-limit',
  PRIVATE_ADDRESS: 'this server refuses loopback/private/link-local URLs unless started with --allow-private',
  FETCH_TIMEOUT: 'the page took too long to fetch; start the server with a larger --fetch-timeout',
  BAD_ENCODING: 'send UTF-8 text',
  USAGE: 'see /openapi.json',
};

interface Mapped { status: number; code: string; message: string; hint: string | null; headers?: Record<string, string> }

export function mapError(err: unknown, bodyLimit: number): Mapped {
  if (err instanceof ApiError) return { status: err.status, code: err.code, message: err.message, hint: err.hint, headers: err.headers };
  const e = err as Partial<FastifyError> & { name?: string; input?: string | null };
  if (e.name === 'NewslensError' && typeof e.code === 'string' && e.code in ERROR_CODES) {
    const code = e.code as ErrorCode;
    const where = e.input && e.input !== 'input' ? `${e.input}: ` : '';
    return { status: ERROR_CODES[code].http, code, message: `${where}${e.message}`, hint: SERVER_HINTS[code] ?? ERROR_CODES[code].hint };
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'BAD_JSON', message: 'the request body is not valid JSON', hint: 'send {"text": "..."}, {"html": "...", "url": "..."} or {"url": "..."}' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'TOO_LARGE', message: `the request body is over this server's ${bodyLimit} byte limit`, hint: SERVER_HINTS.TOO_LARGE! };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'this content type is not accepted', hint: 'send application/json, text/plain or text/html' };
    default:
      break;
  }
  const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
  if (status >= 500) return { status: 500, code: 'INTERNAL', message: 'unexpected server error', hint: ERROR_CODES.INTERNAL.hint };
  return { status, code: 'BAD_REQUEST', message: String(e.message ?? 'bad request'), hint: null };
}

export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err, request, reply) => {
    const m = mapError(err, bodyLimit);
    // 5xx are ours to fix: full error in the log; 4xx are the client's: one line at info.
    if (m.status >= 500 && m.code === 'INTERNAL') request.log.error({ err }, 'request failed');
    else request.log.info({ code: m.code, status: m.status }, m.message);
    void reply.code(m.status).headers(m.headers ?? {}).type('application/json; charset=utf-8').send(errorBody(m.status, m.code, m.message, m.hint));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).type('application/json; charset=utf-8')
      .send(errorBody(404, 'NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`, 'see /openapi.json'));
  });
}
