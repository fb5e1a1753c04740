import type { DataSource, EntityManager } from 'typeorm';
import { sqliteWriteLock } from '../common/mutation.js';

/**
 * A small write made while authenticating (a failed-login count, a token's last use), in its own transaction on the
 * writing connection. On SQLite it waits its turn with the mutations and the audit writer, which share one connection.
 */
export function authWrite<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const run = () => db.transaction(work);
  return db.options.type === 'better-sqlite3' ? sqliteWriteLock.run(run) : run();
}
