import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Replies to a follow-up meeting's invitation (invitation_reply): one row per meeting and invited participant (their
 * position in the meeting's participants), with the letter's statement, who answered, when, and who recorded it.
 * Earlier replies lived only in "meeting-invitation" form responses matched by date and name; they stay readable there.
 */
export class InvitationReplies1764800000000 implements MigrationInterface {
  name = 'InvitationReplies1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE invitation_reply (
      id varchar(36) NOT NULL PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      meeting_id varchar(36) NOT NULL REFERENCES follow_up_meeting(id),
      participant_index integer NOT NULL,
      reply varchar(20) NOT NULL,
      answered_by text NOT NULL,
      answered_on varchar(10) NOT NULL,
      comment text,
      recorded_by_id varchar(36) NOT NULL REFERENCES app_user(id),
      recorded_by_organization_id varchar(36) NOT NULL REFERENCES organization(id),
      recorded_at varchar(30) NOT NULL,
      created_at varchar(30) NOT NULL,
      UNIQUE (meeting_id, participant_index)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE invitation_reply');
  }
}
