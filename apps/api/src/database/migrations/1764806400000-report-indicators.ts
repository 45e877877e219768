import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports gain the indicator values their agencies enter (docs/domain.md §12): content written before
 * holds none, so it gets the empty list the schema gives a new report, and every stored report
 * and submission reads back in the one shape.
 */
export class ReportIndicators1764806400000 implements MigrationInterface {
  name = 'ReportIndicators1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report', 'report_submission']) {
      await queryRunner.query(`UPDATE ${table} SET content = content || '{"indicators": []}'::jsonb WHERE NOT content ? 'indicators'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report', 'report_submission']) {
      await queryRunner.query(`UPDATE ${table} SET content = content - 'indicators' WHERE content->'indicators' = '[]'::jsonb`);
    }
  }
}
