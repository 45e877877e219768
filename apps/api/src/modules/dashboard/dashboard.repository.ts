import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportStatus, SubmissionTiming } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { ReportEntity } from '../reports/report.entity.js';
import type { DashboardReportParts } from './dashboard.figures.js';

/** A stored report as the dashboard reads it: its state and the parts of its content it counts. */
export interface DashboardReportRow {
  id: string;
  agencyId: string;
  periodId: string;
  status: ReportStatus;
  /** The first submission, which alone decides the timing (docs/domain.md §13). */
  submittedAt: Date | null;
  submissionTiming: SubmissionTiming | null;
  daysLate: number | null;
  errorCount: number;
  warningCount: number;
  parts: DashboardReportParts;
}

interface RawRow {
  id: string;
  agency_id: string;
  period_id: string;
  status: ReportStatus;
  submitted_at: Date | string | null;
  submission_timing: SubmissionTiming | null;
  days_late: number | null;
  error_count: number;
  warning_count: number;
  dossier: DashboardReportParts['dossier'];
  sections: DashboardReportParts['sections'] | null;
  plans: DashboardReportParts['plans'] | null;
  decisions: DashboardReportParts['decisions'] | null;
  trainings: DashboardReportParts['trainings'] | null;
  inspections: DashboardReportParts['inspections'] | null;
}

/**
 * The only code of the dashboard that touches the database: one read of the reports of some
 * periods, taking from the jsonb content only the parts the aggregates count (not the narrative
 * of plans, letters, tasks...). Aggregation happens at request time; there are no batch tables.
 */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async reportsOfPeriods(periodIds: readonly string[]): Promise<DashboardReportRow[]> {
    if (periodIds.length === 0) return [];
    const rows = await this.dataSource.manager
      .createQueryBuilder(ReportEntity, 'r')
      .select([
        'r.id AS id',
        'r.agency_id AS agency_id',
        'r.period_id AS period_id',
        'r.status AS status',
        'r.first_submitted_at AS submitted_at',
        'r.submission_timing AS submission_timing',
        'r.days_late AS days_late',
        'r.error_count AS error_count',
        'r.warning_count AS warning_count',
      ])
      .addSelect(`r.content -> 'dossier'`, 'dossier')
      .addSelect(`r.content -> 'sections'`, 'sections')
      .addSelect(`r.content -> 'plans'`, 'plans')
      .addSelect(`r.content -> 'decisions'`, 'decisions')
      .addSelect(`r.content -> 'trainings'`, 'trainings')
      .addSelect(`r.content -> 'inspections'`, 'inspections')
      .where('r.period_id IN (:...periodIds)', { periodIds })
      .orderBy('r.period_id')
      .addOrderBy('r.agency_id')
      .getRawMany<RawRow>();
    return rows.map(toRow);
  }
}

function toRow(raw: RawRow): DashboardReportRow {
  return {
    id: raw.id,
    agencyId: raw.agency_id,
    periodId: raw.period_id,
    status: raw.status,
    submittedAt: raw.submitted_at === null ? null : new Date(raw.submitted_at),
    submissionTiming: raw.submission_timing,
    daysLate: raw.days_late === null ? null : Number(raw.days_late),
    errorCount: Number(raw.error_count),
    warningCount: Number(raw.warning_count),
    parts: {
      dossier: raw.dossier ?? null,
      sections: raw.sections ?? [],
      plans: raw.plans ?? [],
      decisions: raw.decisions ?? [],
      trainings: raw.trainings ?? [],
      inspections: raw.inspections ?? [],
    },
  };
}
