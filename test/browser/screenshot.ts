// Takes the README's picture of the viewer from our own authored article:
//   node --import tsx test/browser/screenshot.ts docs/viewer.png
import { readFileSync } from 'node:fs';
import { createServer } from '../../src/server/index.js';
import { launch, skipReason } from './browser.js';

const out = process.argv[2] ?? 'docs/viewer.png';
const skip = skipReason();
if (skip) throw new Error(skip);
const app = await createServer({ logger: false, workers: 1 });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${base}/`);
  await page.fill('#article', readFileSync(new URL('./fixtures/lantern-bridge.txt', import.meta.url), 'utf8'));
  await page.click('#analyse');
  await page.waitForSelector('#article-body mark.q');
  await page.click('#article-body mark.q-anonymous >> text=the repairs could cost');
  await page.evaluate("document.querySelector('#masthead').scrollIntoView()");
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await app.close();
}
