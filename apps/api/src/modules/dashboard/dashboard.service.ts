import { Inject, Injectable } from '@nestjs/common';
import {
  expectedReporters,
  periodChange,
  programmeForYear,
  rankAgencies,
  RANKING_DEFAULT_ORDER,
  reportingRate,
  toVietnamDate,
  type AgencyDto,
  type AgencyKind,
  type DashboardAreasQuery,
  type DashboardAreasResponse,
  type DashboardDossierQuery,
  type DashboardDossierResponse,
  type DashboardRankingQuery,
  type DashboardRankingResponse,
  type DashboardStatusPeriod,
  type DashboardStatusQuery,
  type DashboardStatusResponse,
  type PeriodKind,
  type ReportingPeriodDto,
} from '@cchc/domain';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { toDashboardAgency, toStatusCell } from './dashboard.dto.js';
import {
  areaActivity,
  areaCoverage,
  dossierPoint,
  isPastDeadline,
  isReported,
  previousPeriodOf,
  provinceFigure,
  reportFigure,
} from './dashboard.figures.js';
import { DashboardRepository, type DashboardReportRow } from './dashboard.repository.js';

/** The periods, agencies and reports one dashboard answer is computed from. */
interface DashboardData {
  periods: ReportingPeriodDto[];
  agencies: AgencyDto[];
  /** Reports of those periods by agencies of the chosen kind, whatever their status. */
  reports: DashboardReportRow[];
}

const cellKey = (agencyId: string, periodId: string): string => `${agencyId}|${periodId}`;

