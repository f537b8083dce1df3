// Launching Debian's chromium for browser tests (never a downloaded browser). Outside CI a missing
// /usr/bin/chromium skips the browser tests with a message; in CI (.ci/run installs it) it fails.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.NEWSLENS_CHROMIUM ?? '/usr/bin/chromium';

/** The reason to skip, or null when the browser tests can run. */
export function skipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: .ci/run should have installed it with apt-get`);
  return `browser tests skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`;
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
