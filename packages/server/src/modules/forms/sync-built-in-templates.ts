import { BUILT_IN_TEMPLATES, type FormDefinition } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { newId, nowInstant } from '../../db/columns.js';
import { FormTemplate } from './form-template.entity.js';

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

/**
 * Makes sure every built-in template version (packages/schema BUILT_IN_TEMPLATES) is stored, so that
 * responses can point at the exact version they were started on. Idempotent: a missing version is
 * inserted, a changed one updated, an unchanged one left alone. Run on start (main.ts) and in tests.
 */
export async function syncBuiltInTemplates(db: DataSource, templates: readonly FormDefinition[] = BUILT_IN_TEMPLATES): Promise<{ inserted: number; updated: number }> {
  const repository = db.getRepository(FormTemplate);
  let inserted = 0;
  let updated = 0;
  for (const definition of templates) {
    const existing = await repository.createQueryBuilder('t').where('t.key = :key AND t.version = :version AND t.authorityId IS NULL', { key: definition.key, version: definition.version }).getOne();
    if (!existing) {
      const at = nowInstant();
      try {
        await repository.insert({
          rowId: newId(),
          key: definition.key,
          version: definition.version,
          authorityId: null,
          title: definition.title.da,
          definition,
          publishedAt: at,
          publishedById: null,
          createdAt: at,
        });
        inserted += 1;
      } catch (error) {
        // Another process started at the same moment and stored it first.
        if (!isUniqueViolation(error)) throw error;
      }
    } else if (JSON.stringify(existing.definition) !== JSON.stringify(definition) || existing.title !== definition.title.da) {
      await repository.update({ rowId: existing.rowId }, { definition, title: definition.title.da });
      updated += 1;
    }
  }
  return { inserted, updated };
}
