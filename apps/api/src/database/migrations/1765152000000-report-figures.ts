import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DOSSIER_COLUMNS, writeReportFigures, type ReportFigureInput } from '../../modules/reports/report-figures.writer.js';

/** Reports counted per statement while the table is filled. */
const BATCH = 500;

/**
 * What the comparisons across agencies count of each report, as plain columns beside it
 * (docs/domain.md §13): its dossier figures, plans per area, decisions, trainings, inspections and
 * the areas it covers, with its agency, period and status, so the dashboard sums them with GROUP BY
 * instead of reading every report's content. Written in the transaction of each report write
 * (ReportRepository); filled here for the reports that exist, with the same code.
 */
export class ReportFigures1765152000000 implements MigrationInterface {
  name = 'ReportFigures1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dossier = DOSSIER_COLUMNS.map((column) => `${column} int CHECK (${column} >= 0)`).join(',\n        ');
    await queryRunner.query(`
      CREATE TABLE report_figure (
        report_id uuid PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
        period_id uuid NOT NULL REFERENCES reporting_period (id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL,
        has_dossier boolean NOT NULL,
        ${dossier},
        plans int NOT NULL CHECK (plans >= 0),
        plans_by_area jsonb NOT NULL,
        decisions int NOT NULL CHECK (decisions >= 0),
        trainings int NOT NULL CHECK (trainings >= 0),
        training_participants int NOT NULL CHECK (training_participants >= 0),
        inspections_held int NOT NULL CHECK (inspections_held >= 0),
        inspections_planned int NOT NULL CHECK (inspections_planned >= 0),
        inspection_violations int NOT NULL CHECK (inspection_violations >= 0),
        covered_areas jsonb NOT NULL,
        CONSTRAINT report_figure_dossier_check CHECK (has_dossier = (${DOSSIER_COLUMNS.map((c) => `${c} IS NOT NULL`).join(' AND ')}))
      )`);
    // Every dashboard read picks the periods of a year (and for a series, agencies in them).
    await queryRunner.query(`CREATE INDEX report_figure_period_idx ON report_figure (period_id, agency_id)`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await queryRunner.query(
        `SELECT id, agency_id, period_id, status, content FROM report WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as { id: string; agency_id: string; period_id: string; status: ReportFigureInput['status']; content: ReportFigureInput['content'] }[];
      if (rows.length === 0) break;
      await writeReportFigures(
        queryRunner,
        rows.map((row) => ({ id: row.id, agencyId: row.agency_id, periodId: row.period_id, status: row.status, content: row.content })),
        // The table as this migration creates it; ReportFigureTiming adds the timing columns.
        { timing: false },
      );
      after = rows[rows.length - 1]!.id;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_figure`);
  }
}
