import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompilationReport, Report, ReportStatus, SubmissionTiming } from '@cchc/domain';
import { DataSource } from 'typeorm';

/**
 * A report of one period as the figures table and the compilation read it: its state, the timing
 * of its first submission, and its content only where Home Affairs holds it (submitted or accepted).
 */
export type PeriodReportRow = CompilationReport;

interface RawRow {
  id: string;
  agency_id: string;
  status: ReportStatus;
  version: number;
  submission_timing: SubmissionTiming | null;
  days_late: number | null;
  content: Report | null;
}

/**
 * The figures table's and the compilation's read: the reports of a period, with the content of those Home Affairs
 * holds (a draft's or a returned report's content is the agency's work in progress and never leaves
 * the database here).
 */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async reportsOfPeriod(periodId: string): Promise<PeriodReportRow[]> {
    const rows = await this.dataSource.query<RawRow[]>(
      `SELECT id, agency_id, status, version, submission_timing, days_late,
              CASE WHEN status IN ('SUBMITTED', 'ACCEPTED') THEN content END AS content
       FROM report WHERE period_id = $1 ORDER BY agency_id`,
      [periodId],
    );
    return rows.map((row) => ({
      id: row.id,
      agencyId: row.agency_id,
      status: row.status,
      version: Number(row.version),
      timing: row.submission_timing,
      daysLate: row.days_late === null ? null : Number(row.days_late),
      content: row.content,
    }));
  }
}
