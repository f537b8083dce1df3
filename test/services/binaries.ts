// Where the service binaries are, and what a test does when they are missing: outside CI it
// skips with a message saying what to install; under CI (env CI set) a missing binary fails.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function redisServerBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/bin', '/usr/sbin')) {
    if (dir && existsSync(join(dir, 'redis-server'))) return join(dir, 'redis-server');
  }
  return null;
}

/** The bin folder of the newest PostgreSQL under /usr/lib/postgresql (Debian's layout), or of PG_BIN. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** `false` when the services are there; else a skip message (outside CI) — under CI it throws. */
export function servicesMissing(): string | false {
  const missing = [!redisServerBin() && 'redis-server', !postgresBinDir() && 'PostgreSQL (initdb, pg_ctl)'].filter(Boolean);
  if (!missing.length) return false;
  const msg = `${missing.join(' and ')} not installed: apt-get install redis-server postgresql (the queue tests need them)`;
  if (process.env.CI) throw new Error(`CI: ${msg}`);
  return msg;
}
