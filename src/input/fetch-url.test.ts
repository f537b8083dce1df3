// fetchUrl against a local server on 127.0.0.1 (reachable only with allowPrivate, or with the test
// hooks that fake DNS and treat 127.0.0.1 as public so redirects to private hosts can be exercised).
import assert from 'node:assert/strict';
import diagnostics from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { NewslensError, type ErrorCode } from '../errors.js';
import { isPrivateAddress } from './address-policy.js';
import { fetchUrl, fetchUrlWith, type FetchHooks, type FetchOptions } from './fetch-url.js';

const here = '[input/fetch-url] ';
const PAGE = '<!doctype html><title>Hi</title><p>Someone said something.</p>';
const OPTS: FetchOptions = { allowPrivate: true, timeoutMs: 5000, maxBytes: 1000, maxRedirects: 5 };
/** small on purpose: these check that the limit is enforced, not how fast anything is */
const SHORT_TIMEOUT_MS = 300;
/** destroyed sockets release their handles a few ticks later; a leak stays open far longer */
const HANDLE_SETTLE_MS = 50;
/** how long the server may take to see every client socket closed */
const CLOSE_WAIT_MS = 2000;

let server: http.Server;
let base = '';
let port = 0;
let requests = 0;
let lastHeaders: http.IncomingHttpHeaders = {};
let sockets = 0;
const countSocket = (): void => { sockets++; };

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  requests++;
  lastHeaders = req.headers;
  const url = new URL(req.url ?? '/', base);
  const send = (status: number, headers: http.OutgoingHttpHeaders, body: string | Buffer = ''): void => {
    res.writeHead(status, headers).end(body);
  };
  const html = { 'content-type': 'text/html; charset=utf-8' };
  switch (url.pathname) {
    case '/ok': return send(200, html, PAGE);
    case '/untyped': return send(200, {}, PAGE);
    case '/hop': {
      const n = Number(url.searchParams.get('n'));
      return n > 0 ? send(302, { location: `hop?n=${n - 1}` }) : send(200, html, PAGE);
    }
    case '/missing': return send(404, html, 'gone');
    // these two stall after the headers: refusing them must not wait for (or leak) the body
    case '/png': return void res.writeHead(200, { 'content-type': 'image/png' }).write(Buffer.alloc(50));
    case '/json': return send(200, { 'content-type': 'application/json' }, '{}');
    case '/big': return void res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2000 }).write('x'.repeat(100));
    case '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(200));
      return void res.end();
    }
    case '/gzip': return send(200, { ...html, 'content-encoding': 'gzip' }, gzipSync(PAGE));
    case '/br': return send(200, { ...html, 'content-encoding': 'br' }, brotliCompressSync(PAGE));
    case '/deflate': return send(200, { ...html, 'content-encoding': 'deflate' }, deflateSync(PAGE));
    case '/bad-gzip': return send(200, { ...html, 'content-encoding': 'gzip' }, 'not gzip at all');
    case '/bomb': return send(200, { ...html, 'content-encoding': 'gzip' }, gzipSync(Buffer.alloc(10 * 1024 * 1024)));
    case '/slow-headers': return; // never answers
    case '/slow-body': return void res.writeHead(200, html).write('<p>first'); // never ends
    case '/to-private': return send(302, { location: `http://internal.test:${port}/ok` });
    case '/to-metadata': return send(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    case '/to-ftp': return send(302, { location: 'ftp://example.com/file' });
    default: return send(500, {}, 'no route');
  }
}

/** Fake DNS: public.test is "public" (127.0.0.1, allowed by TREAT_LOCAL_AS_PUBLIC), the rest private. */
const FAKE_DNS: Record<string, string[]> = {
  'public.test': ['127.0.0.1'],
  'internal.test': ['10.0.0.5'],
  'mixed.test': ['127.0.0.1', '192.168.1.10'],
};
const fakeResolve: NonNullable<FetchHooks['resolve']> = async (host) => {
  const ips = FAKE_DNS[host];
  if (!ips) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return ips.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};
const TREAT_LOCAL_AS_PUBLIC: FetchHooks = {
  resolve: fakeResolve,
  isPrivate: (ip) => ip !== '127.0.0.1' && isPrivateAddress(ip),
};

async function rejects(p: Promise<unknown>, code: ErrorCode, pattern?: RegExp): Promise<NewslensError> {
  const err = await p.then(() => assert.fail(`${here}expected ${code}, got a result`), (e: unknown) => e);
  assert.ok(err instanceof NewslensError, `${here}not a NewslensError: ${String(err)}`);
  assert.equal(err.code, code, `${here}${err.message}`);
  assert.doesNotMatch(err.message, /[\r\n]/, `${here}message is one line`);
  if (pattern) assert.match(err.message, pattern);
  return err;
}

