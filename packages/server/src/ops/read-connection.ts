import { DataSource } from 'typeorm';

/*
 * SQLite through better-sqlite3 gives TypeORM one connection. A mutation's transaction stays open across awaits,
 * and any read another request ran on that connection meanwhile saw its uncommitted rows (rows that a rejected
 * mutation then rolled back). With a file database in WAL mode, reads outside transactions therefore go to a
 * second, read-only connection, which sees committed data only; transactions stay on the writer.
 * PostgreSQL needs none of this: every transaction has its own pooled connection.
 */

/** A second, read-only connection to the same SQLite file, or null when not needed (PostgreSQL, :memory:). */
export async function openReadConnection(writer: DataSource): Promise<DataSource | null> {
  const options = writer.options;
  if (options.type !== 'better-sqlite3' || options.database === ':memory:' || !options.enableWAL) return null;
  const reader = new DataSource({
    ...options,
    readonly: true,
    fileMustExist: true,
    enableWAL: false,
    migrations: [],
    migrationsRun: false,
    synchronize: false,
    logging: false,
  });
  await reader.initialize();
  // One query log for both connections, so what the writer's logger sees (and tests count) includes reads.
  (reader as { logger: DataSource['logger'] }).logger = writer.logger;
  return reader;
}

/**
 * The DataSource resolvers get: reads go to `reader`, `transaction()` (used by runMutation) to `writer`.
 * Anything that would write outside a transaction fails on the read-only connection instead of slipping through.
 */
export function routeReads(writer: DataSource, reader: DataSource): DataSource {
  const transaction = writer.transaction.bind(writer);
  return new Proxy(reader, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
