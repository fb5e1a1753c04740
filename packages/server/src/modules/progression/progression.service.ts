import { addDays, addMonths, LIMITS, SCALES, type IsoDate, type ScaleKey } from '@treklang/schema';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import type { GoalType, ServiceType } from '../../common/enums.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { aggregateQuery } from './aggregate-query.js';
import { aggregateScope, type AggregateScope } from './aggregate-scope.js';
import type { ProgressionFilter } from './dto/progression.filter.js';
import { DIMENSION_COLUMN, progressionSql, type ProgressionRow, type Restriction } from './progression.sql.js';
import { ProgressionDimension, ProgressionGroup, ProgressionReport } from './progression.types.js';
import { MINIMUM_CITIZENS, suppressedFlags, isSmall } from './suppression.js';

const MAX_KEY_LENGTH = 40;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The first day of the quarter a date is in. */
export function quarterStart(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

/** The last day of the quarter a date is in. */
export function quarterEnd(date: IsoDate): IsoDate {
  return addDays(addMonths(quarterStart(date), 3), -1);
}

/** An Organization ID from a filter, or '' (which matches no row) when malformed or of another type. */
export function organizationRowId(globalId: string): string {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === 'Organization' ? decoded.id : '';
}

/** The filter as restrictions on dimensions; a restriction that the viewer's scope already implies is left out. */
function restrictionsOf(filter: ProgressionFilter | null, scope: AggregateScope): { restrictions: Restriction[]; from: IsoDate | null; to: IsoDate | null } {
  const restrictions: Restriction[] = [];
  const authority = filter?.authority != null ? organizationRowId(filter.authority) : null;
  if (authority !== null && !(scope.side === 'AUTHORITY' && authority === scope.organizationId)) {
    restrictions.push({ dimension: ProgressionDimension.AUTHORITY, condition: 'authority_id = :filterAuthority', params: { filterAuthority: authority } });
  }
  const provider = filter?.provider != null ? organizationRowId(filter.provider) : null;
  if (provider !== null && !(scope.side === 'PROVIDER' && provider === scope.organizationId)) {
    restrictions.push({ dimension: ProgressionDimension.PROVIDER, condition: 'provider_id = :filterProvider', params: { filterProvider: provider } });
  }
  const themes = [...new Set(filter?.lifeThemes ?? [])];
  if (themes.length > LIMITS.maxListItems) throw badInput(`\`filter.lifeThemes\` may name at most ${LIMITS.maxListItems} themes`);
  if (themes.some((key) => key.length === 0 || key.length > MAX_KEY_LENGTH)) throw badInput('`filter.lifeThemes` holds life theme keys such as MENTAL_FUNCTIONS');
  if (themes.length) {
    restrictions.push({ dimension: ProgressionDimension.LIFE_THEME, condition: 'life_theme_key IN (:...filterThemes)', params: { filterThemes: themes } });
  }
  const serviceTypes = [...new Set(filter?.serviceTypes ?? [])];
  if (serviceTypes.length) {
    restrictions.push({ dimension: ProgressionDimension.SERVICE_TYPE, condition: 'service_type IN (:...filterServiceTypes)', params: { filterServiceTypes: serviceTypes } });
  }
  const from = filter?.from ? quarterStart(filter.from) : null;
  const to = filter?.to ? quarterEnd(filter.to) : null;
  if (from && to && from > to) throw badInput('`filter.from` must be on or before `filter.to`');
  if (from || to) {
    restrictions.push({
      dimension: ProgressionDimension.QUARTER,
      condition: [from ? 'last_date >= :filterFrom' : null, to ? 'last_date <= :filterTo' : null].filter(Boolean).join(' AND '),
      params: { ...(from ? { filterFrom: from } : {}), ...(to ? { filterTo: to } : {}) },
    });
  }
  return { restrictions, from, to };
}

const count = (value: number | string | null): number => (value === null ? 0 : Number(value));

interface RawGroup {
  key: (string | null)[];
  row: ProgressionRow;
  smallestCell: number | null;
}

function toGroup(row: ProgressionRow, suppressed: boolean, higherIsBetter: boolean): ProgressionGroup {
  const group = Object.assign(new ProgressionGroup(), {
    authorityId: row.authority_id,
    providerId: row.provider_id,
    lifeThemeKey: row.life_theme_key,
    serviceType: row.service_type as ServiceType | null,
    goalType: row.goal_type as GoalType | null,
    quarter: row.quarter,
    suppressed,
  });
  if (suppressed) {
    return Object.assign(group, {
      citizens: null, goals: null, goalsAchieved: null, goalsMeasured: null, meanBaseline: null, meanLatest: null, meanChange: null, improved: null, unchanged: null, declined: null,
    });
  }
  const measured = count(row.goals_measured);
  const sumBaseline = count(row.sum_baseline);
  const sumLatest = count(row.sum_latest);
  return Object.assign(group, {
    citizens: count(row.citizens),
    goals: count(row.goals),
    goalsAchieved: count(row.goals_achieved),
    goalsMeasured: measured,
    meanBaseline: measured ? sumBaseline / measured : null,
    meanLatest: measured ? sumLatest / measured : null,
    meanChange: measured ? (sumLatest - sumBaseline) / measured : null,
    improved: count(higherIsBetter ? row.higher : row.lower),
    unchanged: count(row.same),
    declined: count(higherIsBetter ? row.lower : row.higher),
  });
}

/** Dimension values in order, nulls last. */
function compareKeys(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === null) return 1;
    if (b[i] === null) return -1;
    return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

/** A map key for dimension values (none of them contains a control character). */
const keyText = (key: (string | null)[]): string => key.map((v) => (v === null ? '\u0000' : v)).join('\u0001');

export interface ProgressionArgs {
  filter: ProgressionFilter | null;
  groupBy: ProgressionDimension[];
}

/**
 * The progression report for the viewer's organisation: one SQL statement computes every group, the total
 * and the filter cells; here only the suppression and the means (sums divided by counts) are worked out.
 */
export async function progressionReport(db: DataSource, viewer: Viewer, args: ProgressionArgs): Promise<ProgressionReport> {
  const scope = aggregateScope(viewer);
  const groupBy = [...new Set(args.groupBy)];
  const scale = (args.filter?.scale ?? 'ONE_TO_TEN') as ScaleKey;
  const { restrictions, from, to } = restrictionsOf(args.filter, scope);
  const { sql, params } = progressionSql({ scope, groupBy, scale, restrictions });
  const rows = await aggregateQuery<ProgressionRow>(db, sql, params);

  const keyOf = (row: ProgressionRow): (string | null)[] => groupBy.map((d) => row[DIMENSION_COLUMN[d] as keyof ProgressionRow] as string | null);
  const cells = new Map<string, number>();
  let totalRow: ProgressionRow | undefined;
  let totalCell: number | null = null;
  const raw: RawGroup[] = [];
  for (const row of rows) {
    if (row.row_kind === 'T') totalRow = row;
    else if (row.row_kind === 'TC') totalCell = row.smallest_cell === null ? null : Number(row.smallest_cell);
    else if (row.row_kind === 'C') cells.set(keyText(keyOf(row)), Number(row.smallest_cell));
    else raw.push({ key: keyOf(row), row, smallestCell: null });
  }
  if (!totalRow) throw new Error('the progression statement returned no total');
  if (cells.size) for (const group of raw) group.smallestCell = cells.get(keyText(group.key)) ?? null;
  raw.sort((a, b) => compareKeys(a.key, b.key));

  const higherIsBetter = SCALES[scale].higherIsBetter;
  const hidden = suppressedFlags(raw.map((g) => ({ key: g.key, citizens: count(g.row.citizens), smallestCell: g.smallestCell })));
  const total = toGroup(totalRow, isSmall(count(totalRow.citizens)) || isSmall(totalCell), higherIsBetter);
  return Object.assign(new ProgressionReport(), {
    groups: groupBy.length ? raw.map((g, i) => toGroup(g.row, hidden[i], higherIsBetter)) : [total],
    total,
    groupBy,
    scale,
    higherIsBetter,
    minimumCitizens: MINIMUM_CITIZENS,
    from,
    to,
  });
}
