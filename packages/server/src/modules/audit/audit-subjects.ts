import type { DataSource, EntityManager } from 'typeorm';
import type { Engine } from '../../db/data-source.js';
import type { AuditObjectRef } from './audit-draft.js';

/*
 * Which citizens an entry concerns, so a citizen's access log (GDPR art. 15) finds every entry that touched
 * their data, whichever object it was. One query per object type touched, each following the object's
 * references to its citizen.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** FROM/JOIN clause per GraphQL type; `x` is the object's table, the query selects `citizen_id`. */
const VIA_CONTRACT = 'JOIN contract c ON c.id = x.contract_id';
const SOURCES: Record<string, { from: string; citizen: string }> = {
  Contract: { from: 'contract x', citizen: 'x.citizen_id' },
  Order: { from: 'purchase_order x', citizen: 'x.citizen_id' },
  Consent: { from: 'consent x', citizen: 'x.citizen_id' },
  ContractVersion: { from: `contract_version x ${VIA_CONTRACT}`, citizen: 'c.citizen_id' },
  Goal: { from: `goal x ${VIA_CONTRACT}`, citizen: 'c.citizen_id' },
  FollowUpMeeting: { from: `follow_up_meeting x ${VIA_CONTRACT}`, citizen: 'c.citizen_id' },
  StatusNote: { from: `status_note x ${VIA_CONTRACT}`, citizen: 'c.citizen_id' },
  InvitationReply: { from: 'invitation_reply x JOIN follow_up_meeting f ON f.id = x.meeting_id JOIN contract c ON c.id = f.contract_id', citizen: 'c.citizen_id' },
  ChangeNotice: { from: `change_notice x ${VIA_CONTRACT}`, citizen: 'c.citizen_id' },
  SubGoal: { from: 'sub_goal x JOIN goal g ON g.id = x.goal_id JOIN contract c ON c.id = g.contract_id', citizen: 'c.citizen_id' },
  Measurement: { from: 'measurement x JOIN goal g ON g.id = x.goal_id JOIN contract c ON c.id = g.contract_id', citizen: 'c.citizen_id' },
  GoalStatusReport: { from: 'goal_status x JOIN goal g ON g.id = x.goal_id JOIN contract c ON c.id = g.contract_id', citizen: 'c.citizen_id' },
  FormResponse: {
    from: `form_response x
      LEFT JOIN contract c1 ON x.subject_type = 'CONTRACT' AND c1.id = x.subject_id
      LEFT JOIN follow_up_meeting f ON x.subject_type = 'MEETING' AND f.id = x.subject_id
      LEFT JOIN contract c2 ON c2.id = f.contract_id`,
    citizen: "CASE WHEN x.subject_type = 'CITIZEN' THEN x.subject_id ELSE COALESCE(c1.citizen_id, c2.citizen_id) END",
  },
};

/** Placeholders for `count` parameters in the engine's syntax. */
function placeholders(engine: Engine, count: number): string {
  return Array.from({ length: count }, (_, i) => (engine === 'postgres' ? `$${i + 1}` : '?')).join(', ');
}

/** Row ids of the citizens the objects belong to. */
export async function citizensOf(db: DataSource | EntityManager, engine: Engine, objects: AuditObjectRef[]): Promise<string[]> {
  const citizens = new Set<string>();
  const byType = new Map<string, Set<string>>();
  for (const object of objects) {
    if (object.type === 'Citizen') citizens.add(object.id);
    else if (SOURCES[object.type] && UUID.test(object.id)) {
      if (!byType.has(object.type)) byType.set(object.type, new Set());
      byType.get(object.type)?.add(object.id);
    }
  }
  for (const [type, idSet] of byType) {
    const source = SOURCES[type];
    const ids = [...idSet];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows: { citizen_id: string | null }[] = await db.query(
        `SELECT ${source.citizen} AS citizen_id FROM ${source.from} WHERE x.id IN (${placeholders(engine, chunk.length)})`,
        chunk,
      );
      for (const row of rows) if (row.citizen_id) citizens.add(row.citizen_id);
    }
  }
  return [...citizens].sort();
}
