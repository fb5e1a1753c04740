import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Failed logins counted per account AND source address (auth_lockout.source), so that forged tokens naming someone
 * lock that account only for requests from where they came, not for its owner everywhere. The table only holds
 * counters of the last 15 minutes, so it is recreated (SQLite cannot change a primary key in place): failures
 * counted before the upgrade are forgotten.
 */
export class LockoutPerSource1764900000000 implements MigrationInterface {
  name = 'LockoutPerSource1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE auth_lockout');
    await queryRunner.query(`CREATE TABLE auth_lockout (
      subject_type varchar(20) NOT NULL,
      subject_id varchar(36) NOT NULL,
      source varchar(64) NOT NULL,
      failure_count integer NOT NULL,
      window_started_at varchar(30) NOT NULL,
      locked_until varchar(30),
      updated_at varchar(30) NOT NULL,
      PRIMARY KEY (subject_type, subject_id, source)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE auth_lockout');
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
}
