import { SCALES, type ScaleKey } from '@treklang/schema';
import type { AggregateScope } from './aggregate-scope.js';
import { quarterOfText } from './portable-sql.js';
import { ProgressionDimension } from './progression.types.js';

/** The column of the per-goal rows that holds each dimension. */
export const DIMENSION_COLUMN: Record<ProgressionDimension, string> = {
  AUTHORITY: 'authority_id',
  PROVIDER: 'provider_id',
  LIFE_THEME: 'life_theme_key',
  SERVICE_TYPE: 'service_type',
  GOAL_TYPE: 'goal_type',
  QUARTER: 'quarter',
};
const DIMENSIONS = Object.values(ProgressionDimension);

/** A filter on one dimension: the rows it keeps. */
export interface Restriction {
  dimension: ProgressionDimension;
  condition: string;
  params: Record<string, unknown>;
}

export interface ProgressionStatement {
  scope: AggregateScope;
  groupBy: readonly ProgressionDimension[];
  scale: ScaleKey;
  restrictions: readonly Restriction[];
}

/** What each result row is: a group, the total, or the smallest filter cell of a group or of the total. */
export type RowKind = 'G' | 'T' | 'C' | 'TC';

export interface ProgressionRow {
  row_kind: RowKind;
  authority_id: string | null;
  provider_id: string | null;
  life_theme_key: string | null;
  service_type: string | null;
  goal_type: string | null;
  quarter: string | null;
  citizens: number | string | null;
  goals: number | string | null;
  goals_achieved: number | string | null;
  goals_measured: number | string | null;
  sum_baseline: number | string | null;
  sum_latest: number | string | null;
  higher: number | string | null;
  same: number | string | null;
  lower: number | string | null;
  smallest_cell: number | string | null;
}

const METRICS = `COUNT(DISTINCT citizen_id) AS citizens, COUNT(*) AS goals, SUM(achieved) AS goals_achieved,
    SUM(CASE WHEN baseline IS NOT NULL AND latest IS NOT NULL THEN 1 ELSE 0 END) AS goals_measured,
    SUM(CASE WHEN latest IS NOT NULL THEN baseline END) AS sum_baseline, SUM(CASE WHEN baseline IS NOT NULL THEN latest END) AS sum_latest,
    SUM(CASE WHEN latest > baseline THEN 1 ELSE 0 END) AS higher, SUM(CASE WHEN latest = baseline THEN 1 ELSE 0 END) AS same,
    SUM(CASE WHEN latest < baseline THEN 1 ELSE 0 END) AS lower, CAST(NULL AS bigint) AS smallest_cell`;
// Typed NULLs: PostgreSQL resolves the column types of a UNION branch by branch.
const NO_METRICS = ['citizens', 'goals', 'goals_achieved', 'goals_measured', 'sum_baseline', 'sum_latest', 'higher', 'same', 'lower']
  .map((column) => `CAST(NULL AS bigint) AS ${column}`)
  .join(', ');

/** Where each dimension comes from in the base join (QUARTER is derived from the readings). */
const SOURCE_COLUMN: Record<Exclude<ProgressionDimension, 'QUARTER'>, string> = {
  AUTHORITY: 'c.authority_id',
  PROVIDER: 'c.provider_id',
  LIFE_THEME: 'g.life_theme_key',
  SERVICE_TYPE: 'c.service_type',
  GOAL_TYPE: 'g.goal_type',
};

/** The six dimension columns of a result row: the grouped ones by name, the others NULL. */
function dimensionColumns(grouped: readonly ProgressionDimension[]): string {
  return DIMENSIONS.map((d) => (grouped.includes(d) ? DIMENSION_COLUMN[d] : `NULL AS ${DIMENSION_COLUMN[d]}`)).join(', ');
}

const groupByClause = (dimensions: readonly ProgressionDimension[]): string =>
  dimensions.length ? ` GROUP BY ${dimensions.map((d) => DIMENSION_COLUMN[d]).join(', ')}` : '';

/**
 * One statement for the whole report. `goal_rows` has one row per goal of the viewer's organisation's signed
 * contracts, with only the columns the report needs: its baseline on the scale (at most one per goal and scale,
 * by a unique index) and its latest follow-up reading (a correlated subquery reading one entry of the covering
 * index idx_measurement_latest), materialised once. Then: the groups ('G'), the total ('T') and, when a filter
 * narrows a dimension, the smallest cell of the unfiltered data at the grouped and filtered dimensions per group
 * ('C') and for the total ('TC').
 */
