import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Indexes for the progression report (SQL common to SQLite and PostgreSQL). The report reads each goal's latest
 * follow-up reading on a scale: with every column of that lookup in one index (value and the tie-breakers
 * created_at and id included), it is a single index entry per goal and no table read. The core model's
 * idx_measurement_goal is a prefix of the new index and goes.
 */
export class ProgressionIndexes1764400000000 implements MigrationInterface {
  name = 'ProgressionIndexes1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX idx_measurement_latest ON measurement (goal_id, scale, kind, measured_at, created_at, id, value)');
    await queryRunner.query('DROP INDEX idx_measurement_goal');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX idx_measurement_goal ON measurement (goal_id, scale, kind, measured_at)');
    await queryRunner.query('DROP INDEX idx_measurement_latest');
  }
}
