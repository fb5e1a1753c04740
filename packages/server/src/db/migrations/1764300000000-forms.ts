import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Form templates (versioned; built-in or an authority's own) and form responses. Same portable SQL as
 * the core migration. A built-in template has no authority; two partial unique indexes keep (key, version)
 * unique among the built-in templates and within each authority's own.
 */
const statements = [
  `CREATE TABLE form_template (
    id varchar(36) NOT NULL PRIMARY KEY,
    template_key varchar(100) NOT NULL,
    version integer NOT NULL,
    authority_id varchar(36) REFERENCES organization(id),
    title varchar(500) NOT NULL,
    definition text NOT NULL,
    published_at varchar(30) NOT NULL,
    published_by_id varchar(36) REFERENCES app_user(id),
    created_at varchar(30) NOT NULL
  )`,
  `CREATE UNIQUE INDEX uq_form_template_built_in ON form_template (template_key, version) WHERE authority_id IS NULL`,
  `CREATE UNIQUE INDEX uq_form_template_authority ON form_template (template_key, version, authority_id) WHERE authority_id IS NOT NULL`,
  `CREATE INDEX idx_form_template_authority ON form_template (authority_id)`,
  `CREATE TABLE form_response (
    id varchar(36) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    template_id varchar(36) NOT NULL REFERENCES form_template(id),
    subject_type varchar(20) NOT NULL,
    subject_id varchar(36) NOT NULL,
    answers text NOT NULL,
    status varchar(20) NOT NULL,
    submitted_at varchar(30),
    submitted_by_id varchar(36) REFERENCES app_user(id),
    written_type varchar(40),
    written_id varchar(36),
    created_by_id varchar(36) NOT NULL REFERENCES app_user(id),
    updated_at varchar(30) NOT NULL,
    created_at varchar(30) NOT NULL
  )`,
  `CREATE INDEX idx_form_response_subject ON form_response (subject_id, created_at, id)`,
  `CREATE INDEX idx_form_response_template ON form_response (template_id)`,
];

export class Forms1764300000000 implements MigrationInterface {
  name = 'Forms1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['form_response', 'form_template']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
