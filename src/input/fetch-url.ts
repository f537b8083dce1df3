// Fetching an article by URL without letting the URL reach places it should not: http(s) only,
// no loopback/private targets (checked on the address actually connected to), redirects followed
// by hand through the same checks, one time limit for the whole fetch, and a size limit on the
// decoded body. Every failure is a one-line NewslensError.
import { readFileSync } from 'node:fs';
import http, { STATUS_CODES, type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { NewslensError } from '../errors.js';
import { ACCEPT_ENCODING, checkHeaders, contentTypeOf, readBody } from './fetch-body.js';
import { networkError, timeoutError } from './fetch-errors.js';
import {
  bareHost, checkTarget, defaultRules, guardedLookup, systemResolver,
  type AddressRules, type Resolver,
} from './fetch-target.js';

export interface FetchOptions {
  /** allow loopback / private / link-local targets */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** the URL after redirects */
  finalUrl: string;
}

/** Seams for tests: a fake DNS and a different notion of "private". Not part of the public API. */
export interface FetchHooks {
  resolve?: Resolver;
  isPrivate?: (ip: string) => boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1';
/** setTimeout fires at once for delays past 2^31-1 ms, so longer limits are clamped to it. */
const MAX_TIMER_MS = 2_147_483_647;

export async function fetchUrl(url: string, opts: FetchOptions): Promise<Fetched> {
  return fetchUrlWith(url, opts, {});
}

/** fetchUrl with test hooks. */
export async function fetchUrlWith(url: string, opts: FetchOptions, hooks: FetchHooks): Promise<Fetched> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // racing a timer (rather than trusting every step to honour the signal) makes the limit exact
  const expired = new Promise<never>((_, reject) => {
    const ms = Number.isFinite(opts.timeoutMs) ? Math.min(Math.max(opts.timeoutMs, 1), MAX_TIMER_MS) : MAX_TIMER_MS;
    timer = setTimeout(() => {
      reject(timeoutError(opts.timeoutMs, url));
      controller.abort();
    }, ms);
  });
  const work = follow(url, opts, hooks, controller.signal);
  work.catch(() => undefined); // once the timer has won, the aborted work's rejection is expected
  try {
    return await Promise.race([work, expired]);
  } catch (err) {
    throw err instanceof NewslensError ? err : networkError(err, hostOf(url), url);
  } finally {
    clearTimeout(timer);
  }
}

/** Requests the URL, following at most opts.maxRedirects redirects, each checked like the first. */
async function follow(url: string, opts: FetchOptions, hooks: FetchHooks, signal: AbortSignal): Promise<Fetched> {
  const rules: AddressRules = {
    allowPrivate: opts.allowPrivate,
    isPrivate: hooks.isPrivate ?? defaultRules.isPrivate,
  };
  const resolver = hooks.resolve ?? systemResolver;
  let target = checkTarget(url, null, url, rules);
  for (let redirects = 0; ; redirects++) {
    let exchange: { req: ClientRequest; res: IncomingMessage } | null = null;
    try {
      exchange = await request(target, resolver, rules, signal, url);
      const { res } = exchange;
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        if (redirects >= opts.maxRedirects) {
          throw new NewslensError('TOO_MANY_REDIRECTS', `more than ${opts.maxRedirects} redirects (last to ${hostOf(location, target)})`, url);
        }
        target = checkTarget(location, target, url, rules);
        continue;
      }
      if (status < 200 || status > 299) throw httpError(status, res.statusMessage, redirects > 0 ? target.host : null, url);
      const contentType = contentTypeOf(res);
      checkHeaders(res, contentType, opts.maxBytes, url);
      const bytes = await readBody(res, opts.maxBytes, signal, url);
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), contentType, finalUrl: target.href };
    } catch (err) {
      if (signal.aborted) throw err; // the caller reports the time-out
      throw networkError(err, target.host, url);
    } finally {
      // redirects, refusals and errors leave bodies unread: close the socket rather than drain it
      exchange?.res.destroy();
      exchange?.req.destroy();
    }
  }
}

/** One GET; resolves once the status line and headers are in. */
function request(
  target: URL, resolver: Resolver, rules: AddressRules, signal: AbortSignal, input: string,
): Promise<{ req: ClientRequest; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request({
      protocol: target.protocol,
      hostname: bareHost(target.hostname),
      port: target.port || undefined,
      path: `${target.pathname}${target.search}`,
      method: 'GET',
      headers: {
        host: target.host,
        'user-agent': userAgent(),
        accept: ACCEPT,
        'accept-encoding': ACCEPT_ENCODING,
      },
      agent: false, // a private agent per request: no pooled keep-alive sockets outlive the fetch
      lookup: guardedLookup(resolver, rules, input),
      signal,
    });
    // stays attached after the response: a late socket error must not become an uncaught 'error'
    req.on('error', reject);
    req.once('response', (res) => {
      res.on('error', () => undefined); // reported through readBody's iterator instead
      resolve({ req, res });
    });
    req.end();
  });
}

function httpError(status: number, text: string | undefined, redirectedTo: string | null, input: string): NewslensError {
  // the reason phrase is the server's text: keep it short and printable
  const reason = (text || STATUS_CODES[status] || '').replace(/[^\x20-\x7e]/g, '').slice(0, 80).trim();
  const where = redirectedTo ? ` from ${redirectedTo}` : '';
  return new NewslensError('FETCH_FAILED', `HTTP ${status}${reason ? ` ${reason}` : ''}${where}`, input);
}

function hostOf(location: string, base?: URL): string {
  try {
    return new URL(location, base).host;
  } catch {
    return 'an invalid URL';
  }
}

let agentName: string | null = null;

/** `newslens/<version> (+https://github.com/newslens)`, the version read once from package.json. */
function userAgent(): string {
  if (agentName === null) {
    let version = '0.0.0';
    try {
      // src/input/ and dist/input/ both sit two levels below the package root
      version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version ?? version;
    } catch {
      // a bundled copy without package.json still fetches, under a placeholder version
    }
    agentName = `newslens/${version} (+https://github.com/newslens)`;
  }
  return agentName;
}
