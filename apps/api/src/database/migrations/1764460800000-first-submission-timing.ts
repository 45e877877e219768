import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Vietnam calendar day (UTC+7, no daylight saving) of a timestamptz column, as SQL. */
const vietnamDay = (column: string): string => `((${column} AT TIME ZONE 'UTC') + interval '7 hours')::date`;
const iso = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Re-classifies, against the period's deadline and grace, the reports submitted more than once. */
const classifyResubmitted = (column: string): string => `
  UPDATE report r SET
    days_late = greatest(0, ${vietnamDay(column)} - p.deadline),
    submission_timing = CASE
      WHEN ${vietnamDay(column)} <= p.deadline THEN 'ON_TIME'
      WHEN ${vietnamDay(column)} <= p.deadline + p.grace_days THEN 'LATE'
      ELSE 'AFTER_GRACE' END
  FROM reporting_period p
  WHERE p.id = r.period_id AND ${column} IS NOT NULL
    AND (SELECT count(*) FROM report_submission s WHERE s.report_id = r.id) > 1`;

/**
 * Timeliness follows the first submission (docs/domain.md §13): the report keeps when it first
 * went to Home Affairs, which fixes its timing and its reference date, and each correction round
 * apart (returned at, resubmitted at, days between). Existing reports are filled in from their
 * submissions and audit entries; the timing of a report submitted more than once is classified
 * again from its first submission, against the period's deadline and grace as they are now.
 */
export class FirstSubmissionTiming1764460800000 implements MigrationInterface {
  name = 'FirstSubmissionTiming1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report ADD COLUMN first_submitted_at timestamptz`);
    await queryRunner.query(`ALTER TABLE report ADD COLUMN returned_at timestamptz`);
    await queryRunner.query(`ALTER TABLE report ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(`UPDATE report r SET first_submitted_at = (SELECT min(s.submitted_at) FROM report_submission s WHERE s.report_id = r.id)`);
    await queryRunner.query(
      `UPDATE report r SET returned_at = (SELECT max(a.at) FROM audit_entry a WHERE a.report_id = r.id AND a.action = 'RETURN')`,
    );
    // Each later submission answers the latest return before it.
    await queryRunner.query(`
      UPDATE report r SET corrections = coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                 'returnedAt', ${iso('x.returned_at')},
                 'resubmittedAt', ${iso('x.submitted_at')},
                 'days', ${vietnamDay('x.submitted_at')} - ${vietnamDay('x.returned_at')}
               ) ORDER BY x.sequence)
        FROM (
          SELECT s.sequence, s.submitted_at,
                 (SELECT max(a.at) FROM audit_entry a WHERE a.report_id = s.report_id AND a.action = 'RETURN' AND a.at <= s.submitted_at) AS returned_at
          FROM report_submission s WHERE s.report_id = r.id AND s.sequence > 1
        ) x
        WHERE x.returned_at IS NOT NULL
      ), '[]'::jsonb)`);
    await queryRunner.query(classifyResubmitted('r.first_submitted_at'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to the timing of the latest submission, as the code before this migration kept it.
    await queryRunner.query(classifyResubmitted('r.submitted_at'));
    await queryRunner.query(`ALTER TABLE report DROP COLUMN corrections`);
    await queryRunner.query(`ALTER TABLE report DROP COLUMN returned_at`);
    await queryRunner.query(`ALTER TABLE report DROP COLUMN first_submitted_at`);
  }
}
