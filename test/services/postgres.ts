// A throwaway PostgreSQL cluster on loopback: initdb into a temp directory, pg_ctl start on a free
// port, stopped and removed after the test. PostgreSQL refuses to run as root, so as root the
// cluster runs as the `postgres` user (Debian's package creates it) via runuser, owning its directory.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinDir } from './binaries.js';
import { freePort, waitFor } from './ports.js';

export interface PostgresService {
  /** postgres:// address of the cluster's `postgres` database */
  url: string;
  /** creates a fresh database and returns its address */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = 'newslens';

export async function startPostgres(): Promise<PostgresService> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL (initdb, pg_ctl) is not installed');
  const root = mkdtempSync(join(tmpdir(), 'newslens-pg-'));
  const data = join(root, 'data');
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
    chmodSync(root, 0o700);
  }
  const run = (cmd: string, args: string[]): void => {
    const full = join(bin, cmd);
    execFileSync(asRoot ? 'runuser' : full, asRoot ? ['-u', 'postgres', '--', full, ...args] : args, { stdio: 'pipe', cwd: root });
  };
  run('initdb', ['-D', data, '-U', USER, '--auth=trust', '--no-sync', '--locale=C.UTF-8', '--encoding=UTF8']);
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${root} -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', opts, '-l', join(root, 'log'), '-w', 'start']);
  const url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
  await waitFor(`postgres on port ${port}`, async () => {
    const c = new pg.Client({ connectionString: url });
    try { await c.connect(); return true; } finally { await c.end().catch(() => undefined); }
  });
  return {
    url,
    async createDatabase(name) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try { await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`); } finally { await c.end(); }
      return `postgres://${USER}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already down */ }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
