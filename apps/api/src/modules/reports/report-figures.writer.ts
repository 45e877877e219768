import { DOSSIER_FIELDS, reportFigures, type ReportFigureSource, type ReportStatus, type SubmissionTiming } from '@cchc/domain';

/** Anything that runs SQL with parameters: an EntityManager, a QueryRunner, a DataSource. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** A stored report as its figures are counted from it. */
export interface ReportFigureInput {
  id: string;
  agencyId: string;
  periodId: string;
  status: ReportStatus;
  content: Partial<ReportFigureSource>;
  /** How the first submission stood against the deadline (null until submitted). */
  submissionTiming?: SubmissionTiming | null;
  daysLate?: number | null;
}

/** The column of report_figure that holds a figure of ReportFigures (carriedOver -> carried_over). */
export const figureColumn = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The dossier columns of report_figure, in DOSSIER_FIELDS order. */
export const DOSSIER_COLUMNS = DOSSIER_FIELDS.map(figureColumn);

const COLUMNS = [
  'report_id',
  'agency_id',
  'period_id',
  'status',
  'has_dossier',
  ...DOSSIER_COLUMNS,
  'plans',
  'plans_by_area',
  'decisions',
  'trainings',
  'training_participants',
  'inspections_held',
  'inspections_planned',
  'inspection_violations',
  'covered_areas',
  'submission_timing',
  'days_late',
] as const;

/** The columns report_figure had before it held the timing of the first submission (migration ReportFigureTiming). */
const COLUMNS_BEFORE_TIMING = COLUMNS.filter((column) => column !== 'submission_timing' && column !== 'days_late');

const TYPES: Record<(typeof COLUMNS)[number], string> = {
  report_id: 'uuid',
  agency_id: 'uuid',
  period_id: 'uuid',
  status: 'varchar',
  has_dossier: 'boolean',
  ...Object.fromEntries(DOSSIER_COLUMNS.map((column) => [column, 'int'])),
  plans: 'int',
  plans_by_area: 'jsonb',
  decisions: 'int',
  trainings: 'int',
  training_participants: 'int',
  inspections_held: 'int',
  inspections_planned: 'int',
  inspection_violations: 'int',
  // An array column of arrays cannot be unnested into rows: each row's areas travel as JSON text.
  covered_areas: 'jsonb',
  submission_timing: 'varchar',
  days_late: 'int',
};

/**
 * Writes the figures of reports into report_figure (docs/domain.md §13), replacing what was there:
 * called in the transaction of every report write, so the sums the dashboard asks of the database
 * never disagree with the reports, and by the migration that fills the table for existing rows.
 * One statement for any number of reports: each column travels as one array parameter.
 */
export async function writeReportFigures(db: SqlRunner, reports: readonly ReportFigureInput[], options: { timing?: boolean } = {}): Promise<void> {
  if (reports.length === 0) return;
  const { sql, params } = reportFiguresInsert(reports, options);
  await db.query(sql, params);
}

/**
 * The statement writeReportFigures runs, for a caller that makes it part of a larger one: its
 * parameters numbered from `firstParam`, and with `onlyIf` (an SQL condition) written only when
 * the condition holds, e.g. that a versioned update in the same statement found its row.
 */
export function reportFiguresInsert(
  reports: readonly ReportFigureInput[],
  options: { timing?: boolean; firstParam?: number; onlyIf?: string } = {},
): { sql: string; params: unknown[] } {
  const first = options.firstParam ?? 1;
  const written = options.timing === false ? COLUMNS_BEFORE_TIMING : COLUMNS;
  const columns: unknown[][] = COLUMNS.map(() => []);
  for (const report of reports) {
    const figures = reportFigures({
      dossier: report.content.dossier ?? null,
      sections: report.content.sections ?? [],
      plans: report.content.plans ?? [],
      decisions: report.content.decisions ?? [],
      trainings: report.content.trainings ?? [],
      inspections: report.content.inspections ?? [],
    });
    const values = [
      report.id,
      report.agencyId,
      report.periodId,
      report.status,
      figures.dossier !== null,
      ...DOSSIER_FIELDS.map((field) => figures.dossier?.[field] ?? null),
      figures.plans,
      JSON.stringify(figures.plansByArea),
      figures.decisions,
      figures.trainings,
      figures.trainingParticipants,
      figures.inspectionsHeld,
      figures.inspectionsPlanned,
      figures.inspectionViolations,
      JSON.stringify(figures.coveredAreas),
      report.submissionTiming ?? null,
      report.daysLate ?? null,
    ];
    values.forEach((value, index) => columns[index]?.push(value));
  }
  const unnest = written.map((column, index) => `$${index + first}::${TYPES[column] === 'jsonb' ? 'text' : TYPES[column]}[]`).join(', ');
  const select = written.map((column) => (TYPES[column] === 'jsonb' ? `${column}::jsonb` : column)).join(', ');
  const update = written
    .filter((column) => column !== 'report_id')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ');
  return {
    sql: `INSERT INTO report_figure (${written.join(', ')})
     SELECT ${select} FROM unnest(${unnest}) AS f(${written.join(', ')})${options.onlyIf ? ` WHERE ${options.onlyIf}` : ''}
     ON CONFLICT (report_id) DO UPDATE SET ${update}`,
    params: written.map((column) => columns[COLUMNS.indexOf(column)]),
  };
}
