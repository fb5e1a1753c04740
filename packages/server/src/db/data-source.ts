import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export type Engine = 'sqlite' | 'postgres';

export function engineOf(databaseUrl: string): Engine {
  if (databaseUrl.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgres';
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}

function optionsFor(databaseUrl: string, logging: boolean): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging } as const;
  if (engineOf(databaseUrl) === 'postgres') {
    return { ...common, type: 'postgres', url: databaseUrl, extra: { max: 20 } };
  }
  const path = databaseUrl.slice('sqlite:'.length);
  return {
    ...common,
    type: 'better-sqlite3',
    database: path === ':memory:' ? ':memory:' : path,
    enableWAL: path !== ':memory:',
    timeout: 5000,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
    },
  };
}

/** Opens the database and applies pending migrations. */
export async function openDatabase(databaseUrl: string, options: { logging?: boolean } = {}): Promise<DataSource> {
  const dataSource = new DataSource(optionsFor(databaseUrl, options.logging ?? false));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
