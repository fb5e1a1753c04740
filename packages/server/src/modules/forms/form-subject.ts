import type { FormRole } from '@treklang/schema';
import type { DataSource, EntityManager } from 'typeorm';
import { caseScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { Citizen } from '../citizens/citizen.entity.js';
import { findVisibleCitizen } from '../citizens/citizen.scope.js';
import type { Contract } from '../contracts/contract.entity.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import type { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { findVisibleMeeting } from '../follow-ups/follow-up.scope.js';
import { FormSubjectType, SUBJECT_NODE_TYPE } from './form.enums.js';

/** The object a response is about, loaded and checked against the viewer's scope. */
export type FormSubject =
  | { type: FormSubjectType.CITIZEN; rowId: string; authorityId: string; citizen: Citizen }
  | { type: FormSubjectType.CONTRACT; rowId: string; authorityId: string; contract: Contract }
  | { type: FormSubjectType.MEETING; rowId: string; authorityId: string; meeting: FollowUpMeeting; contract: Contract };

/** The subject kind a global ID names, or null when it names no subject type. */
export function decodeSubjectId(globalId: string): { type: FormSubjectType; rowId: string } | null {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return null;
  const type = (Object.keys(SUBJECT_NODE_TYPE) as FormSubjectType[]).find((kind) => SUBJECT_NODE_TYPE[kind] === decoded.type);
  return type ? { type, rowId: decoded.id } : null;
}

/** Loads the subject when the viewer may see it: the citizen, contract or meeting scope rules decide. */
export async function findVisibleSubject(db: DataSource | EntityManager, viewer: Viewer, type: FormSubjectType, rowId: string): Promise<FormSubject | null> {
  switch (type) {
    case FormSubjectType.CITIZEN: {
      const citizen = await findVisibleCitizen(db, viewer, rowId);
      return citizen ? { type, rowId, authorityId: citizen.authorityId, citizen } : null;
    }
    case FormSubjectType.CONTRACT: {
      const contract = await findVisibleContract(db, viewer, rowId);
      return contract ? { type, rowId, authorityId: contract.authorityId, contract } : null;
    }
    case FormSubjectType.MEETING: {
      const found = await findVisibleMeeting(db, viewer, rowId);
      return found ? { type, rowId, authorityId: found.contract.authorityId, meeting: found.meeting, contract: found.contract } : null;
    }
    default:
      return null;
  }
}

/** The form role the viewer fills as: AUTHORITY for authority users, PROVIDER for provider users; null for none (managers). */
export function formRoleOf(viewer: Viewer): FormRole | null {
  const scope = caseScope(viewer);
  return scope ? scope.side : null;
}
