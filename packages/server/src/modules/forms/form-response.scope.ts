import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { FormResponse } from './form-response.entity.js';
import { findVisibleSubject, type FormSubject } from './form-subject.js';

/** A response is visible to whoever may see its subject (citizen, contract or meeting). */
export async function findVisibleResponse(
  db: DataSource | EntityManager,
  viewer: Viewer,
  rowId: string,
): Promise<{ response: FormResponse; subject: FormSubject } | null> {
  const response = await db.getRepository(FormResponse).findOneBy({ rowId });
  if (!response) return null;
  const subject = await findVisibleSubject(db, viewer, response.subjectType, response.subjectRowId);
  return subject ? { response, subject } : null;
}
