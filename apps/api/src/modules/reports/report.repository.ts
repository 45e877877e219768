import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportListQuery } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { prepared } from '../../common/database/prepared-statements.js';
import { AppError } from '../../common/errors/app-error.js';
import { reportFiguresInsert, writeReportFigures, type SqlRunner } from './report-figures.writer.js';
import { ReportSubmissionEntity } from './report-submission.entity.js';
import { ReportEntity } from './report.entity.js';

export type ReportChanges = Partial<
  Pick<
    ReportEntity,
    | 'status'
    | 'content'
    | 'errorCount'
    | 'warningCount'
    | 'submittedAt'
    | 'firstSubmittedAt'
    | 'returnedAt'
    | 'corrections'
    | 'submissionTiming'
    | 'daysLate'
    | 'returnReasons'
    | 'signatureRequestedAt'
  >
>;

/** Every column of report, as ReportEntity maps them (a test holds the two equal). */
export const REPORT_COLUMNS = [
  'id',
  'agency_id',
  'period_id',
  'status',
  'version',
  'content',
  'error_count',
  'warning_count',
  'submitted_at',
  'submission_timing',
  'days_late',
  'return_reasons',
  'created_by',
  'created_at',
  'updated_at',
  'first_submitted_at',
  'returned_at',
  'corrections',
  'signature_requested_at',
] as const;

/** A report with its agency's code and its period's year and kind: what an edit reads (prepared). */
export const REPORT_FOR_EDIT_SQL = prepared(
  `SELECT ${REPORT_COLUMNS.map((column) => `r.${column}`).join(', ')},
          a.code AS "edit:agency_code", p.year AS "edit:period_year", p.kind AS "edit:period_kind"
   FROM report r JOIN agency a ON a.id = r.agency_id JOIN reporting_period p ON p.id = r.period_id
   WHERE r.id = $1`,
);

