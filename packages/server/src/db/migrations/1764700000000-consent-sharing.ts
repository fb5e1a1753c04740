import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Consent enforcement: which organisations a consent covers and which kinds of information (consent_share, one row
 * per organisation and kind). Existing consents name parties in free text only and so share nothing with providers
 * until a caseworker records a consent naming them.
 */
export class ConsentSharing1764700000000 implements MigrationInterface {
  name = 'ConsentSharing1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE consent_share (
      id varchar(36) NOT NULL PRIMARY KEY,
      consent_id varchar(36) NOT NULL REFERENCES consent(id),
      citizen_id varchar(36) NOT NULL REFERENCES citizen(id),
      organization_id varchar(36) NOT NULL REFERENCES organization(id),
      category varchar(20) NOT NULL,
      created_at varchar(30) NOT NULL
    )`);
    await queryRunner.query('CREATE INDEX idx_consent_share_citizen ON consent_share (citizen_id, organization_id, category)');
    await queryRunner.query('CREATE INDEX idx_consent_share_consent ON consent_share (consent_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consent_share');
  }
}
