import { SUB_GOAL_APPROVAL_MONTHS, type IsoDate } from '@treklang/schema';
import type { AggregateScope } from '../aggregate-scope.js';
import { addMonthsAsInt, dayAsInt, isoDayToInt, quarterOfInt } from '../portable-sql.js';
import { TimelinessDimension } from './timeliness.types.js';

/** The deadlines a timeliness query covers. */
export interface TimelinessCriteria {
  scope: AggregateScope;
  today: IsoDate;
  authorityId: string | null;
  providerId: string | null;
  serviceTypes: string[];
  from: IsoDate | null;
  to: IsoDate | null;
}

export type TimelinessMeasure = 'STATUS_NOTES' | 'SUB_GOALS' | 'MEETINGS';

export interface SqlPart {
  sql: string;
  params: Record<string, unknown>;
}

/** Signed contracts of the scope and the filter, as conditions on contract alias `c`. */
function contractConditions(criteria: TimelinessCriteria): SqlPart {
  const conditions = [`c.status <> 'DRAFT'`, `c.${criteria.scope.column} = :tScope`];
  const params: Record<string, unknown> = { tScope: criteria.scope.organizationId };
  if (criteria.authorityId !== null) {
    conditions.push('c.authority_id = :tAuthority');
    params.tAuthority = criteria.authorityId;
  }
  if (criteria.providerId !== null) {
    conditions.push('c.provider_id = :tProvider');
    params.tProvider = criteria.providerId;
  }
  if (criteria.serviceTypes.length) {
    conditions.push('c.service_type IN (:...tServiceTypes)');
    params.tServiceTypes = criteria.serviceTypes;
  }
  return { sql: conditions.join(' AND '), params };
}

/** The date range on a due day held as YYYYMMDD. */
function dueRange(criteria: TimelinessCriteria, dueDay: string): SqlPart {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (criteria.from) {
    conditions.push(`${dueDay} >= :tFrom`);
    params.tFrom = isoDayToInt(criteria.from);
  }
  if (criteria.to) {
    conditions.push(`${dueDay} <= :tTo`);
    params.tTo = isoDayToInt(criteria.to);
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params };
}

const ITEM_COLUMNS = 'c.citizen_id, c.authority_id, c.provider_id, c.service_type';

/**
 * Each measure's settled deadlines, one row each: item_id (meeting or contract), the contract's citizen,
 * authority, provider and service type, due_day (YYYYMMDD) and on_time (1 or 0).
 */
export function deadlineItems(measure: TimelinessMeasure, criteria: TimelinessCriteria): SqlPart {
  const contract = contractConditions(criteria);
  const params: Record<string, unknown> = { ...contract.params, tToday: criteria.today, tTodayDay: isoDayToInt(criteria.today) };
  if (measure === 'STATUS_NOTES') {
    // Due 14 days before the meeting (stored with the meeting); counted once delivered or once the due day has passed.
    const due = dayAsInt('m.status_due_by');
    const range = dueRange(criteria, due);
    return {
      sql: `SELECT m.id AS item_id, ${ITEM_COLUMNS}, ${due} AS due_day, CASE WHEN n.on_time THEN 1 ELSE 0 END AS on_time
        FROM follow_up_meeting m JOIN contract c ON c.id = m.contract_id LEFT JOIN status_note n ON n.meeting_id = m.id
        WHERE ${contract.sql} AND (n.id IS NOT NULL OR m.status_due_by < :tToday)${range.sql}`,
      params: { ...params, ...range.params },
    };
  }
  if (measure === 'MEETINGS') {
    // On schedule: held on or before the scheduled day; counted once held or once the day has passed.
    const due = dayAsInt('m.scheduled_at');
    const range = dueRange(criteria, due);
    return {
      sql: `SELECT m.id AS item_id, ${ITEM_COLUMNS}, ${due} AS due_day,
          CASE WHEN m.held_at IS NOT NULL AND SUBSTR(m.held_at, 1, 10) <= SUBSTR(m.scheduled_at, 1, 10) THEN 1 ELSE 0 END AS on_time
        FROM follow_up_meeting m JOIN contract c ON c.id = m.contract_id
        WHERE ${contract.sql} AND (m.held_at IS NOT NULL OR SUBSTR(m.scheduled_at, 1, 10) < :tToday)${range.sql}`,
      params: { ...params, ...range.params },
    };
  }
  // Sub-goals approved within 3 months of the start: every goal the contract had by then (discontinued ones aside)
  // has a sub-goal approved on or before that day. Counted once met or once the day has passed. The due day is
  // worked out once per contract (a materialised CTE), not in every subquery that compares with it.
  const range = dueRange(criteria, 'd.due_day');
  return {
    sql: `WITH contract_due AS MATERIALIZED (
        SELECT c.id, ${ITEM_COLUMNS}, ${addMonthsAsInt('c.start_date', SUB_GOAL_APPROVAL_MONTHS)} AS due_day FROM contract c WHERE ${contract.sql}
      )
      SELECT item_id, citizen_id, authority_id, provider_id, service_type, due_day, on_time FROM (
        SELECT d.id AS item_id, d.citizen_id, d.authority_id, d.provider_id, d.service_type, d.due_day,
          CASE WHEN NOT EXISTS (
            SELECT 1 FROM goal g WHERE g.contract_id = d.id AND g.status <> 'DISCONTINUED' AND ${dayAsInt('g.created_at')} <= d.due_day
              AND NOT EXISTS (SELECT 1 FROM sub_goal s WHERE s.goal_id = g.id AND s.approval = 'APPROVED' AND ${dayAsInt('s.decided_at')} <= d.due_day)
          ) THEN 1 ELSE 0 END AS on_time
        FROM contract_due d
        WHERE 1 = 1${range.sql}
      ) approvals WHERE on_time = 1 OR due_day < :tTodayDay`,
    params: { ...params, ...range.params },
  };
}