/**
 * The only code that reads and writes reports, and with each write the report's figures
 * (report_figure, what the dashboard sums). Every write method takes the transaction's
 * EntityManager: with PGlite (one session) a query outside the open transaction would deadlock.
 */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What runs a statement outside any transaction (one statement is atomic on its own). */
  runner(): SqlRunner {
    return this.dataSource.manager;
  }

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<ReportEntity | null> {
    return em.findOneBy(ReportEntity, { id });
  }

  /**
   * A report with what its content must match (its agency's code, its period's year and kind), in
   * one query: an edit reads nothing else before it writes.
   */
  async findForEdit(id: string): Promise<{ report: ReportEntity; agency: { code: string }; period: { year: number; kind: string } } | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(REPORT_FOR_EDIT_SQL, [id]);
    const row = rows[0];
    if (!row) return null;
    return {
      report: this.fromRow(row),
      agency: { code: String(row['edit:agency_code']) },
      period: { year: Number(row['edit:period_year']), kind: String(row['edit:period_kind']) },
    };
  }

  /** Reports matching the filters; `agencyIds` (when given) limits what the caller may see. */
  async list(query: ReportListQuery): Promise<ReportEntity[]> {
    const qb = this.dataSource.manager.createQueryBuilder(ReportEntity, 'r');
    if (query.agencyId) qb.andWhere('r.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.periodId) qb.andWhere('r.period_id = :periodId', { periodId: query.periodId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.year !== undefined) {
      qb.andWhere('r.period_id IN (SELECT id FROM reporting_period WHERE year = :year)', { year: query.year });
    }
    return qb.orderBy('r.updated_at', 'DESC').addOrderBy('r.id').getMany();
  }

  async insert(em: EntityManager, report: Omit<ReportEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<ReportEntity> {
    try {
      const now = new Date();
      const saved = await em.save(ReportEntity, em.create(ReportEntity, { ...report, createdAt: now, updatedAt: now }));
      await writeReportFigures(em, [saved]);
      return saved;
    } catch (error) {
      if (isUniqueViolation(error, 'report_agency_period_unique')) {
        throw new AppError('REPORT_EXISTS', 'This agency already has a report for this period.');
      }
      throw error;
    }
  }

  /**
   * Writes the changes only if the stored version is still `expectedVersion`, and raises it by
   * one: of two writers holding the same version exactly one succeeds, the other gets 409. The
   * report's figures (what the dashboard sums) and `alongside` (a statement for another table, such
   * as the change's audit entry, given the report as it will be and SQL for its content before and
   * after, so the content need not be sent again) are written by the same
   * statement, and only if the update found its row: one statement is atomic without a
   * transaction, and costs one round trip to the database instead of five.
   */
  async updateVersioned(
    db: SqlRunner,
    report: ReportEntity,
    expectedVersion: number,
    changes: ReportChanges,
    alongside?: (next: ReportEntity, options: { firstParam: number; onlyIf: string; content: { before: string; after: string } }) => { sql: string; params: unknown[] },
  ): Promise<ReportEntity> {
    const columns = this.dataSource.getMetadata(ReportEntity).columns;
    const assignments: string[] = [];
    const params: unknown[] = [report.id, expectedVersion];
    let newContent: string | null = null;
    for (const [property, value] of Object.entries(changes)) {
      const column = columns.find((c) => c.propertyName === property);
      if (!column || value === undefined) continue;
      params.push(column.type === 'jsonb' ? JSON.stringify(value) : value);
      assignments.push(`${column.databaseName} = $${params.length}`);
      if (column.databaseName === 'content') newContent = `$${params.length}::jsonb`;
    }
    // The content as it was (`stored`, read once: no part of the statement sees the update) and as
    // it will be (the parameter written, or the same when unchanged), for what is written beside.
    const storedContent = '(SELECT content FROM stored)';
    const content = { before: storedContent, after: newContent ?? storedContent };
    const next = Object.assign(new ReportEntity(), report, changes, { version: expectedVersion + 1 });
    const onlyIf = 'EXISTS (SELECT 1 FROM updated)';
    const figures = reportFiguresInsert([next], { firstParam: params.length + 1, onlyIf });
    params.push(...figures.params);
    const other = alongside?.(next, { firstParam: params.length + 1, onlyIf, content });
    params.push(...(other?.params ?? []));
    // Prepared: an edit's statement differs only by which columns it sets and what it writes beside.
    const rows = (await db.query(
      prepared(`WITH stored AS (SELECT content FROM report WHERE id = $1),
       updated AS (
         UPDATE report SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
         WHERE id = $1 AND version = $2 RETURNING updated_at
       ),
       figures AS (${figures.sql})${other ? `,\n       alongside AS (${other.sql})` : ''}
       SELECT updated_at FROM updated`),
      params,
    )) as { updated_at: Date }[];
    const written = rows[0];
    if (!written) {
      // Read through the same runner: inside a transaction on the embedded database (one
      // connection), another would wait for the transaction forever.
      const current = (await db.query('SELECT version FROM report WHERE id = $1', [report.id])) as { version: number }[];
      if (!current[0]) throw new AppError('NOT_FOUND', 'No such report.');
      throw staleVersion(current[0].version);
    }
    next.updatedAt = written.updated_at;
    return next;
  }

  /** A report as the database returns its row (column names), as the entity (property names). */
  private fromRow(row: Record<string, unknown>): ReportEntity {
    const entity = new ReportEntity();
    const record = entity as unknown as Record<string, unknown>;
    for (const column of this.dataSource.getMetadata(ReportEntity).columns) record[column.propertyName] = row[column.databaseName];
    return entity;
  }

  async insertSubmission(em: EntityManager, submission: Omit<ReportSubmissionEntity, 'id' | 'sequence'>): Promise<ReportSubmissionEntity> {
    const rows: { next: number }[] = await em.query(
      'SELECT coalesce(max(sequence), 0) + 1 AS next FROM report_submission WHERE report_id = $1',
      [submission.reportId],
    );
    return em.save(ReportSubmissionEntity, em.create(ReportSubmissionEntity, { ...submission, sequence: Number(rows[0]?.next ?? 1) }));
  }

  /** Records the registration of a report's latest submission (its content stays as it was sent). */
  async registerLatestSubmission(em: EntityManager, reportId: string, registration: ReportSubmissionEntity['registration']): Promise<void> {
    await em.query(
      `UPDATE report_submission SET registration = $2
       WHERE report_id = $1 AND sequence = (SELECT max(sequence) FROM report_submission WHERE report_id = $1)`,
      [reportId, JSON.stringify(registration)],
    );
  }

  findSubmission(reportId: string, sequence: number): Promise<ReportSubmissionEntity | null> {
    return this.dataSource.manager.findOneBy(ReportSubmissionEntity, { reportId, sequence });
  }

  listSubmissions(reportId: string): Promise<ReportSubmissionEntity[]> {
    return this.dataSource.manager.find(ReportSubmissionEntity, { where: { reportId }, order: { sequence: 'ASC' } });
  }
}

export function staleVersion(currentVersion: number): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `The report was changed by someone else (now at version ${currentVersion}). Reload it and apply your changes again.`,
    undefined,
    { currentVersion },
  );
}
