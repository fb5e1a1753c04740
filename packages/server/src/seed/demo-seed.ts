import type { DataSource } from 'typeorm';
import { Organization } from '../modules/organizations/organization.entity.js';

/** Loads the demo data when the database has no organisations; returns whether it did. */
export async function seedDemoDataIfEmpty(db: DataSource): Promise<boolean> {
  if ((await db.getRepository(Organization).count()) > 0) return false;
  return false;
}