/**
 * The comparison across agencies, periods and reform areas, computed live from the stored reports
 * at each request. Who is expected follows the agencies' validity dates (docs/domain.md §8); only
 * reports that reached Home Affairs are data; rates, ranks and changes come from @cchc/domain.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async status(query: DashboardStatusQuery): Promise<DashboardStatusResponse> {
    const { periods, agencies, reports } = await this.load(query.year, query.kind, query.agencyKind);
    const now = this.clock();
    const byCell = new Map(reports.map((r) => [cellKey(r.agencyId, r.periodId), r]));
    const expected = new Map(periods.map((p) => [p.id, new Set(expectedReporters(agencies, { to: p.windowTo }).map((a) => a.id))]));
    const isExpected = (agencyId: string, periodId: string): boolean => expected.get(periodId)?.has(agencyId) ?? false;
    const deadlinePassed = new Map(periods.map((p) => [p.id, isPastDeadline(now, p)]));

    const columns = periods.map((period): DashboardStatusPeriod => {
      const expectedIds = [...(expected.get(period.id) ?? [])];
      const here = reports.filter((r) => r.periodId === period.id);
      const summary: DashboardStatusPeriod = {
        period,
        deadlinePassed: deadlinePassed.get(period.id) ?? false,
        reporting: reportingRate(
          expectedIds,
          here.filter((r) => isReported(r.status)).map((r) => r.agencyId),
        ),
        counts: { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, MISSING: 0 },
        timing: { onTime: 0, late: 0, afterGrace: 0 },
        overdue: 0,
      };
      for (const agencyId of expectedIds) {
        const cell = toStatusCell(period.id, true, byCell.get(cellKey(agencyId, period.id)), summary.deadlinePassed);
        if (cell.status !== 'NOT_EXPECTED') summary.counts[cell.status] += 1;
        if (cell.overdue) summary.overdue += 1;
        if (cell.reported && cell.timing === 'ON_TIME') summary.timing.onTime += 1;
        if (cell.reported && cell.timing === 'LATE') summary.timing.late += 1;
        if (cell.reported && cell.timing === 'AFTER_GRACE') summary.timing.afterGrace += 1;
      }
      return summary;
    });

    const rows = agencies
      .filter((a) => periods.some((p) => isExpected(a.id, p.id) || byCell.has(cellKey(a.id, p.id))))
      .map((agency) => ({
        agency: toDashboardAgency(agency),
        cells: periods.map((p) =>
          toStatusCell(p.id, isExpected(agency.id, p.id), byCell.get(cellKey(agency.id, p.id)), deadlinePassed.get(p.id) ?? false),
        ),
      }));

    return {
      year: query.year,
      kind: query.kind ?? null,
      agencyKind: query.agencyKind ?? null,
      asOf: toVietnamDate(now.toISOString()),
      periods: columns,
      rows,
    };
  }

  async dossier(query: DashboardDossierQuery): Promise<DashboardDossierResponse> {
    const { periods, agencies, reports } = await this.load(query.year, query.kind, query.agencyKind);
    const reported = reports.filter((r) => isReported(r.status));
    const chosen = query.agencyIds
      ? agencies.filter((a) => query.agencyIds?.includes(a.id))
      : agencies.filter((a) => reported.some((r) => r.agencyId === a.id && r.parts.dossier !== null));
    return {
      year: query.year,
      kind: query.kind ?? null,
      agencyKind: query.agencyKind ?? null,
      periods,
      province: periods.map((p) => dossierPoint(p.id, reported.filter((r) => r.periodId === p.id))),
      agencies: chosen.map((agency) => ({
        agency: toDashboardAgency(agency),
        points: periods.map((p) => dossierPoint(p.id, reported.filter((r) => r.periodId === p.id && r.agencyId === agency.id))),
      })),
    };
  }

  async areas(query: DashboardAreasQuery): Promise<DashboardAreasResponse> {
    const { periods, agencies, reports } = await this.load(query.year, query.kind, query.agencyKind);
    const reported = reports.filter((r) => isReported(r.status));
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const programme = programmeForYear(query.year);
    return {
      year: query.year,
      kind: query.kind ?? null,
      agencyKind: query.agencyKind ?? null,
      areaKey: query.areaKey ?? null,
      programme: programme
        ? { code: programme.code, areas: programme.areas.map((a) => ({ key: a.key, ordinal: a.ordinal, name: a.name })) }
        : null,
      periods,
      activity: periods.map((p) =>
        areaActivity(
          p.id,
          p.year,
          reported.filter((r) => r.periodId === p.id).map((r) => r.parts),
          query.areaKey,
        ),
      ),
      coverage: agencies
        .map((agency) => ({
          agency: toDashboardAgency(agency),
          reports: reported
            .filter((r) => r.agencyId === agency.id)
            .sort((a, b) => periods.findIndex((p) => p.id === a.periodId) - periods.findIndex((p) => p.id === b.periodId))
            .map((r) => ({
              periodId: r.periodId,
              reportId: r.id,
              status: r.status as 'SUBMITTED' | 'RETURNED' | 'ACCEPTED',
              ...areaCoverage(r.parts.sections, periodById.get(r.periodId)?.year ?? query.year, query.areaKey),
            })),
        }))
        .filter((row) => row.reports.length > 0),
    };
  }

  async ranking(query: DashboardRankingQuery): Promise<DashboardRankingResponse> {
    const period = await this.periods.get(query.periodId);
    if (!period) throw new AppError('NOT_FOUND', 'No such reporting period.');
    const previousPeriod = previousPeriodOf(period, await this.periods.list({ kind: period.kind }));
    const agencies = await this.agencyList(query.agencyKind);
    const reports = await this.reportsOf(
      previousPeriod ? [period.id, previousPeriod.id] : [period.id],
      agencies,
    );
    const current = new Map(reports.filter((r) => r.periodId === period.id).map((r) => [r.agencyId, r]));
    const previous = new Map(
      reports.filter((r) => r.periodId === previousPeriod?.id && isReported(r.status)).map((r) => [r.agencyId, r]),
    );
    const expected = new Set(expectedReporters(agencies, { to: period.windowTo }).map((a) => a.id));
    const valueOf = (report: DashboardReportRow | undefined): number | null =>
      report && isReported(report.status) ? reportFigure(report.parts, query.figure) : null;

    const items = agencies
      .filter((a) => expected.has(a.id) || current.has(a.id))
      .map((agency) => ({ agency, report: current.get(agency.id), value: valueOf(current.get(agency.id)), before: valueOf(previous.get(agency.id)) }));
    const order = query.order ?? RANKING_DEFAULT_ORDER[query.figure];

    const province = provinceFigure(
      [...current.values()].filter((r) => isReported(r.status)).map((r) => r.parts),
      query.figure,
    );
    const provinceBefore = previousPeriod ? provinceFigure([...previous.values()].map((r) => r.parts), query.figure).value : null;
    const { previous: provincePrevious, change, changeRate } = periodChange(province.value, provinceBefore);

    return {
      period,
      previousPeriod,
      figure: query.figure,
      order,
      agencyKind: query.agencyKind ?? null,
      province: { ...province, previous: provincePrevious, change, changeRate },
      rows: rankAgencies(items, (item) => item.value, { order }).map(({ item, rank, value }) => {
        const difference = periodChange(value, item.before);
        return {
          agency: toDashboardAgency(item.agency),
          reportId: item.report?.id ?? null,
          status: item.report?.status ?? (expected.has(item.agency.id) ? 'MISSING' : 'NOT_EXPECTED'),
          rank,
          value,
          previous: difference.previous,
          change: difference.change,
          changeRate: difference.changeRate,
        };
      }),
    };
  }

  private async load(year: number, kind: PeriodKind | undefined, agencyKind: AgencyKind | undefined): Promise<DashboardData> {
    const periods = await this.periods.list(kind ? { year, kind } : { year });
    const agencies = await this.agencyList(agencyKind);
    const reports = await this.reportsOf(
      periods.map((p) => p.id),
      agencies,
    );
    return { periods, agencies, reports };
  }

  private agencyList(kind: AgencyKind | undefined): Promise<AgencyDto[]> {
    return this.agencies.list(kind ? { kind } : {});
  }

  /** Reports of the periods by the given agencies (the agency-kind filter). */
  private async reportsOf(periodIds: string[], agencies: readonly AgencyDto[]): Promise<DashboardReportRow[]> {
    const ids = new Set(agencies.map((a) => a.id));
    return (await this.repository.reportsOfPeriods(periodIds)).filter((r) => ids.has(r.agencyId));
  }
}
