import type { EntityManager } from 'typeorm';
import type { Context } from '../graphql/context.js';
import type { UserError } from '../graphql/user-error.js';
import { DomainError } from './domain-error.js';
import { Mutex } from './mutex.js';

export interface MutationOutcome<T> {
  value: T | null;
  userErrors: UserError[];
}

// better-sqlite3 gives TypeORM one shared connection: transactions must not interleave on it (the audit log's writer takes it too).
export const sqliteWriteLock = new Mutex();

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

export function toUserError(error: DomainError, ctx: Pick<Context, 'locale'>): UserError {
  return { code: error.code, message: error.messages[ctx.locale], field: error.field };
}

/**
 * Runs a mutation's work in one transaction. A DomainError rolls everything back and comes out as
 * `userErrors`, so a rejected mutation never leaves a partial write.
 */
export async function runMutation<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<MutationOutcome<T>> {
  const transaction = () => ctx.db.transaction((tx) => work(tx));
  try {
    const value = ctx.engine === 'sqlite' ? await sqliteWriteLock.run(transaction) : await transaction();
    ctx.loaders.clearAll();
    return { value, userErrors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { value: null, userErrors: [toUserError(error, ctx)] };
    if (isUniqueViolation(error)) {
      return {
        value: null,
        userErrors: [{ code: 'DUPLICATE', field: null, message: ctx.locale === 'da' ? 'Findes allerede.' : 'Already exists.' }],
      };
    }
    throw error;
  }
}
