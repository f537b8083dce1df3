// The web viewer in a real browser (Debian's chromium through playwright-core): paste an authored
// article, see the highlighted statements and the sources panel, open a statement's details by
// click and by keyboard, check escaping, the CSP and phone width; save a screenshot.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { createServer } from '../../src/server/index.js';
import { launch, skipReason } from './browser.js';

const here = '[viewer] ';
const ARTICLE = readFileSync(new URL('./fixtures/lantern-bridge.txt', import.meta.url), 'utf8');
const OUT_DIR = resolve('test-output');
const skip = skipReason();
if (skip) console.log(`# ${skip}`);

let app: FastifyInstance;
let browser: Browser;
let base = '';
const problems: string[] = [];
// Browser-side expressions are strings: this project's TypeScript has no DOM types.
const FOCUS_ON_MARK = "document.activeElement?.matches('mark.q') ?? false";

before(async () => {
  if (skip) return;
  app = await createServer({ logger: false, workers: 1 });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

async function openViewer(width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  // CSP violations and script errors show up here; the viewer must cause none.
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/`);
  return page;
}

async function analyse(page: Page): Promise<void> {
  await page.fill('#article', ARTICLE);
  await page.click('#analyse');
  await page.waitForSelector('#article-body mark.q', { timeout: 20_000 });
}

test(`${here}paste, highlight, sources panel, click for details; screenshot`, { skip: skip ?? false }, async () => {
  const page = await openViewer();
  await analyse(page);
  assert.match(await page.textContent('#status') ?? '', /Found \d+ statements from \d+ sources/);
  assert.equal(await page.textContent('#masthead h1'), 'Lantern Bridge Repairs Delayed Until Spring, City Says');

  // every source type present in the article is coloured by its own class
  for (const type of ['named', 'anonymous', 'organization', 'document']) {
    assert.ok(await page.locator(`#article-body mark.q-${type}`).count() > 0, `${here}a ${type} statement is highlighted`);
  }
  const bg = await page.evaluate("getComputedStyle(document.querySelector('#article-body mark.q-named')).backgroundColor");
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)', `${here}report.css colours the marks`);

  // sources panel with counts, sourcing chart with sized bars, entities with aliases, relayed outlet
  assert.match(await page.textContent('#nl-sources') ?? '', /Sources \(\d+\)/);
  assert.match(await page.textContent('.sources') ?? '', /Priya Castellanos.*3 statements/s);
  const width = await page.$eval('.bar-fill.t-named', (b) => b.getBoundingClientRect().width);
  assert.ok(width > 10, `${here}the chart's bars have widths (${width}px)`);
  assert.match(await page.textContent('section[aria-labelledby="nl-entities"]') ?? '', /Priya Castellanos.*aka Castellanos/s);
  assert.match(await page.textContent('.callout') ?? '', /Relays reporting from: the Valley Ledger/);

  // click a statement: its details
  await page.click('#article-body mark.q-named >> text=We found more corrosion');
  const details = page.locator('#details');
  await details.waitFor({ state: 'visible' });
  const text = await details.textContent() ?? '';
  assert.match(text, /Statement \d+ of \d+/);
  assert.match(text, /Speaker\s*Priya Castellanos/);
  assert.match(text, /Cue\s*said/);
  assert.match(text, /Kind\s*direct/);
  assert.match(text, /Source\s*Priya Castellanos\s*named/);
  assert.ok(await page.locator('#article-body mark.q.selected').count() >= 1, `${here}the statement is outlined`);

  // the <script> in the article is text, and did not run
  assert.match(await page.textContent('#article-body') ?? '', /<script>window.__pwned = true<\/script>/);
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');

  mkdirSync(OUT_DIR, { recursive: true });
  const shot = resolve(OUT_DIR, 'viewer.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`# screenshot: ${shot}`);
  assert.deepEqual(problems, [], `${here}no console errors or CSP violations`);
  await page.close();
});

test(`${here}keyboard: tab to a statement, Enter shows details, Escape closes them`, { skip: skip ?? false }, async () => {
  const page = await openViewer();
  await analyse(page);
  // Tab from the Analyse button until focus lands on a highlighted statement.
  await page.focus('#analyse');
  let onMark = false;
  for (let i = 0; i < 40 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(FOCUS_ON_MARK);
  }
  assert.ok(onMark, `${here}a statement is reachable with Tab`);
  await page.keyboard.press('Enter');
  await page.locator('#details').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.locator('#details').waitFor({ state: 'hidden' });
  assert.ok(await page.evaluate(FOCUS_ON_MARK), `${here}focus returns to the statement`);
  // a statement listed under its source jumps to it in the article
  await page.click('.sources details summary >> nth=0');
  await page.click('.sources .stmts a >> nth=0');
  await page.locator('#details').waitFor({ state: 'visible' });
  assert.ok(await page.evaluate(FOCUS_ON_MARK));
  await page.close();
});

test(`${here}phone width: no sideways scrolling; errors show a message`, { skip: skip ?? false }, async () => {
  const page = await openViewer(375, 740);
  await analyse(page);
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as number;
  assert.ok(overflow <= 0, `${here}the page fits 375 px (overflows by ${overflow}px)`);
  await page.click('#article-body mark.q >> nth=0');
  const box = await page.locator('#details').boundingBox();
  assert.ok(box && box.y + box.height <= 740 + 1, `${here}details sit on screen`);
  mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(OUT_DIR, 'viewer-phone.png') });

  await page.fill('#article', '');
  await page.fill('#url', 'http://127.0.0.1:9/private');
  await page.click('#analyse');
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status') ?? '', /loopback\/private address.*--allow-private/);
  await page.close();
});
