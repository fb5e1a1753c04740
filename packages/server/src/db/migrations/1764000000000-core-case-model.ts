import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The core case model. Written in the SQL subset that SQLite and PostgreSQL share, so one migration
 * serves both engines: ids are varchar UUIDs, instants ISO strings, lists JSON text.
 */
const statements = [
  `CREATE TABLE organization (
    id varchar(36) NOT NULL PRIMARY KEY,
    name varchar(200) NOT NULL,
    kind varchar(20) NOT NULL,
    municipality_code varchar(4),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE TABLE app_user (
    id varchar(36) NOT NULL PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(254) NOT NULL UNIQUE,
    role varchar(30) NOT NULL,
    organization_id varchar(36) NOT NULL REFERENCES organization(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_app_user_organization ON app_user (organization_id)`,
  `CREATE TABLE citizen (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    name varchar(200) NOT NULL,
    cpr varchar(11) NOT NULL UNIQUE,
    birth_date varchar(10) NOT NULL,
    address varchar(500),
    phone varchar(40),
    guardian varchar(200),
    support_person varchar(200),
    authority_id varchar(36) NOT NULL REFERENCES organization(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_citizen_authority ON citizen (authority_id, created_at, id)`,
  `CREATE TABLE purchase_order (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    citizen_id varchar(36) NOT NULL REFERENCES citizen(id),
    authority_id varchar(36) NOT NULL REFERENCES organization(id),
    provider_id varchar(36) NOT NULL REFERENCES organization(id),
    assessment text NOT NULL,
    services text NOT NULL,
    goals text NOT NULL,
    status varchar(20) NOT NULL,
    sent_at varchar(30) NOT NULL,
    decide_by varchar(10) NOT NULL,
    decided_at varchar(30),
    decline_reason text,
    decided_by_id varchar(36) REFERENCES app_user(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_order_citizen ON purchase_order (citizen_id)`,
  `CREATE INDEX idx_order_provider ON purchase_order (provider_id, status)`,
  `CREATE INDEX idx_order_authority ON purchase_order (authority_id, status)`,
  `CREATE TABLE contract (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    document_version integer NOT NULL DEFAULT 0,
    order_id varchar(36) REFERENCES purchase_order(id),
    citizen_id varchar(36) NOT NULL REFERENCES citizen(id),
    authority_id varchar(36) NOT NULL REFERENCES organization(id),
    provider_id varchar(36) NOT NULL REFERENCES organization(id),
    service_type varchar(20) NOT NULL,
    status varchar(20) NOT NULL,
    start_date varchar(10) NOT NULL,
    assessment_tool varchar(10) NOT NULL,
    life_theme_keys text NOT NULL,
    purpose text NOT NULL,
    goal_rationale text NOT NULL,
    reporting_forms text NOT NULL,
    participants text NOT NULL,
    next_follow_up_date varchar(10),
    price_amount double precision,
    price_unit varchar(20),
    notice_period_days integer,
    discharge_criteria text NOT NULL,
    signatures text NOT NULL,
    to_be_sent_to_citizen boolean NOT NULL DEFAULT false,
    end_date varchar(10),
    termination_reason text,
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_contract_citizen ON contract (citizen_id)`,
  `CREATE INDEX idx_contract_authority ON contract (authority_id, created_at, id)`,
  `CREATE INDEX idx_contract_provider ON contract (provider_id, created_at, id)`,
  `CREATE TABLE contract_version (
    id varchar(36) NOT NULL PRIMARY KEY,
    contract_id varchar(36) NOT NULL REFERENCES contract(id),
    number integer NOT NULL,
    reason text NOT NULL,
    snapshot text NOT NULL,
    sent_to_citizen_at varchar(30),
    created_at varchar(30) NOT NULL,
    UNIQUE (contract_id, number)
  )`,
  `CREATE TABLE goal (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    contract_id varchar(36) NOT NULL REFERENCES contract(id),
    life_theme_key varchar(40) NOT NULL,
    goal_type varchar(20) NOT NULL,
    title text NOT NULL,
    measurable_criterion text NOT NULL,
    deadline varchar(10) NOT NULL,
    priority integer NOT NULL,
    status varchar(20) NOT NULL,
    outcome_comment text,
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_goal_contract ON goal (contract_id)`,
  `CREATE INDEX idx_goal_theme ON goal (life_theme_key, goal_type)`,
  `CREATE TABLE sub_goal (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    goal_id varchar(36) NOT NULL REFERENCES goal(id),
    title text NOT NULL,
    method text,
    status varchar(20) NOT NULL,
    approval varchar(20) NOT NULL,
    proposed_at varchar(30) NOT NULL,
    decided_at varchar(30),
    decision_comment text,
    proposed_by_id varchar(36) NOT NULL REFERENCES app_user(id),
    decided_by_id varchar(36) REFERENCES app_user(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_sub_goal_goal ON sub_goal (goal_id)`,
  `CREATE TABLE follow_up_meeting (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    contract_id varchar(36) NOT NULL REFERENCES contract(id),
    kind varchar(20) NOT NULL,
    scheduled_at varchar(30) NOT NULL,
    planning_start_by varchar(10) NOT NULL,
    status_due_by varchar(10) NOT NULL,
    location text,
    agenda text NOT NULL,
    participants text NOT NULL,
    held_at varchar(30),
    minutes text,
    decision varchar(20),
    next_meeting_at varchar(30),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_meeting_contract ON follow_up_meeting (contract_id, scheduled_at)`,
  `CREATE TABLE status_note (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    contract_id varchar(36) NOT NULL REFERENCES contract(id),
    meeting_id varchar(36) NOT NULL UNIQUE REFERENCES follow_up_meeting(id),
    submitted_at varchar(30) NOT NULL,
    due_by varchar(10) NOT NULL,
    on_time boolean NOT NULL,
    reviewed_with_citizen boolean NOT NULL,
    not_reviewed_reason text,
    provider_assessment text NOT NULL,
    theme_changes text NOT NULL,
    remarks text,
    recommendation varchar(20) NOT NULL,
    submitted_by_id varchar(36) NOT NULL REFERENCES app_user(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_status_note_contract ON status_note (contract_id)`,
  `CREATE TABLE measurement (
    id varchar(36) NOT NULL PRIMARY KEY,
    goal_id varchar(36) NOT NULL REFERENCES goal(id),
    scale varchar(20) NOT NULL,
    value integer NOT NULL,
    measured_at varchar(10) NOT NULL,
    kind varchar(20) NOT NULL,
    comment text,
    recorded_by_id varchar(36) NOT NULL REFERENCES app_user(id),
    status_note_id varchar(36) REFERENCES status_note(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_measurement_goal ON measurement (goal_id, scale, kind, measured_at)`,
  // At most one BASELINE per goal and scale, enforced by the database too.
  `CREATE UNIQUE INDEX uq_measurement_baseline ON measurement (goal_id, scale) WHERE kind = 'BASELINE'`,
  `CREATE TABLE goal_status (
    id varchar(36) NOT NULL PRIMARY KEY,
    status_note_id varchar(36) NOT NULL REFERENCES status_note(id),
    goal_id varchar(36) NOT NULL REFERENCES goal(id),
    attainment varchar(20) NOT NULL,
    how text,
    citizen_view text,
    professional_view text,
    scale varchar(20),
    score integer,
    created_at varchar(30) NOT NULL,
    UNIQUE (status_note_id, goal_id)
  )`,
  `CREATE TABLE change_notice (
    id varchar(36) NOT NULL PRIMARY KEY,
    contract_id varchar(36) NOT NULL REFERENCES contract(id),
    description text NOT NULL,
    consequences text NOT NULL,
    documentation text,
    reported_by_id varchar(36) NOT NULL REFERENCES app_user(id),
    created_at varchar(30) NOT NULL,
    acknowledged_at varchar(30),
    acknowledged_by_id varchar(36) REFERENCES app_user(id)
  )`,
  `CREATE INDEX idx_change_notice_contract ON change_notice (contract_id)`,
  `CREATE TABLE consent (
    id varchar(36) NOT NULL PRIMARY KEY,
    citizen_id varchar(36) NOT NULL REFERENCES citizen(id),
    parties text NOT NULL,
    scope text NOT NULL,
    excluded text NOT NULL,
    given_at varchar(30) NOT NULL,
    revoked_at varchar(30),
    recorded_by_id varchar(36) NOT NULL REFERENCES app_user(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_consent_citizen ON consent (citizen_id)`,
];

export class CoreCaseModel1764000000000 implements MigrationInterface {
  name = 'CoreCaseModel1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = ['consent', 'change_notice', 'goal_status', 'measurement', 'status_note', 'follow_up_meeting', 'sub_goal', 'goal', 'contract_version', 'contract', 'purchase_order', 'citizen', 'app_user', 'organization'];
    for (const table of tables) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