before(async () => {
  diagnostics.subscribe('net.client.socket', countSocket);
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  diagnostics.unsubscribe('net.client.socket', countSocket);
  // close() waits for open connections, so a socket the fetcher leaked keeps it from finishing
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), CLOSE_WAIT_MS);
    server.close(() => { clearTimeout(timer); resolve(true); });
  });
  if (!closed) server.closeAllConnections();
  assert.ok(closed, `${here}the fetcher left connections open`);
  await new Promise((resolve) => setTimeout(resolve, HANDLE_SETTLE_MS));
  const left = process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'Timeout');
  assert.deepEqual(left, [], `${here}sockets or timers left open`);
});

describe('fetchUrl: success', () => {
  test('fetches a page with the headers we promise', async () => {
    const got = await fetchUrl(`${base}/ok`, OPTS);
    assert.equal(Buffer.from(got.bytes).toString('utf8'), PAGE);
    assert.equal(got.contentType, 'text/html; charset=utf-8');
    assert.equal(got.finalUrl, `${base}/ok`);
    assert.match(String(lastHeaders['user-agent']), /^newslens\/\d+\.\d+\.\d+\S* \(\+https:\/\/github\.com\/newslens\)$/);
    assert.equal(lastHeaders.accept, 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1');
  });

  test('a missing Content-Type is passed on as null for the caller to sniff', async () => {
    const got = await fetchUrl(`${base}/untyped`, OPTS);
    assert.equal(got.contentType, null);
    assert.equal(Buffer.from(got.bytes).toString('utf8'), PAGE);
  });

  for (const coding of ['gzip', 'br', 'deflate']) {
    test(`decodes a ${coding} body`, async () => {
      const got = await fetchUrl(`${base}/${coding}`, OPTS);
      assert.equal(Buffer.from(got.bytes).toString('utf8'), PAGE);
    });
  }

  test('resolves names through the guarded lookup and sends the Host header', async () => {
    const got = await fetchUrlWith(`http://public.test:${port}/ok`, { ...OPTS, allowPrivate: false }, TREAT_LOCAL_AS_PUBLIC);
    assert.equal(Buffer.from(got.bytes).toString('utf8'), PAGE);
    assert.equal(lastHeaders.host, `public.test:${port}`);
  });
});

describe('fetchUrl: refused URLs', () => {
  for (const url of ['ftp://example.com/a', 'file:///etc/passwd', 'data:text/html,hi', 'javascript:alert(1)', 'not a url', '', 'http://user:pw@example.com/']) {
    test(`BAD_URL: ${JSON.stringify(url)}`, async () => {
      await rejects(fetchUrl(url, OPTS), 'BAD_URL');
    });
  }

  test('loopback server refused without allowPrivate, before any request', async () => {
    const before = requests;
    await rejects(fetchUrl(`${base}/ok`, { ...OPTS, allowPrivate: false }), 'PRIVATE_ADDRESS',
      /^refusing to fetch 127\.0\.0\.1 \(127\.0\.0\.1\): loopback\/private address$/);
    assert.equal(requests, before);
  });

  const literals = [
    'http://127.1/', 'http://[::1]/', 'http://0x7f000001/', 'http://2130706433/', 'http://0x7f.1/',
    'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://[::ffff:127.0.0.1]/',
    'http://[64:ff9b::a00:1]/', 'http://0.0.0.0/', 'http://[fe80::1]/', 'http://localhost:8080/', 'https://api.localhost/',
  ];
  for (const url of literals) {
    test(`PRIVATE_ADDRESS without network traffic: ${url}`, async () => {
      const before = sockets;
      let lookups = 0;
      const hooks: FetchHooks = { resolve: async (h) => { lookups++; return fakeResolve(h); } };
      await rejects(fetchUrlWith(url, { ...OPTS, allowPrivate: false }, hooks), 'PRIVATE_ADDRESS', /loopback\/private address/);
      assert.equal(sockets, before, `${here}no socket opened`);
      assert.equal(lookups, 0, `${here}no DNS lookup`);
    });
  }

  test('a name resolving to loopback is refused at connect time', async () => {
    const before = requests;
    const hooks: FetchHooks = { resolve: async () => [{ address: '127.0.0.1', family: 4 }] };
    await rejects(fetchUrlWith(`http://evil.test:${port}/ok`, { ...OPTS, allowPrivate: false }, hooks), 'PRIVATE_ADDRESS',
      /^refusing to fetch evil\.test \(127\.0\.0\.1\)/);
    assert.equal(requests, before);
  });

  test('https names go through the same guarded lookup', async () => {
    const hooks: FetchHooks = { resolve: async () => [{ address: '10.1.2.3', family: 4 }] };
    await rejects(fetchUrlWith('https://intranet.test/', { ...OPTS, allowPrivate: false }, hooks), 'PRIVATE_ADDRESS', /10\.1\.2\.3/);
  });

  test('public addresses, including public ones embedded in IPv6, are not refused', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '172.32.0.1', '100.128.0.1']) {
      assert.equal(isPrivateAddress(ip), false, `${here}${ip}`);
    }
    for (const ip of ['100.64.0.1', '198.19.255.255', '255.255.255.255', '224.0.0.1', 'fd12::1', 'ff02::1', '::', '2002:a00:1::1']) {
      assert.equal(isPrivateAddress(ip), true, `${here}${ip}`);
    }
  });

  test('a name with one private address among public ones is refused', async () => {
    await rejects(fetchUrlWith(`http://mixed.test:${port}/ok`, { ...OPTS, allowPrivate: false }, TREAT_LOCAL_AS_PUBLIC),
      'PRIVATE_ADDRESS', /192\.168\.1\.10/);
  });
});

