import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Report, ReportStatus } from '@cchc/domain';
import { DataSource } from 'typeorm';

/** A report of one period as the figures table reads it: its content only where Home Affairs holds it. */
export interface PeriodReportRow {
  id: string;
  agencyId: string;
  status: ReportStatus;
  /** The content of a submitted or accepted report; null for a draft or a returned one. */
  content: Report | null;
}

interface RawRow {
  id: string;
  agency_id: string;
  status: ReportStatus;
  content: Report | null;
}

/**
 * The figures table's one read: the reports of a period, with the content of those Home Affairs
 * holds (a draft's or a returned report's content is the agency's work in progress and never leaves
 * the database here).
 */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async reportsOfPeriod(periodId: string): Promise<PeriodReportRow[]> {
    const rows = await this.dataSource.query<RawRow[]>(
      `SELECT id, agency_id, status, CASE WHEN status IN ('SUBMITTED', 'ACCEPTED') THEN content END AS content
       FROM report WHERE period_id = $1 ORDER BY agency_id`,
      [periodId],
    );
    return rows.map((row) => ({ id: row.id, agencyId: row.agency_id, status: row.status, content: row.content }));
  }
}
