import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportListQuery } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { AppError } from '../../common/errors/app-error.js';
import { writeReportFigures } from './report-figures.writer.js';
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
  >
>;

/**
 * The only code that reads and writes reports, and with each write the report's figures
 * (report_figure, what the dashboard sums). Every write method takes the transaction's
 * EntityManager: with PGlite (one session) a query outside the open transaction would deadlock.
 */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<ReportEntity | null> {
    return em.findOneBy(ReportEntity, { id });
  }

  /**
   * A report with what its content must match (its agency's code, its period's year and kind), in
   * one query: an edit reads nothing else before it writes.
   */
  async findForEdit(id: string): Promise<{ report: ReportEntity; agency: { code: string }; period: { year: number; kind: string } } | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.*, a.code AS "edit:agency_code", p.year AS "edit:period_year", p.kind AS "edit:period_kind"
       FROM report r JOIN agency a ON a.id = r.agency_id JOIN reporting_period p ON p.id = r.period_id
       WHERE r.id = $1`,
      [id],
    );
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
   * one: of two writers holding the same version exactly one succeeds, the other gets 409.
   */
  async updateVersioned(em: EntityManager, id: string, expectedVersion: number, changes: ReportChanges): Promise<ReportEntity> {
    // One statement that writes and returns the row (the query builder would read it again), with
    // the columns named by the entity's metadata.
    const columns = this.dataSource.getMetadata(ReportEntity).columns;
    const assignments: string[] = [];
    const values: unknown[] = [id, expectedVersion];
    for (const [property, value] of Object.entries(changes)) {
      const column = columns.find((c) => c.propertyName === property);
      if (!column || value === undefined) continue;
      values.push(column.type === 'jsonb' ? JSON.stringify(value) : value);
      assignments.push(`${column.databaseName} = $${values.length}`);
    }
    const rows: Record<string, unknown>[] = await em.query(
      `UPDATE report SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $1 AND version = $2 RETURNING *`,
      values,
    );
    // node-pg answers an UPDATE ... RETURNING with [rows, count] through TypeORM's query().
    const row = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as Record<string, unknown> | undefined;
    if (!row) {
      const current = await em.findOneBy(ReportEntity, { id });
      if (!current) throw new AppError('NOT_FOUND', 'No such report.');
      throw staleVersion(current.version);
    }
    const current = this.fromRow(row);
    // The figures the dashboard sums follow the report in the same transaction.
    await writeReportFigures(em, [current]);
    return current;
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
