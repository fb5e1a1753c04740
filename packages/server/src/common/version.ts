import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CommonErrors } from './domain-error.js';

/**
 * Claims the next version of a document: UPDATE ... WHERE version = expected. Exactly one of several
 * concurrent writers with the same expected version wins; the others get VERSION_CONFLICT.
 */
export async function claimVersion<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  rowId: string,
  expectedVersion: number,
  what: string,
): Promise<number> {
  const result = await tx
    .createQueryBuilder()
    .update(entity)
    .set({ version: () => 'version + 1' } as never)
    .where('id = :rowId AND version = :expectedVersion', { rowId, expectedVersion })
    .execute();
  if (result.affected === 1) return expectedVersion + 1;
  const current = await tx.getRepository(entity).createQueryBuilder('e').where('e.rowId = :rowId', { rowId }).getOne();
  if (!current) throw CommonErrors.notFound(what);
  throw CommonErrors.versionConflict(what, current.version as number);
}