/** The ids of the measure's late items (settled and not on time), for the lists. */
export function lateItemIds(measure: TimelinessMeasure, criteria: TimelinessCriteria): SqlPart {
  const items = deadlineItems(measure, criteria);
  return { sql: `SELECT item_id FROM (${items.sql}) items WHERE on_time = 0`, params: items.params };
}

export const TIMELINESS_COLUMN: Record<TimelinessDimension, string> = {
  AUTHORITY: 'authority_id',
  PROVIDER: 'provider_id',
  SERVICE_TYPE: 'service_type',
  QUARTER: 'quarter',
};

export interface TimelinessRow {
  row_kind: 'G' | 'T';
  measure: TimelinessMeasure;
  authority_id: string | null;
  provider_id: string | null;
  service_type: string | null;
  quarter: string | null;
  citizens: number | string;
  total: number | string;
  on_time: number | string | null;
}

/** One statement: per measure, the groups ('G') and the totals ('T'). */
export function timelinessSql(criteria: TimelinessCriteria, groupBy: readonly TimelinessDimension[]): SqlPart {
  const measures: TimelinessMeasure[] = ['STATUS_NOTES', 'SUB_GOALS', 'MEETINGS'];
  const parts = measures.map((measure) => ({ measure, part: deadlineItems(measure, criteria) }));
  const params = Object.assign({}, ...parts.map((p) => p.part.params)) as Record<string, unknown>;
  const items = parts
    .map(({ measure, part }) => `SELECT '${measure}' AS measure, citizen_id, authority_id, provider_id, service_type, due_day, on_time FROM (${part.sql}) x`)
    .join('\n    UNION ALL\n    ');
  const dimensions = Object.values(TimelinessDimension);
  const columns = (grouped: readonly TimelinessDimension[]) =>
    dimensions.map((d) => (grouped.includes(d) ? TIMELINESS_COLUMN[d] : `NULL AS ${TIMELINESS_COLUMN[d]}`)).join(', ');
  const metrics = 'COUNT(DISTINCT citizen_id) AS citizens, COUNT(*) AS total, SUM(on_time) AS on_time';
  const branches = [`SELECT 'T' AS row_kind, measure, ${columns([])}, ${metrics} FROM dimensioned GROUP BY measure`];
  if (groupBy.length) {
    branches.unshift(
      `SELECT 'G' AS row_kind, measure, ${columns(groupBy)}, ${metrics} FROM dimensioned GROUP BY measure, ${groupBy.map((d) => TIMELINESS_COLUMN[d]).join(', ')}`,
    );
  }
  const sql = `WITH items AS (
    ${items}
  ), dimensioned AS (
    SELECT measure, citizen_id, authority_id, provider_id, service_type, on_time, ${quarterOfInt('due_day')} AS quarter FROM items
  )
  ${branches.join('\n  UNION ALL\n  ')}`;
  return { sql, params };
}
