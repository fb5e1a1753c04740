import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

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
      const rows = await this.db.getRepository(entity).createQueryBuilder('e').where('e.rowId IN (:...ids)', { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((row) => [row.rowId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Rows whose `property` equals the key, ordered by `orderBy` then creation. */
  manyBy<T extends ObjectLiteral>(entity: EntityTarget<T>, property: keyof T & string, orderBy?: keyof T & string): DataLoader<string, T[]> {
    return this.loader(`many:${this.nameOf(entity)}:${property}:${orderBy ?? ''}`, async (keys) => {
      const query = this.db.getRepository(entity).createQueryBuilder('e').where(`e.${property} IN (:...keys)`, { keys: [...keys] });
      if (orderBy) query.orderBy(`e.${orderBy}`, 'ASC').addOrderBy('e.createdAt', 'ASC');
      else query.orderBy('e.createdAt', 'ASC');
      const rows = await query.addOrderBy('e.rowId', 'ASC').getMany();
      const grouped = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) grouped.get(row[property] as string)?.push(row);
      return keys.map((key) => grouped.get(key) ?? []);
    });
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