describe('fetchUrl: redirects', () => {
  test('follows a chain of 3 relative redirects', async () => {
    const got = await fetchUrl(`${base}/hop?n=3`, OPTS);
    assert.equal(got.finalUrl, `${base}/hop?n=0`);
    assert.equal(Buffer.from(got.bytes).toString('utf8'), PAGE);
  });

  test('follows exactly maxRedirects', async () => {
    assert.equal((await fetchUrl(`${base}/hop?n=5`, OPTS)).finalUrl, `${base}/hop?n=0`);
  });

  test('one more than maxRedirects is TOO_MANY_REDIRECTS', async () => {
    await rejects(fetchUrl(`${base}/hop?n=6`, OPTS), 'TOO_MANY_REDIRECTS', /more than 5 redirects/);
  });

  test('redirect from an allowed host to a private name is refused', async () => {
    await rejects(fetchUrlWith(`http://public.test:${port}/to-private`, { ...OPTS, allowPrivate: false }, TREAT_LOCAL_AS_PUBLIC),
      'PRIVATE_ADDRESS', /^refusing to fetch internal\.test \(10\.0\.0\.5\)/);
  });

  test('redirect from an allowed host to a private literal is refused', async () => {
    await rejects(fetchUrlWith(`http://public.test:${port}/to-metadata`, { ...OPTS, allowPrivate: false }, TREAT_LOCAL_AS_PUBLIC),
      'PRIVATE_ADDRESS', /169\.254\.169\.254/);
  });

  test('redirect to ftp: is BAD_URL', async () => {
    await rejects(fetchUrl(`${base}/to-ftp`, OPTS), 'BAD_URL', /ftp:/);
  });
});

describe('fetchUrl: responses we do not read', () => {
  test('404 is FETCH_FAILED with the status line', async () => {
    await rejects(fetchUrl(`${base}/missing`, OPTS), 'FETCH_FAILED', /^HTTP 404 Not Found$/);
  });

  for (const [path, type] of [['/png', 'image/png'], ['/json', 'application/json']]) {
    test(`${type} is UNSUPPORTED_TYPE`, async () => {
      await rejects(fetchUrl(`${base}${path}`, OPTS), 'UNSUPPORTED_TYPE', new RegExp(type.replace('/', '\\/')));
    });
  }

  test('body over maxBytes refused by Content-Length', async () => {
    await rejects(fetchUrl(`${base}/big`, OPTS), 'TOO_LARGE', /^input is 2(?:\.0)? KB, over the 1000 bytes limit$/);
  });

  test('body over maxBytes refused while streaming (no Content-Length)', async () => {
    await rejects(fetchUrl(`${base}/big-chunked`, OPTS), 'TOO_LARGE', /^input is more than .* over the 1000 bytes limit$/);
  });

  test('a gzip bomb stops at maxBytes of decoded output', async () => {
    await rejects(fetchUrl(`${base}/bomb`, { ...OPTS, maxBytes: 100_000 }), 'TOO_LARGE', /more than/);
  });

  test('a body that is not the coding it claims is FETCH_FAILED', async () => {
    await rejects(fetchUrl(`${base}/bad-gzip`, OPTS), 'FETCH_FAILED', /could not decode the gzip-encoded body/);
  });
});

describe('fetchUrl: network failures', () => {
  for (const path of ['/slow-headers', '/slow-body']) {
    test(`a stalled server (${path}) is FETCH_TIMEOUT`, async () => {
      await rejects(fetchUrl(`${base}${path}`, { ...OPTS, timeoutMs: SHORT_TIMEOUT_MS }), 'FETCH_TIMEOUT', /0\.3 s/);
    });
  }

  test('a DNS lookup that never answers is FETCH_TIMEOUT', async () => {
    const hooks: FetchHooks = { resolve: () => new Promise(() => undefined) };
    await rejects(fetchUrlWith('http://hang.test/', { ...OPTS, timeoutMs: SHORT_TIMEOUT_MS }, hooks), 'FETCH_TIMEOUT');
  });

  test('connection refused is FETCH_FAILED', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await rejects(fetchUrl(`http://127.0.0.1:${deadPort}/`, OPTS), 'FETCH_FAILED', /^could not connect: connection refused/);
  });

  test('an unknown host is FETCH_FAILED', async () => {
    await rejects(fetchUrlWith('http://nowhere.test/', OPTS, { resolve: fakeResolve }), 'FETCH_FAILED', /^host not found/);
  });

  test('TLS to a plain-HTTP port is FETCH_FAILED', async () => {
    await rejects(fetchUrl(`https://127.0.0.1:${port}/ok`, OPTS), 'FETCH_FAILED', /TLS|could not fetch|reset/);
  });
});
