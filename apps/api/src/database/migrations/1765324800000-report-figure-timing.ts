import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timing of each report's first submission beside its figures: the status board counts,
 * filters and orders thousands of agencies by status and lateness, and reads them from
 * report_figure alone instead of joining report for two columns (docs/architecture.md,
 * dashboard). Written with the other figures in every report write (writeReportFigures); filled
 * here from report for the rows there are.
 */
export class ReportFigureTiming1765324800000 implements MigrationInterface {
  name = 'ReportFigureTiming1765324800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE report_figure
        ADD COLUMN submission_timing varchar(16) CHECK (submission_timing IN ('ON_TIME', 'LATE', 'AFTER_GRACE')),
        ADD COLUMN days_late int CHECK (days_late >= 0)`);
    await queryRunner.query(`
      UPDATE report_figure f SET submission_timing = r.submission_timing, days_late = r.days_late
      FROM report r WHERE r.id = f.report_id AND (r.submission_timing IS NOT NULL OR r.days_late IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_figure DROP COLUMN submission_timing, DROP COLUMN days_late`);
  }
}
