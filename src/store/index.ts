// Opening a store by its address: a file path is SQLite (the default, embedded); a postgres://
// (or postgresql://) address is the PostgreSQL backend, for many workers writing one corpus.
import { NewslensError } from '../index.js';
import { SqliteStore, type SqliteOptions } from './sqlite.js';
import type { Store } from './store.js';

export type * from './store.js';
export { SqliteStore } from './sqlite.js';

export type StoreOptions = SqliteOptions & { poolSize?: number };

export const isPostgresAddress = (address: string): boolean => /^postgres(ql)?:\/\//i.test(address);

export async function openStore(address: string, opts: StoreOptions = {}): Promise<Store> {
  if (isPostgresAddress(address)) {
    const { PostgresStore, redact } = await import('./postgres.js');
    try {
      return await PostgresStore.open(address, opts);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      throw new NewslensError('UNREADABLE', /ECONNREFUSED|ENOTFOUND|does not exist|authentication/i.test(msg) ? `cannot open the PostgreSQL database (${msg})` : msg, redact(address));
    }
  }
  try {
    return new SqliteStore(address, opts);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new NewslensError('UNREADABLE', /unable to open|does not exist/i.test(msg) ? 'cannot open the database' : msg, address);
  }
}
