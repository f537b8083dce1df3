// The HTTP API through fastify.inject (no socket): the contract comes back, and every bad request
// gets a clear 4xx with the JSON error body {error: {code, status, message, hint}}.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createServer, viewParts } from '../../src/server/index.js';
import { analyzeText } from '../../src/index.js';
import { assertContract } from '../helpers/contract.js';

const here = '[server api] ';
const ARTICLE = readFileSync(new URL('../browser/fixtures/lantern-bridge.txt', import.meta.url), 'utf8');
let app: FastifyInstance;

before(async () => {
  app = await createServer({ logger: false, workers: 1 });
});
after(() => app.close());

const post = (payload: string | object, headers: Record<string, string> = {}, url = '/v1/analyze') =>
  app.inject({
    method: 'POST', url, payload,
    headers: { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json', ...headers },
  });

function assertError(res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code: string): string {
  assert.equal(res.statusCode, status, `${here}status`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const { error } = res.json();
  assert.equal(error.code, code);
  assert.equal(error.status, status);
  assert.ok(error.message.length > 5, `${here}a message that says what went wrong`);
  return error.message;
}

test(`${here}text/plain, {text}, {html} and text/html bodies all give the contract`, async () => {
  const raw = await post(ARTICLE);
  assert.equal(raw.statusCode, 200, raw.body);
  const a = raw.json();
  assertContract(a, here);
  assert.equal(a.article.title, 'Lantern Bridge Repairs Delayed Until Spring, City Says');
  assert.ok(a.quotes.length >= 5, `${here}statements found`);
  assert.deepEqual((await post({ text: ARTICLE })).json().quotes, a.quotes);
  const html = `<html><head><title>Ferry</title></head><body><article><h1>Ferry talks fail</h1>
    <p>"We are done waiting," said Ana Ruiz, the union's president, on Monday evening at the dock.</p></article></body></html>`;
  const viaJson = await post({ html, url: 'https://example.com/ferry' });
  assert.equal(viaJson.statusCode, 200, viaJson.body);
  assert.equal(viaJson.json().input.kind, 'html');
  const viaRaw = await post(html, { 'content-type': 'text/html; charset=utf-8' });
  assert.equal(viaRaw.statusCode, 200, viaRaw.body);
  assert.equal(viaRaw.json().article.text, viaJson.json().article.text);
});

test(`${here}?as=body keeps the text as it is; Accept: text/html gives the standalone report`, async () => {
  const body = await app.inject({ method: 'POST', url: '/v1/analyze?as=body', payload: 'One line. "Fine," she said.', headers: { 'content-type': 'text/plain' } });
  assert.equal(body.json().article.text, 'One line. "Fine," she said.');
  const report = await post(ARTICLE, { accept: 'text/html' });
  assert.equal(report.statusCode, 200);
  assert.match(String(report.headers['content-type']), /^text\/html/);
  assert.match(report.body, /^<!doctype html>/i);
  assert.match(String(report.headers['content-security-policy']), /default-src 'none'/);
});

test(`${here}attributions=parc, in the query or the JSON body, joins a quote interrupted by its cue`, async () => {
  const text = 'Norland council met on Monday.\n\n“The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.”';
  const contents = (res: { statusCode: number; body: string; json(): any }): string[] => {
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json();
    assertContract(a, here);
    for (const q of a.quotes) assert.equal(q.content.text, a.article.text.slice(q.content.start, q.content.end));
    return a.quotes.map((q: { content: { text: string } }) => q.content.text);
  };
  const two = ['The ferry to Quist will run again in March,', 'and the fares will not go up.'];
  const one = ['The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.'];
  assert.deepEqual(contents(await post({ text })), two);
  assert.deepEqual(contents(await post({ text, attributions: 'newslens' })), two);
  assert.deepEqual(contents(await post({ text, attributions: 'parc' })), one);
  const raw = await app.inject({ method: 'POST', url: '/v1/analyze?attributions=parc', payload: text, headers: { 'content-type': 'text/plain' } });
  assert.deepEqual(contents(raw), one);
  assert.deepEqual(contents(await post({ text, attributions: 'newslens' }, {}, '/v1/analyze?attributions=parc')), two, 'the body wins over the query');
  const view = await post({ text, attributions: 'parc' }, {}, '/v1/view');
  assert.equal(view.statusCode, 200, view.body);
  assert.equal(view.json().analysis.quotes.length, 1);
});

test(`${here}bad JSON, wrong fields and empty input are 400 with a JSON error`, async () => {
  assertError(await post('{"text": ', { 'content-type': 'application/json' }), 400, 'BAD_JSON');
  assertError(await app.inject({ method: 'POST', url: '/v1/analyze', headers: { 'content-type': 'application/json' } }), 400, 'BAD_JSON');
  assert.match(assertError(await post({}), 400, 'USAGE'), /none of "text", "html" or "url"/);
  assert.match(assertError(await post({ txt: 'x' }), 400, 'USAGE'), /unknown field "txt"/);
  assert.match(assertError(await post({ text: 5 }), 400, 'USAGE'), /"text" must be a string/);
  assert.match(assertError(await post([1, 2]), 400, 'USAGE'), /must be an object/);
  assert.match(assertError(await post({ text: 'x', as: 'pdf' }), 400, 'USAGE'), /"as" must be one of/);
  assert.equal(assertError(await post({ text: 'x', attributions: 'penn' }), 400, 'USAGE'), '"attributions" must be one of newslens, parc');
  assert.match(assertError(await post({ text: 'x', attributions: ['parc'] }), 400, 'USAGE'), /"attributions" must be one of/);
  const query = await app.inject({ method: 'POST', url: '/v1/analyze?attributions=penn', payload: 'x', headers: { 'content-type': 'text/plain' } });
  assert.equal(assertError(query, 400, 'USAGE'), 'the attributions query parameter must be one of newslens, parc');
  assertError(await post({ text: '   ' }), 400, 'EMPTY_INPUT');
  assertError(await post({ url: 'ftp://example.com/a' }), 400, 'BAD_URL');
});

test(`${here}an oversized body is 413, an unsupported media type 415`, async () => {
  const small = await createServer({ logger: false, workers: 0, bodyLimit: 1000 });
  try {
    const msg = assertError(await small.inject({ method: 'POST', url: '/v1/analyze', payload: 'x'.repeat(5000), headers: { 'content-type': 'text/plain' } }), 413, 'TOO_LARGE');
    assert.match(msg, /1000 byte limit/);
  } finally {
    await small.close();
  }
  assertError(await post('%PDF-1.7', { 'content-type': 'application/pdf' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  assertError(await app.inject({ method: 'POST', url: '/v1/analyze', payload: 'plain', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test(`${here}loopback, private and link-local URLs are refused with 403 unless --allow-private`, async () => {
  for (const url of ['http://127.0.0.1:9/a', 'http://10.0.0.1/a', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/a']) {
    const msg = assertError(await post({ url }), 403, 'PRIVATE_ADDRESS');
    assert.match(msg, /private|loopback|link-local|reserved/i, url);
    assert.match((await post({ url })).json().error.hint, /--allow-private/);
  }
});

test(`${here}saturated: requests over the concurrency limit get 503 + Retry-After at once`, async () => {
  const busy = await createServer({ logger: false, workers: 1, concurrency: 1 });
  try {
    const all = await Promise.all([1, 2, 3, 4].map(() => busy.inject({ method: 'POST', url: '/v1/analyze', payload: ARTICLE, headers: { 'content-type': 'text/plain' } })));
    const codes = all.map((r) => r.statusCode).sort();
    assert.equal(codes[0], 200, `${here}the first is served`);
    const refused = all.filter((r) => r.statusCode === 503);
    assert.ok(refused.length >= 1, `${here}some are refused: ${codes}`);
    for (const r of refused) {
      assert.equal(r.json().error.code, 'BUSY');
      assert.match(String(r.headers['retry-after']), /^\d+$/);
    }
  } finally {
    await busy.close();
  }
});

test(`${here}over the time limit: 503 TIME_LIMIT, and the next request is served`, async () => {
  const slow = await createServer({ logger: false, workers: 1, timeoutMs: 30 });
  try {
    const r = await slow.inject({ method: 'POST', url: '/v1/analyze', payload: ARTICLE.repeat(60), headers: { 'content-type': 'text/plain' } });
    assert.match(assertError(r, 503, 'TIME_LIMIT'), /0\.03 s limit/);
  } finally {
    await slow.close();
  }
  assert.equal((await post(ARTICLE)).statusCode, 200);
});

test(`${here}healthz, openapi.json, security headers, JSON 404`, async () => {
  const h = await app.inject('/healthz');
  assert.equal(h.statusCode, 200);
  assert.equal(h.json().status, 'ok');
  const spec = (await app.inject('/openapi.json')).json();
  assert.equal(spec.openapi, '3.1.0');
  assert.ok(spec.paths['/v1/analyze'].post.requestBody.content['text/html']);
  assert.deepEqual(spec.paths['/v1/analyze'].post.parameters.find((p: { name: string }) => p.name === 'attributions').schema.enum, ['newslens', 'parc']);
  const page = await app.inject('/');
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  assert.doesNotMatch(String(page.headers['content-security-policy']), /unsafe-inline/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.doesNotMatch(page.body, /<script>|<style>|\son\w+=/i, `${here}no inline script, style or handlers`);
  for (const asset of ['viewer.js', 'viewer.css', 'report.css']) assert.equal((await app.inject(`/assets/${asset}`)).statusCode, 200, asset);
  assertError(await app.inject('/assets/../package.json'), 404, 'NOT_FOUND');
  assertError(await app.inject('/v1/nope'), 404, 'NOT_FOUND');
  assertError(await app.inject('/v1/stats'), 404, 'NOT_FOUND');
});

test(`${here}/v1/view: the marked-up article and panel, with article text escaped`, async () => {
  const r = await post({ text: ARTICLE }, {}, '/v1/view');
  assert.equal(r.statusCode, 200, r.body);
  const { analysis, view } = r.json();
  assert.ok(analysis.quotes.length > 0);
  assert.match(view.body, /<mark class="q q-named" data-q="\d+"/);
  assert.match(view.body, /&lt;script&gt;window.__pwned/);
  assert.doesNotMatch(view.body + view.panel + view.masthead, /<script/i);
  assert.match(view.panel, /id="nl-sources"/);
  assert.match(view.panel, /data-width="\d+"/);
  assert.doesNotMatch(view.panel, /style=/, `${here}no inline style (blocked by the CSP)`);
  assert.match(view.masthead, /Lantern Bridge Repairs/);
});

test(`${here}viewParts finds every part of renderHtml's page`, () => {
  const parts = viewParts(analyzeText(ARTICLE));
  for (const [k, v] of Object.entries(parts)) assert.ok(v.length > 20, `${here}${k} is there`);
});