export function progressionSql(input: ProgressionStatement): { sql: string; params: Record<string, unknown> } {
  // The scale is one of a fixed set of keys; written as a literal it lets the planner use the measurement index fully.
  if (!Object.hasOwn(SCALES, input.scale)) throw new RangeError(`unknown scale ${input.scale}`);
  const scale = `'${input.scale}'`;
  const params: Record<string, unknown> = { scopeOrganization: input.scope.organizationId };
  for (const restriction of input.restrictions) Object.assign(params, restriction.params);
  const groupBy = input.groupBy;
  const filtered = input.restrictions.length > 0;
  const filteredDimensions = [...new Set(input.restrictions.map((r) => r.dimension))];
  const cellDimensions = [...new Set([...groupBy, ...filteredDimensions])];
  const needsDate = cellDimensions.includes(ProgressionDimension.QUARTER);
  const where = filtered ? ` WHERE ${input.restrictions.map((r) => `(${r.condition})`).join(' AND ')}` : '';

  const branches: string[] = [];
  if (groupBy.length) branches.push(`SELECT 'G' AS row_kind, ${dimensionColumns(groupBy)}, ${METRICS} FROM goal_facts${where}${groupByClause(groupBy)}`);
  branches.push(`SELECT 'T' AS row_kind, ${dimensionColumns([])}, ${METRICS} FROM goal_facts${where}`);
  if (filtered) {
    const cellColumns = cellDimensions.map((d) => DIMENSION_COLUMN[d]).join(', ');
    if (groupBy.length) {
      branches.push(
        `SELECT 'C' AS row_kind, ${dimensionColumns(groupBy)}, ${NO_METRICS}, MIN(n) AS smallest_cell
         FROM (SELECT ${cellColumns}, COUNT(DISTINCT citizen_id) AS n FROM goal_facts GROUP BY ${cellColumns}) cells${groupByClause(groupBy)}`,
      );
    }
    const totalCells = filteredDimensions.map((d) => DIMENSION_COLUMN[d]).join(', ');
    branches.push(
      `SELECT 'TC' AS row_kind, ${dimensionColumns([])}, ${NO_METRICS}, MIN(n) AS smallest_cell
       FROM (SELECT ${totalCells}, COUNT(DISTINCT citizen_id) AS n FROM goal_facts GROUP BY ${totalCells}) cells`,
    );
  }

  const sourced = cellDimensions.filter((d): d is Exclude<ProgressionDimension, 'QUARTER'> => d !== ProgressionDimension.QUARTER);
  const dimensionSelect = sourced.map((d) => `${SOURCE_COLUMN[d]} AS ${DIMENSION_COLUMN[d]}, `).join('');
  const latest = `(SELECT ${needsDate ? "f.measured_at || '|' || f.value" : 'f.value'} FROM measurement f
        WHERE f.goal_id = g.id AND f.scale = ${scale} AND f.kind = 'FOLLOW_UP'
        ORDER BY f.measured_at DESC, f.created_at DESC, f.id DESC LIMIT 1)`;
  const goalRows = `SELECT c.citizen_id, ${dimensionSelect}CASE WHEN g.status = 'ACHIEVED' THEN 1 ELSE 0 END AS achieved,
      b.value AS baseline, ${needsDate ? `b.measured_at AS baseline_at, ${latest} AS latest_reading` : `${latest} AS latest`}
    FROM contract c
    JOIN goal g ON g.contract_id = c.id
    LEFT JOIN measurement b ON b.goal_id = g.id AND b.scale = ${scale} AND b.kind = 'BASELINE'
    WHERE c.status <> 'DRAFT' AND c.${input.scope.column} = :scopeOrganization`;
  // The latest reading's date (the follow-up's, else the baseline's) and its quarter, only when the report needs them.
  const dated = needsDate
    ? `, goal_facts AS (
    SELECT citizen_id, ${sourced.map((d) => `${DIMENSION_COLUMN[d]}, `).join('')}achieved, baseline, last_date, ${quarterOfText('last_date')} AS quarter, latest
    FROM (SELECT *, CAST(SUBSTR(latest_reading, 12) AS integer) AS latest, COALESCE(SUBSTR(latest_reading, 1, 10), baseline_at) AS last_date FROM goal_rows) readings
  )`
    : '';
  const sql = `WITH ${needsDate ? 'goal_rows' : 'goal_facts'} AS MATERIALIZED (
    ${goalRows}
  )${dated}
  ${branches.join('\n  UNION ALL\n  ')}`;
  return { sql, params };
}
