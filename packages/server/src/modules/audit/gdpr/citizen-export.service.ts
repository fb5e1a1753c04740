import { danishParts } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../auth/viewer.js';
import { nowInstant } from '../../../db/columns.js';
import { CitizenErasureRow } from '../audit.entities.js';
import type { Citizen } from '../../citizens/citizen.entity.js';
import { loadCitizenRecords } from './citizen-records.js';

/*
 * GDPR art. 15 (and 20): all data stored about a citizen as one JSON document, table by table, with row ids,
 * so the authority can hand it to the citizen. Form answers and contract snapshots are included as stored.
 */

export interface DataExport {
  fileName: string;
  contentType: string;
  content: string;
}

const plain = <T extends object>(rows: T[]) => rows.map((row) => ({ ...row }));

export async function exportCitizenData(db: DataSource, viewer: Viewer, citizen: Citizen): Promise<DataExport> {
  const records = await loadCitizenRecords(db, citizen);
  const erasure = await db.getRepository(CitizenErasureRow).findOneBy({ citizenId: citizen.rowId });
  const exportedAt = nowInstant();
  const document = {
    format: 'treklang-citizen-export',
    formatVersion: 1,
    exportedAt,
    exportedBy: { userId: viewer.user.rowId, organizationId: viewer.organization.rowId },
    erasedAt: erasure?.erasedAt ?? null,
    citizen: { ...records.citizen },
    orders: plain(records.orders),
    contracts: plain(records.contracts),
    contractVersions: plain(records.contractVersions),
    goals: plain(records.goals),
    subGoals: plain(records.subGoals),
    measurements: plain(records.measurements),
    followUpMeetings: plain(records.followUpMeetings),
    invitationReplies: plain(records.invitationReplies),
    statusNotes: plain(records.statusNotes),
    goalStatusReports: plain(records.goalStatusReports),
    changeNotices: plain(records.changeNotices),
    consents: plain(records.consents),
    formResponses: plain(records.formResponses),
  };
  return {
    fileName: `borgerdata-${citizen.rowId}-${danishParts(exportedAt).date}.json`,
    contentType: 'application/json; charset=utf-8',
    content: JSON.stringify(document, null, 2),
  };
}
