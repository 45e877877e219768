import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report files uploaded to be read into reports: one row per file, with its text and what the
 * extractor read from it, PENDING until a person confirms it into a report (CONFIRMED, with that
 * report). The agency and period are the ones it is for: an agency user's own agency, or what the
 * text names, and finally what the person confirmed. The report audit log has no CHECK on its
 * action, so its new IMPORT action needs no change there (and a revert keeps those entries).
 */
export class ReportImports1765065600000 implements MigrationInterface {
  name = 'ReportImports1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by uuid NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
        agency_id uuid REFERENCES agency (id) ON DELETE RESTRICT,
        period_id uuid REFERENCES reporting_period (id) ON DELETE RESTRICT,
        file_name text NOT NULL,
        file_hash char(64) NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
        format varchar(8) NOT NULL CHECK (format IN ('docx', 'md', 'txt')),
        size int NOT NULL CHECK (size >= 0),
        text text NOT NULL,
        extraction jsonb NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED')),
        report_id uuid REFERENCES report (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        CONSTRAINT report_import_report_unique UNIQUE (report_id),
        CONSTRAINT report_import_confirmed_check CHECK (
          (status = 'PENDING' AND report_id IS NULL AND confirmed_at IS NULL)
          OR (status = 'CONFIRMED' AND report_id IS NOT NULL AND confirmed_at IS NOT NULL AND agency_id IS NOT NULL AND period_id IS NOT NULL)
        )
      )`);
    // The two lists: an agency's imports (its users), and all of them (Home Affairs), newest first.
    await queryRunner.query(`CREATE INDEX report_import_agency_idx ON report_import (agency_id, created_at DESC, id)`);
    await queryRunner.query(`CREATE INDEX report_import_created_idx ON report_import (created_at DESC, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_import`);
  }
}
