import { Inject, Injectable } from '@nestjs/common';
import {
  coveredPredecessors,
  expectedReporters,
  isReportingKind,
  periodChange,
  programmeForYear,
  rankAgencies,
  RANKING_DEFAULT_ORDER,
  reportingRate,
  restatedAgency,
  toVietnamDate,
  type AgencyDetailDto,
  type AgencyKind,
  type DashboardAgencyRef,
  type DashboardCellStatus,
  type DashboardAreasQuery,
  type DashboardAreasResponse,
  type DashboardDossierQuery,
  type DashboardDossierResponse,
  type DashboardOverviewQuery,
  type DashboardOverviewResponse,
  type DashboardRankingQuery,
  type DashboardRankingResponse,
  type DashboardStatusPeriod,
  type DashboardStatusCell,
  type DashboardStatusQuery,
  type DashboardStatusResponse,
  type DashboardStructure,
  type PeriodKind,
  type ReportingPeriodDto,
} from '@cchc/domain';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { toAgencyLinks, toAgencyRef, toDashboardAgency, toStatusCell } from './dashboard.dto.js';
import {
  activityTotals,
  agencyFigure,
  areaActivity,
  areaCoverage,
  dossierPointOfSums,
  isPastDeadline,
  isReported,
  previousPeriodOf,
  provinceFigure,
} from './dashboard.figures.js';
import { DashboardRepository, type DashboardReportRow } from './dashboard.repository.js';

/** The periods, agencies and reports one dashboard answer is computed from. */
interface DashboardData {
  periods: ReportingPeriodDto[];
  agencies: AgencyDetailDto[];
  /** Reports of those periods by agencies of the chosen kind, whatever their status. */
  reports: DashboardReportRow[];
}

const cellKey = (agencyId: string, periodId: string): string => `${agencyId}|${periodId}`;

/** How far a report has gone, for the status of several folded together: the least advanced shows. */
const PROGRESS: readonly DashboardCellStatus[] = ['MISSING', 'DRAFT', 'RETURNED', 'SUBMITTED', 'ACCEPTED', 'NOT_EXPECTED'];

/**
 * Whom each agency's reports count under: itself as reported, or (restated) the agency that took
 * it over (docs/domain.md §13).
 */
