/*
 * The tables the dataset generator writes, with their columns in insert order and each column's type, so that
 * the SQLite writer can bind booleans as 0/1 and the PostgreSQL writer can pass typed arrays to unnest().
 * The columns are those of the core migration (1764000000000-core-case-model.ts).
 */
export type ColumnType = 'text' | 'int' | 'bool' | 'float';

export interface TableSpec {
  name: string;
  columns: readonly (readonly [string, ColumnType])[];
}

export type Row = (string | number | boolean | null)[];

const spec = (name: string, columns: readonly (readonly [string, ColumnType])[]): TableSpec => ({ name, columns });

export const TABLES = {
  organization: spec('organization', [['id', 'text'], ['name', 'text'], ['kind', 'text'], ['municipality_code', 'text'], ['created_at', 'text']]),
  appUser: spec('app_user', [['id', 'text'], ['name', 'text'], ['email', 'text'], ['role', 'text'], ['organization_id', 'text'], ['created_at', 'text']]),
  citizen: spec('citizen', [
    ['id', 'text'], ['version', 'int'], ['name', 'text'], ['cpr', 'text'], ['birth_date', 'text'], ['address', 'text'], ['phone', 'text'],
    ['guardian', 'text'], ['support_person', 'text'], ['authority_id', 'text'], ['created_at', 'text'],
  ]),
  contract: spec('contract', [
    ['id', 'text'], ['version', 'int'], ['document_version', 'int'], ['order_id', 'text'], ['citizen_id', 'text'], ['authority_id', 'text'],
    ['provider_id', 'text'], ['service_type', 'text'], ['status', 'text'], ['start_date', 'text'], ['assessment_tool', 'text'],
    ['life_theme_keys', 'text'], ['purpose', 'text'], ['goal_rationale', 'text'], ['reporting_forms', 'text'], ['participants', 'text'],
    ['next_follow_up_date', 'text'], ['price_amount', 'float'], ['price_unit', 'text'], ['notice_period_days', 'int'],
    ['discharge_criteria', 'text'], ['signatures', 'text'], ['to_be_sent_to_citizen', 'bool'], ['end_date', 'text'],
    ['termination_reason', 'text'], ['created_at', 'text'],
  ]),
  goal: spec('goal', [
    ['id', 'text'], ['version', 'int'], ['contract_id', 'text'], ['life_theme_key', 'text'], ['goal_type', 'text'], ['title', 'text'],
    ['measurable_criterion', 'text'], ['deadline', 'text'], ['priority', 'int'], ['status', 'text'], ['outcome_comment', 'text'], ['created_at', 'text'],
  ]),
  subGoal: spec('sub_goal', [
    ['id', 'text'], ['version', 'int'], ['goal_id', 'text'], ['title', 'text'], ['method', 'text'], ['status', 'text'], ['approval', 'text'],
    ['proposed_at', 'text'], ['decided_at', 'text'], ['decision_comment', 'text'], ['proposed_by_id', 'text'], ['decided_by_id', 'text'], ['created_at', 'text'],
  ]),
  meeting: spec('follow_up_meeting', [
    ['id', 'text'], ['version', 'int'], ['contract_id', 'text'], ['kind', 'text'], ['scheduled_at', 'text'], ['planning_start_by', 'text'],
    ['status_due_by', 'text'], ['location', 'text'], ['agenda', 'text'], ['participants', 'text'], ['held_at', 'text'], ['minutes', 'text'],
    ['decision', 'text'], ['next_meeting_at', 'text'], ['created_at', 'text'],
  ]),
  statusNote: spec('status_note', [
    ['id', 'text'], ['version', 'int'], ['contract_id', 'text'], ['meeting_id', 'text'], ['submitted_at', 'text'], ['due_by', 'text'],
    ['on_time', 'bool'], ['reviewed_with_citizen', 'bool'], ['not_reviewed_reason', 'text'], ['provider_assessment', 'text'],
    ['theme_changes', 'text'], ['remarks', 'text'], ['recommendation', 'text'], ['submitted_by_id', 'text'], ['created_at', 'text'],
  ]),
  measurement: spec('measurement', [
    ['id', 'text'], ['goal_id', 'text'], ['scale', 'text'], ['value', 'int'], ['measured_at', 'text'], ['kind', 'text'], ['comment', 'text'],
    ['recorded_by_id', 'text'], ['status_note_id', 'text'], ['created_at', 'text'],
  ]),
} as const;

/** Case tables in the order foreign keys need them. */
export const CASE_TABLES: readonly TableSpec[] = [TABLES.citizen, TABLES.contract, TABLES.goal, TABLES.subGoal, TABLES.meeting, TABLES.statusNote, TABLES.measurement];

/** Where generated rows go: a bulk writer for one engine. */
export interface RowSink {
  /** Appends rows to a table; a writer may buffer them until `flush`. */
  insert(table: TableSpec, rows: Row[]): Promise<void>;
  /** Writes everything buffered, in one transaction. */
  flush(): Promise<void>;
}
