import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { caseScope } from '../../../auth/policy.js';
import type { Viewer } from '../../../auth/viewer.js';
import type { ServiceType } from '../../../common/enums.js';
import { paginate, type Connection, type PageArgs } from '../../../graphql/connection.js';
import { Contract } from '../../contracts/contract.entity.js';
import { FollowUpMeeting } from '../../follow-ups/follow-up-meeting.entity.js';
import { todayInDenmark } from '../../follow-ups/follow-up.service.js';
import { aggregateQuery, withoutJit } from '../aggregate-query.js';
import { aggregateScope, type AggregateScope } from '../aggregate-scope.js';
import { organizationRowId } from '../progression.service.js';
import { isSmall } from '../suppression.js';
import type { TimelinessFilter } from './dto/timeliness.filter.js';
import { lateItemIds, TIMELINESS_COLUMN, timelinessSql, type TimelinessCriteria, type TimelinessMeasure, type TimelinessRow } from './timeliness.sql.js';
import { TimelinessDimension, TimelinessGroup, TimelinessReport, TimelinessShare } from './timeliness.types.js';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const MEASURE_FIELD: Record<TimelinessMeasure, 'statusNotes' | 'subGoalApprovals' | 'meetings'> = {
  STATUS_NOTES: 'statusNotes',
  SUB_GOALS: 'subGoalApprovals',
  MEETINGS: 'meetings',
};

function share(row: TimelinessRow | undefined): TimelinessShare {
  const citizens = row ? Number(row.citizens) : 0;
  if (isSmall(citizens)) return { suppressed: true, citizens: null, onTime: null, total: null, late: null, share: null };
  const total = row ? Number(row.total) : 0;
  const onTime = row?.on_time == null ? 0 : Number(row.on_time);
  return { suppressed: false, citizens, onTime, total, late: total - onTime, share: total ? onTime / total : null };
}

function groupOf(key: Record<string, string | null>, rows: Map<TimelinessMeasure, TimelinessRow>): TimelinessGroup {
  const group = Object.assign(new TimelinessGroup(), {
    authorityId: key.authority_id,
    providerId: key.provider_id,
    serviceType: key.service_type as ServiceType | null,
    quarter: key.quarter,
  });
  for (const measure of Object.keys(MEASURE_FIELD) as TimelinessMeasure[]) group[MEASURE_FIELD[measure]] = share(rows.get(measure));
  return group;
}

export interface TimelinessArgs {
  filter: TimelinessFilter | null;
  groupBy: TimelinessDimension[];
}

function criteriaOf(filter: TimelinessFilter | null): Omit<TimelinessCriteria, 'scope'> {
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && from > to) throw badInput('`filter.from` must be on or before `filter.to`');
  return {
    today: filter?.today ?? todayInDenmark(),
    authorityId: filter?.authority != null ? organizationRowId(filter.authority) : null,
    providerId: filter?.provider != null ? organizationRowId(filter.provider) : null,
    serviceTypes: [...new Set(filter?.serviceTypes ?? [])],
    from,
    to,
  };
}

const DIMENSION_ORDER = Object.values(TimelinessDimension);

/** The timeliness shares of the viewer's organisation's cases, in one statement. */
export async function timelinessReport(db: DataSource, viewer: Viewer, args: TimelinessArgs): Promise<TimelinessReport> {
  const groupBy = [...new Set(args.groupBy)];
  const criteria = criteriaOf(args.filter);
  const { sql, params } = timelinessSql({ ...criteria, scope: aggregateScope(viewer) }, groupBy);
  const rows = await aggregateQuery<TimelinessRow>(db, sql, params);
  const keyColumns = DIMENSION_ORDER.map((d) => TIMELINESS_COLUMN[d]) as (keyof TimelinessRow)[];
  const groups = new Map<string, { key: Record<string, string | null>; rows: Map<TimelinessMeasure, TimelinessRow> }>();
  const totals = new Map<TimelinessMeasure, TimelinessRow>();
  for (const row of rows) {
    if (row.row_kind === 'T') {
      totals.set(row.measure, row);
      continue;
    }
    const key = Object.fromEntries(keyColumns.map((c) => [c, row[c] as string | null]));
    const text = JSON.stringify(groupBy.map((d) => key[TIMELINESS_COLUMN[d]]));
    const entry = groups.get(text) ?? { key, rows: new Map() };
    entry.rows.set(row.measure, row);
    groups.set(text, entry);
  }
  const total = groupOf({ authority_id: null, provider_id: null, service_type: null, quarter: null }, totals);
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => groupOf(g.key, g.rows));
  return Object.assign(new TimelinessReport(), { groups: groupBy.length ? sorted : [total], total, groupBy, today: criteria.today, criteria });
}

/** The viewer's own cases as an aggregate scope, or null for roles without case access (managers). */
function listScope(viewer: Viewer): AggregateScope | null {
  const scope = caseScope(viewer);
  if (!scope) return null;
  return { side: scope.side, column: scope.side === 'AUTHORITY' ? 'authority_id' : 'provider_id', organizationId: scope.organizationId };
}

async function lateList<T extends ObjectLiteral & { createdAt: string; rowId: string }>(
  db: DataSource,
  viewer: Viewer,
  report: TimelinessReport,
  measure: TimelinessMeasure,
  query: (db: DataSource | EntityManager) => SelectQueryBuilder<T>,
  alias: string,
  page: PageArgs,
): Promise<Connection<T> | null> {
  const scope = listScope(viewer);
  if (!scope) return null;
  const late = lateItemIds(measure, { ...report.criteria, scope });
  return withoutJit(db, (runner) => paginate(query(runner).where(`${alias}.rowId IN (${late.sql})`, late.params), alias, page));
}

/** Meetings whose written status came late or not at all (the meeting's `statusNote` is null when missing). */
export function lateStatusNoteMeetings(db: DataSource, viewer: Viewer, report: TimelinessReport, page: PageArgs): Promise<Connection<FollowUpMeeting> | null> {
  return lateList(db, viewer, report, 'STATUS_NOTES', (d) => d.getRepository(FollowUpMeeting).createQueryBuilder('meeting'), 'meeting', page);
}

/** Contracts whose sub-goals were not all approved within 3 months of the start. */
export function lateSubGoalContracts(db: DataSource, viewer: Viewer, report: TimelinessReport, page: PageArgs): Promise<Connection<Contract> | null> {
  return lateList(db, viewer, report, 'SUB_GOALS', (d) => d.getRepository(Contract).createQueryBuilder('contract'), 'contract', page);
}

/** Meetings held after their scheduled day, or not held although the day has passed. */
export function lateMeetings(db: DataSource, viewer: Viewer, report: TimelinessReport, page: PageArgs): Promise<Connection<FollowUpMeeting> | null> {
  return lateList(db, viewer, report, 'MEETINGS', (d) => d.getRepository(FollowUpMeeting).createQueryBuilder('meeting'), 'meeting', page);
}