function ownerOf(agencies: readonly AgencyDetailDto[], structure: DashboardStructure): (agencyId: string) => string {
  if (structure === 'reported') return (agencyId) => agencyId;
  const under = restatedAgency(agencies);
  return (agencyId) => under.get(agencyId) ?? agencyId;
}

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

    // After a merger the agency valid at a window's end reports for all of it (docs/domain.md §8,
    // §13): its cell names the predecessors it covers, and a predecessor keeps its row for the
    // year, its later cells naming who took it over.
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const lineage = (agency: AgencyDetailDto, period: ReportingPeriodDto, expected: boolean): Pick<DashboardStatusCell, 'covers' | 'succeededBy'> => {
      if (!expected) return { covers: [], succeededBy: toAgencyLinks(agency.successors.filter((s) => s.effectiveOn <= period.windowTo), byId) };
      const covered = coveredPredecessors(agency, agencies, { from: period.windowFrom, to: period.windowTo });
      const chain = new Set([agency.id, ...covered.map((c) => c.id)]);
      return {
        covers: covered.map((c) => ({ ...toAgencyRef(c), effectiveOn: c.successors.find((s) => chain.has(s.agencyId))?.effectiveOn ?? period.windowTo })),
        succeededBy: [],
      };
    };
    const yearStart = `${query.year}-01-01`;
    const yearEnd = `${query.year}-12-31`;
    const validInYear = (a: AgencyDetailDto): boolean => a.validFrom <= yearEnd && (a.validTo === null || a.validTo >= yearStart);
    const rows = agencies
      .filter((a) => validInYear(a) || periods.some((p) => isExpected(a.id, p.id) || byCell.has(cellKey(a.id, p.id))))
      .map((agency) => ({
        agency: toDashboardAgency(agency),
        predecessors: toAgencyLinks(agency.predecessors, byId),
        successors: toAgencyLinks(agency.successors, byId),
        cells: periods.map((p) => {
          const expectedHere = isExpected(agency.id, p.id);
          return toStatusCell(p.id, expectedHere, byCell.get(cellKey(agency.id, p.id)), deadlinePassed.get(p.id) ?? false, lineage(agency, p, expectedHere));
        }),
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
    const periods = await this.periods.list(query.kind ? { year: query.year, kind: query.kind } : { year: query.year });
    const agencies = await this.agencyList(query.agencyKind);
    const structure = query.structure ?? 'reported';
    const owner = ownerOf(agencies, structure);
    // Summed by the database per period, over the agencies and per agency; folding predecessors
    // into their successor (restated) adds their sums.
    const sums = await this.repository.dossierSums(
      periods.map((p) => p.id),
      agencies.map((a) => a.id),
    );
    const province = new Map(sums.filter((sum) => sum.agencyId === null).map((sum) => [sum.periodId, sum]));
    const byOwner = new Map<string, Map<string, typeof sums>>();
    const reportedIds = new Set<string>();
    for (const sum of sums) {
      if (sum.agencyId === null) continue;
      reportedIds.add(sum.agencyId);
      const periodsOfOwner = byOwner.get(owner(sum.agencyId)) ?? new Map<string, typeof sums>();
      periodsOfOwner.set(sum.periodId, [...(periodsOfOwner.get(sum.periodId) ?? []), sum]);
      byOwner.set(owner(sum.agencyId), periodsOfOwner);
    }
    const withFigures = new Set(sums.filter((sum) => sum.agencyId !== null && sum.reports > 0).map((sum) => owner(sum.agencyId!)));
    const chosenIds = new Set(query.agencyIds ? query.agencyIds.map(owner) : withFigures);
    const chosen = agencies.filter((a) => chosenIds.has(a.id));
    // The agencies folded into each owner that reported in the year, found in one pass.
    const foldedInto = new Map<string, DashboardAgencyRef[]>();
    for (const agency of agencies) {
      const into = owner(agency.id);
      if (into === agency.id || !reportedIds.has(agency.id)) continue;
      foldedInto.set(into, [...(foldedInto.get(into) ?? []), toAgencyRef(agency)]);
    }
    const folded = (agencyId: string): DashboardAgencyRef[] => foldedInto.get(agencyId) ?? [];
    return {
      year: query.year,
      kind: query.kind ?? null,
      agencyKind: query.agencyKind ?? null,
      structure,
      periods,
      province: periods.map((p) => dossierPointOfSums(p.id, province.has(p.id) ? [province.get(p.id)!] : [])),
      agencies: chosen.map((agency) => ({
        agency: toDashboardAgency(agency),
        restatedFrom: folded(agency.id),
        points: periods.map((p) => dossierPointOfSums(p.id, byOwner.get(agency.id)?.get(p.id) ?? [])),
      })),
    };
  }

  async areas(query: DashboardAreasQuery): Promise<DashboardAreasResponse> {
    const { periods, agencies, reports } = await this.load(query.year, query.kind, query.agencyKind);
    const periodIds = periods.map((p) => p.id);
    const activity = new Map((await this.repository.activitySums(periodIds, agencies.map((a) => a.id))).map((sum) => [sum.periodId, sum]));
    const reported = reports.filter((r) => isReported(r.status));
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const periodOrder = new Map(periods.map((p, index) => [p.id, index]));
    const byAgency = new Map<string, DashboardReportRow[]>();
    for (const report of reported) byAgency.set(report.agencyId, [...(byAgency.get(report.agencyId) ?? []), report]);
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
      activity: periods.map((p) => areaActivity(p.id, p.year, activity.get(p.id) ?? activityTotals([]), query.areaKey)),
      coverage: agencies
        .filter((agency) => byAgency.has(agency.id))
        .map((agency) => ({
          agency: toDashboardAgency(agency),
          reports: [...(byAgency.get(agency.id) ?? [])]
            .sort((a, b) => (periodOrder.get(a.periodId) ?? 0) - (periodOrder.get(b.periodId) ?? 0))
            .map((r) => ({
              periodId: r.periodId,
              reportId: r.id,
              status: r.status as 'SUBMITTED' | 'RETURNED' | 'ACCEPTED',
              ...areaCoverage(r.figures.coveredAreas, periodById.get(r.periodId)?.year ?? query.year, query.areaKey),
            })),
        })),
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
    const structure = query.structure ?? 'reported';
    const owner = ownerOf(agencies, structure);
    const current = reports.filter((r) => r.periodId === period.id);
    const previous = reports.filter((r) => r.periodId === previousPeriod?.id && isReported(r.status));
    const expectedIds = expectedReporters(agencies, { to: period.windowTo }).map((a) => a.id);
    // As reported each agency is its own group; restated, a group is the agency that took over
    // and the predecessors folded into it, in this period or the previous one.
    const members = new Map<string, Set<string>>();
    for (const agencyId of [...expectedIds, ...current.map((r) => r.agencyId), ...previous.map((r) => r.agencyId)]) {
      const group = members.get(owner(agencyId)) ?? new Set<string>();
      group.add(agencyId);
      members.set(owner(agencyId), group);
    }
    const expected = new Set(expectedIds);
    const ranked = new Set([...expectedIds.map(owner), ...current.map((r) => owner(r.agencyId))]);
    // One report per agency and period (report_agency_period_unique).
    const currentOf = new Map(current.map((r) => [r.agencyId, r]));
    const previousOf = new Map(previous.map((r) => [r.agencyId, r]));
    const agencyById = new Map(agencies.map((a) => [a.id, a]));
    const statusOf = (ids: readonly string[]): DashboardCellStatus => {
      const statuses = ids
        .filter((id) => expected.has(id) || currentOf.has(id))
        .map((id): DashboardCellStatus => currentOf.get(id)?.status ?? (expected.has(id) ? 'MISSING' : 'NOT_EXPECTED'));
      return statuses.reduce<DashboardCellStatus>((least, s) => (PROGRESS.indexOf(s) < PROGRESS.indexOf(least) ? s : least), 'NOT_EXPECTED');
    };
    const reportsOf = (ids: readonly string[], of: ReadonlyMap<string, DashboardReportRow>): DashboardReportRow[] =>
      ids.flatMap((id) => (of.has(id) ? [of.get(id)!] : []));

    const items = agencies
      .filter((a) => ranked.has(a.id))
      .map((agency) => {
        const ids = [...(members.get(agency.id) ?? [agency.id])];
        const mine = reportsOf(ids, currentOf);
        const reportedHere = mine.filter((r) => isReported(r.status));
        return {
          agency,
          restatedFrom: ids.filter((id) => id !== agency.id && agencyById.has(id)).map((id) => toAgencyRef(agencyById.get(id)!)),
          reportId: mine.length === 1 ? (mine[0]?.id ?? null) : null,
          status: statusOf(ids),
          value: agencyFigure(
            reportedHere.map((r) => r.figures),
            query.figure,
          ),
          before: agencyFigure(
            reportsOf(ids, previousOf).map((r) => r.figures),
            query.figure,
          ),
        };
      });
    const order = query.order ?? RANKING_DEFAULT_ORDER[query.figure];

    const province = provinceFigure(
      current.filter((r) => isReported(r.status)).map((r) => r.figures),
      query.figure,
    );
    const provinceBefore = previousPeriod ? provinceFigure(previous.map((r) => r.figures), query.figure).value : null;
    const { previous: provincePrevious, change, changeRate } = periodChange(province.value, provinceBefore);

    return {
      period,
      previousPeriod,
      figure: query.figure,
      order,
      agencyKind: query.agencyKind ?? null,
      structure,
      province: { ...province, previous: provincePrevious, change, changeRate },
      rows: rankAgencies(items, (item) => item.value, { order }).map(({ item, rank, value }) => {
        const difference = periodChange(value, item.before);
        return {
          agency: toDashboardAgency(item.agency),
          restatedFrom: item.restatedFrom,
          reportId: item.reportId,
          status: item.status,
          rank,
          value,
          previous: difference.previous,
          change: difference.change,
          changeRate: difference.changeRate,
        };
      }),
    };
  }

  /**
   * The first view in one answer: the years, the year to show (asked for, else the latest up to
   * today's with a report, else the latest up to today's) and its four answers.
   */
  async overview(query: DashboardOverviewQuery): Promise<DashboardOverviewResponse> {
    const agencies = await this.agencyList(query.agencyKind);
    const years = await this.repository.reportsPerYear(agencies.map((a) => a.id));
    const today = toVietnamDate(this.clock().toISOString());
    const upToNow = years.filter((y) => y.year <= Number(today.slice(0, 4)));
    const year = query.year ?? upToNow.find((y) => y.reports > 0)?.year ?? upToNow[0]?.year ?? years.at(-1)?.year ?? null;
    if (year === null) return { years, year: null, status: null, dossier: null, areas: null, ranking: null };
    const filters = { year, ...(query.kind ? { kind: query.kind } : {}), ...(query.agencyKind ? { agencyKind: query.agencyKind } : {}) };
    const yearFilters = { year, ...(query.agencyKind ? { agencyKind: query.agencyKind } : {}) };
    // The board and the charts across periods cover the whole year (the period kind narrows the
    // board on the page); the ranking compares one period of the kind.
    const status = await this.status(yearFilters);
    const dossier = await this.dossier({ ...yearFilters, ...(query.structure ? { structure: query.structure } : {}) });
    const areas = await this.areas(yearFilters);
    const comparable = (await this.periods.list(filters)).sort((a, b) => a.windowTo.localeCompare(b.windowTo) || a.kind.localeCompare(b.kind));
    const period =
      comparable.find((p) => p.id === query.periodId) ?? [...comparable].reverse().find((p) => p.deadline < today) ?? comparable[0] ?? null;
    const ranking = period
      ? await this.ranking({
          periodId: period.id,
          figure: query.figure ?? 'onTimeRate',
          ...(query.agencyKind ? { agencyKind: query.agencyKind } : {}),
          ...(query.structure ? { structure: query.structure } : {}),
        })
      : null;
    return { years, year, status, dossier, areas, ranking };
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

  /** The agencies that report (the province compiles their reports and is not compared with them). */
  private async agencyList(kind: AgencyKind | undefined): Promise<AgencyDetailDto[]> {
    return (await this.agencies.list(kind ? { kind } : {})).filter((agency) => isReportingKind(agency.kind));
  }

  /** Reports of the periods by the given agencies (the agency-kind filter). */
  private reportsOf(periodIds: string[], agencies: readonly AgencyDetailDto[]): Promise<DashboardReportRow[]> {
    return this.repository.reports(
      periodIds,
      agencies.map((a) => a.id),
    );
  }
}
