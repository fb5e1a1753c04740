import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The audit log (modules/audit): a hash-chained, append-only table of entries, the chain head that appends lock,
 * checkpoints left by pruning, an index from citizens to entries, and the record of erased citizens.
 * Triggers make audit_entry append-only in the database itself: no UPDATE, and DELETE only of entries that a
 * checkpoint covers (pruning). Sequence numbers are bigint on PostgreSQL; INTEGER (64-bit) on SQLite.
 */
const GENESIS = '0'.repeat(64);

function tables(seq: string): string[] {
  return [
    `CREATE TABLE audit_entry (
      seq ${seq} NOT NULL PRIMARY KEY,
      occurred_at varchar(30) NOT NULL,
      kind varchar(20) NOT NULL,
      outcome varchar(20) NOT NULL,
      user_id varchar(36),
      user_role varchar(30),
      organization_id varchar(36),
      operation_type varchar(20),
      operation_name varchar(200),
      root_fields text NOT NULL,
      purpose varchar(200),
      ip varchar(64),
      user_agent varchar(300),
      request_id varchar(128),
      detail text NOT NULL,
      citizen_ids text NOT NULL,
      prev_hash varchar(64) NOT NULL,
      hash varchar(64) NOT NULL
    )`,
    'CREATE INDEX idx_audit_entry_organization ON audit_entry (organization_id, seq)',
    'CREATE INDEX idx_audit_entry_user ON audit_entry (user_id, seq)',
    'CREATE INDEX idx_audit_entry_occurred ON audit_entry (occurred_at)',
    `CREATE TABLE audit_chain_head (
      id integer NOT NULL PRIMARY KEY,
      seq ${seq} NOT NULL,
      hash varchar(64) NOT NULL
    )`,
    `INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '${GENESIS}')`,
    `CREATE TABLE audit_checkpoint (
      through_seq ${seq} NOT NULL PRIMARY KEY,
      through_hash varchar(64) NOT NULL,
      created_at varchar(30) NOT NULL
    )`,
    `CREATE TABLE audit_citizen (
      citizen_id varchar(36) NOT NULL,
      seq ${seq} NOT NULL,
      PRIMARY KEY (citizen_id, seq)
    )`,
    'CREATE INDEX idx_audit_citizen_seq ON audit_citizen (seq)',
    `CREATE TABLE citizen_erasure (
      citizen_id varchar(36) NOT NULL PRIMARY KEY REFERENCES citizen(id),
      erased_at varchar(30) NOT NULL,
      erased_by_id varchar(36) NOT NULL REFERENCES app_user(id)
    )`,
  ];
}

const SQLITE_GUARDS = [
  `CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
   BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`,
  `CREATE TRIGGER audit_entry_prune_only BEFORE DELETE ON audit_entry
   WHEN OLD.seq > COALESCE((SELECT MAX(through_seq) FROM audit_checkpoint), 0)
   BEGIN SELECT RAISE(ABORT, 'audit_entry: only entries covered by a checkpoint may be removed'); END`,
  `CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint
   BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); END`,
  `CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint
   BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); END`,
];

const POSTGRES_GUARDS = [
  `CREATE FUNCTION audit_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' OR TG_OP = 'TRUNCATE' THEN RAISE EXCEPTION 'audit_entry is append-only'; END IF;
     IF OLD.seq > COALESCE((SELECT MAX(through_seq) FROM audit_checkpoint), 0) THEN
       RAISE EXCEPTION 'audit_entry: only entries covered by a checkpoint may be removed';
     END IF;
     RETURN OLD;
   END $$`,
  'CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_guard()',
  'CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_guard()',
  `CREATE FUNCTION audit_checkpoint_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION 'audit_checkpoint is append-only'; END $$`,
  'CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_guard()',
];

export class AuditLog1764600000000 implements MigrationInterface {
  name = 'AuditLog1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const statement of tables(postgres ? 'bigint' : 'integer')) await queryRunner.query(statement);
    for (const statement of postgres ? POSTGRES_GUARDS : SQLITE_GUARDS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['citizen_erasure', 'audit_citizen', 'audit_checkpoint', 'audit_chain_head', 'audit_entry']) await queryRunner.query(`DROP TABLE ${table}`);
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP FUNCTION audit_entry_guard()');
      await queryRunner.query('DROP FUNCTION audit_checkpoint_guard()');
    }
  }
}
