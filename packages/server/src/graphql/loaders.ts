import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { hydrate, inListStatement } from './lean-rows.js';

/**
 * Per-request DataLoaders: fields that fetch related rows batch them into one query per level,
 * so a page of contracts with goals, sub-goals and measurements costs a fixed number of queries.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: DataSource) {}

  /** Rows by primary key; null where absent. */
  byId<T extends ObjectLiteral & { rowId: string }>(entity: EntityTarget<T>): DataLoader<string, T | null> {
    return this.loader(`id:${this.nameOf(entity)}`, async (ids) => {
      const rows = await this.rowsWhereIn<T>(entity, 'rowId', [], ids);
      const byId = new Map(rows.map((row) => [row.rowId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Rows whose `property` equals the key, ordered by `orderBy` then creation. */
  manyBy<T extends ObjectLiteral>(entity: EntityTarget<T>, property: keyof T & string, orderBy?: keyof T & string): DataLoader<string, T[]> {
    return this.loader(`many:${this.nameOf(entity)}:${property}:${orderBy ?? ''}`, async (keys) => {
      const rows = await this.rowsWhereIn<T>(entity, property, orderBy ? [orderBy, 'createdAt', 'rowId'] : ['createdAt', 'rowId'], keys);
      const grouped = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) grouped.get(row[property] as string)?.push(row);
      return keys.map((key) => grouped.get(key) ?? []);
    });
  }

  /** Rows whose `property` is one of `keys`, through a statement built once per shape and lean hydration. */
  private async rowsWhereIn<T extends ObjectLiteral>(entity: EntityTarget<T>, property: string, orderBy: string[], keys: readonly string[]): Promise<T[]> {
    const sql = inListStatement(this.db, entity, property, orderBy, keys.length);
    const rows = (await this.db.query(sql, [...keys])) as Record<string, unknown>[];
    return hydrate<T>(this.db, this.db.getMetadata(entity), 'e', rows);
  }

  private nameOf(entity: EntityTarget<unknown>): string {
    return this.db.getMetadata(entity).name;
  }

  private loader<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Forgets cached rows after a write so the payload shows the new state. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}
