import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports (one per agency and period, content as validated JSON, a version for optimistic
 * concurrency), their immutable submission snapshots, and the audit log of every change.
 */
export class CreateReports1764288000000 implements MigrationInterface {
  name = 'CreateReports1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
        period_id uuid NOT NULL REFERENCES reporting_period (id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        content jsonb NOT NULL,
        error_count int NOT NULL DEFAULT 0,
        warning_count int NOT NULL DEFAULT 0,
        submitted_at timestamptz,
        submission_timing varchar(16) CHECK (submission_timing IN ('ON_TIME', 'LATE', 'AFTER_GRACE')),
        days_late int,
        return_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_by uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_agency_period_unique UNIQUE (agency_id, period_id)
      )`);
    await queryRunner.query(`CREATE INDEX report_period_idx ON report (period_id)`);
    await queryRunner.query(`
      CREATE TABLE report_submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        sequence int NOT NULL,
        version int NOT NULL,
        content jsonb NOT NULL,
        findings jsonb NOT NULL,
        submitted_by uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        submitted_at timestamptz NOT NULL,
        CONSTRAINT report_submission_sequence_unique UNIQUE (report_id, sequence)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        action varchar(16) NOT NULL,
        actor_id uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        at timestamptz NOT NULL DEFAULT now(),
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX audit_entry_report_idx ON audit_entry (report_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entry`);
    await queryRunner.query(`DROP TABLE report_submission`);
    await queryRunner.query(`DROP TABLE report`);
  }
}
