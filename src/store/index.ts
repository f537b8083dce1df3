// Opening a store by its address: a file path is SQLite (the default, embedded); a postgres://
// address is reserved for the PostgreSQL backend (issue 8).
import { NewslensError } from '../index.js';
import { SqliteStore, type SqliteOptions } from './sqlite.js';
import type { Store } from './store.js';

export type * from './store.js';
export { SqliteStore } from './sqlite.js';

export async function openStore(address: string, opts: SqliteOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(address)) {
    throw new NewslensError('USAGE', 'the PostgreSQL store is not available yet; give a SQLite file path', address);
  }
  try {
    return new SqliteStore(address, opts);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new NewslensError('UNREADABLE', /unable to open|does not exist/i.test(msg) ? 'cannot open the database' : msg, address);
  }
}
