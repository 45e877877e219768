import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registration (number and date of issue from the agency's register) of the document each
 * submission sent: given at submission, or recorded later by the agency for its latest one
 * (docs/domain.md §11). A submission whose content was already numbered and dated takes those.
 */
export class SubmissionRegistration1764720000000 implements MigrationInterface {
  name = 'SubmissionRegistration1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_submission ADD COLUMN registration jsonb`);
    await queryRunner.query(`
      UPDATE report_submission
      SET registration = jsonb_build_object('number', content->'symbol'->>'number', 'issuedOn', content->>'signedOn')
      WHERE content->'symbol'->>'number' IS NOT NULL AND content->>'signedOn' IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_submission DROP COLUMN registration`);
  }
}
