import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import type { Contract } from '../contracts/contract.entity.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import { FollowUpMeeting } from './follow-up-meeting.entity.js';

/** A meeting is visible to whoever may see its contract: the authority's caseworkers and the provider's staff. */
export async function findVisibleMeeting(
  db: DataSource | EntityManager,
  viewer: Viewer,
  rowId: string,
): Promise<{ meeting: FollowUpMeeting; contract: Contract } | null> {
  const meeting = await db.getRepository(FollowUpMeeting).findOneBy({ rowId });
  if (!meeting) return null;
  const contract = await findVisibleContract(db, viewer, meeting.contractId);
  return contract ? { meeting, contract } : null;
}
