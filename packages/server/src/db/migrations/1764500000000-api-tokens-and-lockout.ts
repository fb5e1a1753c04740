import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Integrator API tokens (modules/api-tokens: the secret's SHA-256 only, never the secret) and the failed-login
 * counters behind the account lockout (auth/lockout.ts), kept in the database so a lockout holds across processes.
 * SQL common to SQLite and PostgreSQL.
 */
export class ApiTokensAndLockout1764500000000 implements MigrationInterface {
  name = 'ApiTokensAndLockout1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE api_token (
      id varchar(36) NOT NULL PRIMARY KEY,
      name varchar(100) NOT NULL,
      organization_id varchar(36) NOT NULL REFERENCES organization(id),
      user_id varchar(36) NOT NULL REFERENCES app_user(id),
      created_by_id varchar(36) NOT NULL REFERENCES app_user(id),
      scopes text NOT NULL,
      secret_hash varchar(64) NOT NULL,
      created_at varchar(30) NOT NULL,
      expires_at varchar(30) NOT NULL,
      revoked_at varchar(30),
      revoked_by_id varchar(36) REFERENCES app_user(id),
      last_used_at varchar(30)
    )`);
    await queryRunner.query('CREATE INDEX idx_api_token_organization ON api_token (organization_id, created_at, id)');
    await queryRunner.query('CREATE UNIQUE INDEX idx_api_token_user ON api_token (user_id)');
    await queryRunner.query(`CREATE TABLE auth_lockout (
      subject_type varchar(20) NOT NULL,
      subject_id varchar(36) NOT NULL,
      failure_count integer NOT NULL,
      window_started_at varchar(30) NOT NULL,
      locked_until varchar(30),
      updated_at varchar(30) NOT NULL,
      PRIMARY KEY (subject_type, subject_id)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE auth_lockout');
    await queryRunner.query('DROP TABLE api_token');
  }
}
