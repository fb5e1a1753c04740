import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { Contract } from '../contracts/contract.entity.js';
import { FormTemplate } from './form-template.entity.js';

/**
 * Templates apply per authority: the built-in ones plus the authority's own versions. For an authority
 * user that is their own authority; provider users see the built-in ones in lists, and a response uses the
 * versions of its subject's authority.
 */
export function templateAuthorityOf(viewer: Viewer): string | null {
  return viewer.organization.kind === 'AUTHORITY' ? viewer.organization.rowId : null;
}

async function templatesInScope(db: DataSource | EntityManager, authorityId: string | null, key?: string): Promise<FormTemplate[]> {
  const query = db.getRepository(FormTemplate).createQueryBuilder('t');
  if (authorityId) query.where('(t.authorityId IS NULL OR t.authorityId = :authorityId)', { authorityId });
  else query.where('t.authorityId IS NULL');
  if (key !== undefined) query.andWhere('t.key = :key', { key });
  return query.orderBy('t.key', 'ASC').addOrderBy('t.version', 'ASC').getMany();
}

/** Of two rows with the same key and version, the authority's own wins over the built-in one. */
function better(a: FormTemplate, b: FormTemplate | undefined): boolean {
  if (!b) return true;
  if (a.version !== b.version) return a.version > b.version;
  return a.authorityId !== null && b.authorityId === null;
}

/** The latest version of each key in the scope, ordered by key. */
export async function latestTemplates(db: DataSource | EntityManager, authorityId: string | null): Promise<FormTemplate[]> {
  const latest = new Map<string, FormTemplate>();
  for (const template of await templatesInScope(db, authorityId)) {
    if (better(template, latest.get(template.key))) latest.set(template.key, template);
  }
  return [...latest.values()];
}

/** One version of a key in the scope, or the latest when `version` is null; null when there is none. */
export async function findTemplate(db: DataSource | EntityManager, authorityId: string | null, key: string, version: number | null): Promise<FormTemplate | null> {
  let found: FormTemplate | undefined;
  for (const template of await templatesInScope(db, authorityId, key)) {
    if (version !== null && template.version !== version) continue;
    if (better(template, found)) found = template;
  }
  return found ?? null;
}

/** The highest version number of a key among the built-in templates and the authority's own. */
export async function highestVersion(db: DataSource | EntityManager, authorityId: string, key: string): Promise<number> {
  const rows = await templatesInScope(db, authorityId, key);
  return rows.reduce((max, row) => Math.max(max, row.version), 0);
}

/** A template is not personal data, but an authority's own versions are shown only to that authority and the providers it has contracts with. */
export async function templateVisible(db: DataSource | EntityManager, viewer: Viewer, template: FormTemplate): Promise<boolean> {
  if (template.authorityId === null || template.authorityId === viewer.organization.rowId) return true;
  if (viewer.organization.kind !== 'PROVIDER') return false;
  return db.getRepository(Contract).existsBy({ authorityId: template.authorityId, providerId: viewer.organization.rowId });
}
