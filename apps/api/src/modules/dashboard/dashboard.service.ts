import { Inject, Injectable } from '@nestjs/common';
import {
  agencySearch,
  AGENCY_KINDS,
  dossierTotals,
  endsTrimmed,
  CHART_END_COUNT,
  topAndBottom,
  type ChartEnds,
  type DashboardListShown,
  type SearchableAgency,
  compareStatusUrgency,
  DASHBOARD_DOSSIER_TOP,
  coveredPredecessors,
  isLateTiming,
  listPage,
  STATUS_BOARD_FILTERS,
  STATUS_BOARD_PAGE_SIZE,
  statusRowMatches,
  statusRowUrgency,
  type StatusBoardCell,
  expectedReporters,
  isReportingKind,
  periodChange,
  programmeForYear,
  REPORTING_AGENCY_KINDS,
  rankAgencies,
  RANKING_DEFAULT_ORDER,
  RATE_FIGURES,
  reportingRate,
  restatedAgency,
  toVietnamDate,
  type AgencyDetailDto,
  type AgencyKind,
  type DashboardAgencyRef,
  type DashboardCellStatus,
  type DashboardAreasQuery,
  type DashboardAreasResponse,
  type DashboardDossierPoint,
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
  type ReportingAgencyKind,
  type ReportingPeriodDetailDto,
  type ReportingPeriodDto,
} from '@cchc/domain';
import { CLOCK, type Clock } from '../../common/clock.js';
import { KeptPerReferenceVersion } from '../../common/database/reference-version.js';
import { AppError } from '../../common/errors/app-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { toAgencyLinks, toAgencyRef, toDashboardAgency, toStatusCell } from './dashboard.dto.js';
import {
  activityTotals,
  agencyFigure,
  areaActivity,
  areaCoverage,
  coverageAreaKeys,
  dossierPointOfSums,
  isPastDeadline,
  isReported,
  previousPeriodOf,
  type ProvinceFigure,
} from './dashboard.figures.js';
import {
  DashboardRepository,
  type DashboardCoverageRow,
  type DashboardRankedRow,
  type DashboardReportState,
  type DashboardStatusRow,
  type RankedValues,
} from './dashboard.repository.js';


/** The reference data the dashboard's answers start from, as read at one reference version. */
interface ReferenceSnapshot {
  version: string;
  /** The reporting agencies (the province compiles their reports and is not compared with them). */
  agencies: AgencyDetailDto[];
  periods: ReportingPeriodDetailDto[];
  /** The agencies in the status board's order (kind, then name), per language, computed when first asked for. */
  boardOrder: Map<'vi' | 'en', AgencyDetailDto[]>;
  /** The reporting agencies by id, built when first asked for. */
  byId: Map<string, AgencyDetailDto> | null;
  /** The agencies expected for a period, by agency kind and period end (expectedIn). */
  expected: Map<string, ReadonlySet<string>>;
}

/** The rows of a ranking an answer sends, and what it says of the rest. */
interface RankingShown {
  shownRows: { agency: AgencyDetailDto; rank: number | null; position: number; value: number | null }[];
  shown: Omit<ChartEnds<unknown>, 'entries'>;
  unranked: number;
}

/** One report's coverage of the areas, as an areas answer lists it. */
type CoverageReport = DashboardAreasResponse['coverage'][number]['reports'][number];

/** What the status board's summaries, filters and order read of one cell. */
interface CellState extends StatusBoardCell {
  expected: boolean;
  reported: boolean;
}

/** Each kind of agency's place in the board, as AGENCY_KINDS lists them. */
const KIND_ORDER: ReadonlyMap<AgencyKind, number> = new Map(AGENCY_KINDS.map((kind, index) => [kind, index]));

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
 * Each of the four answers reads the reference snapshot (`reference()`) unless given the one its
 * caller read: the overview reads it once for the four.
 */
@Injectable()
export class DashboardService {
  /** The reference data as read at the current reference version; the overview's four parts share one read. */
  private readonly snapshots = new KeptPerReferenceVersion(async (version): Promise<ReferenceSnapshot> => {
    const [agencies, periods] = await Promise.all([this.agencies.list({}), this.periods.list({})]);
    return { version, agencies: agencies.filter((agency) => isReportingKind(agency.kind)), periods, boardOrder: new Map(), byId: null, expected: new Map() };
  });

  constructor(
    private readonly repository: DashboardRepository,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async status(query: DashboardStatusQuery, snapshot?: ReferenceSnapshot): Promise<DashboardStatusResponse> {
    const reference = snapshot ?? (await this.reference());
    const periods = periodsIn(reference, query.year, query.kind);
    const agencies = agenciesIn(reference, query.agencyKind);
    const periodIds = periods.map((p) => p.id);
    const reports = await this.repository.reportStates(periodIds, kindsOf(query.agencyKind));
    const now = this.clock();
    // Reports by period, then agency (one per agency and period: report_agency_period_unique),
    // and the agencies that reported in each period.
    const byPeriod = periods.map(() => new Map<string, DashboardReportState>());
    const reportedIn = periods.map(() => new Set<string>());
    const periodIndex = new Map(periods.map((p, index) => [p.id, index]));
    for (const report of reports) {
      const index = periodIndex.get(report.periodId);
      if (index === undefined) continue;
      byPeriod[index]!.set(report.agencyId, report);
      if (isReported(report.status)) reportedIn[index]!.add(report.agencyId);
    }
    const expected = periods.map((p) => expectedIn(reference, query.agencyKind, p.windowTo));
    const deadlinePassed = periods.map((p) => isPastDeadline(now, p));
    /** What the summaries, filters and order read of a cell; the page's cells are built in full below. */
    const stateOf = (agencyId: string, index: number): CellState => {
      const report = byPeriod[index]!.get(agencyId);
      const isExpected = expected[index]!.has(agencyId);
      const reported = report !== undefined && isReported(report.status);
      return {
        expected: isExpected,
        status: report?.status ?? (isExpected ? 'MISSING' : 'NOT_EXPECTED'),
        reported,
        overdue: isExpected && !reported && deadlinePassed[index]!,
        timing: report?.submissionTiming ?? null,
        daysLate: report?.daysLate ?? null,
      };
    };

    // The whole board's rows, in the board's order (kind, then name): agencies valid at some time
    // in the year, expected in a period or that reported in one; each with its cells' state, from
    // which the columns are counted.
    const yearStart = `${query.year}-01-01`;
    const yearEnd = `${query.year}-12-31`;
    const inBoard = (a: AgencyDetailDto): boolean =>
      (query.agencyKind === undefined || a.kind === query.agencyKind) &&
      ((a.validFrom <= yearEnd && (a.validTo === null || a.validTo >= yearStart)) || periods.some((_, index) => expected[index]!.has(a.id) || byPeriod[index]!.has(a.id)));
    const board: { agency: AgencyDetailDto; cells: CellState[] }[] = [];
    for (const agency of boardOrderIn(reference, query.lang ?? 'vi')) {
      if (inBoard(agency)) board.push({ agency, cells: periods.map((_, index) => stateOf(agency.id, index)) });
    }
    const columns = periods.map((period, index): DashboardStatusPeriod => {
      const summary: DashboardStatusPeriod = {
        period,
        deadlinePassed: deadlinePassed[index]!,
        reporting: reportingRate(expected[index]!, reportedIn[index]!),
        counts: { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, MISSING: 0 },
        submittedLate: 0,
        timing: { onTime: 0, late: 0, afterGrace: 0 },
        overdue: 0,
      };
      for (const row of board) {
        const cell = row.cells[index]!;
        if (!cell.expected) continue;
        if (cell.status !== 'NOT_EXPECTED') summary.counts[cell.status] += 1;
        if (cell.status === 'SUBMITTED' && isLateTiming(cell.timing)) summary.submittedLate += 1;
        if (cell.overdue) summary.overdue += 1;
        if (cell.reported && cell.timing === 'ON_TIME') summary.timing.onTime += 1;
        if (cell.reported && cell.timing === 'LATE') summary.timing.late += 1;
        if (cell.reported && cell.timing === 'AFTER_GRACE') summary.timing.afterGrace += 1;
      }
      return summary;
    });

    // Filtered, searched and, by urgency when asked, ordered before one page of it is built in
    // full (docs/domain.md §10). The board is in name order already: the sort is stable, so
    // agencies of equal urgency stay in it.
    const filter = query.filter ?? 'all';
    const sort = query.sort ?? 'name';
    const q = query.q?.trim() ?? '';
    const filterCounts = Object.fromEntries(
      STATUS_BOARD_FILTERS.map((f) => [f, f === 'all' ? board.length : board.filter((row) => statusRowMatches(row.cells, f)).length]),
    ) as DashboardStatusResponse['filterCounts'];
    const search = agencySearch(q);
    let listed = board.filter((row) => statusRowMatches(row.cells, filter) && (search === null || search(row.agency)));
    if (sort === 'status') {
      const urgent = listed.map((row) => ({ row, kind: KIND_ORDER.get(row.agency.kind) ?? 0, urgency: statusRowUrgency(row.cells) }));
      urgent.sort((a, b) => a.kind - b.kind || compareStatusUrgency(a.urgency, b.urgency));
      listed = urgent.map((entry) => entry.row);
    }
    // A page asked for without its size is one of STATUS_BOARD_PAGE_SIZE rows; neither, the whole board.
    const pageSize = query.pageSize ?? (query.page === undefined ? Math.max(listed.length, 1) : STATUS_BOARD_PAGE_SIZE);
    const page = listPage(listed.length, query.page ?? 1, pageSize);
    const rowsOfKind = new Map<AgencyKind, number>();
    for (const row of listed) rowsOfKind.set(row.agency.kind, (rowsOfKind.get(row.agency.kind) ?? 0) + 1);
    const kinds = AGENCY_KINDS.flatMap((kind) => (rowsOfKind.has(kind) ? [{ kind, rows: rowsOfKind.get(kind)! }] : []));

    // After a merger the agency valid at a window's end reports for all of it (docs/domain.md §8,
    // §13): its cell names the predecessors it covers, and a predecessor keeps its row for the
    // year, its later cells naming who took it over.
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const lineage = (agency: AgencyDetailDto, period: ReportingPeriodDto, index: number): Pick<DashboardStatusCell, 'covers' | 'succeededBy'> => {
      if (!expected[index]!.has(agency.id)) {
        return { covers: [], succeededBy: toAgencyLinks(agency.successors.filter((s) => s.effectiveOn <= period.windowTo), byId) };
      }
      const covered = coveredPredecessors(agency, byId, { from: period.windowFrom, to: period.windowTo });
      const chain = new Set([agency.id, ...covered.map((c) => c.id)]);
      return {
        covers: covered.map((c) => ({ ...toAgencyRef(c), effectiveOn: c.successors.find((s) => chain.has(s.agencyId))?.effectiveOn ?? period.windowTo })),
        succeededBy: [],
      };
    };
    const onPage = listed.slice(Math.max(page.first - 1, 0), page.last).map((row) => row.agency);
    const shown = new Map<string, DashboardStatusRow>();
    for (const report of await this.repository.statusReports(periodIds, onPage.map((a) => a.id))) shown.set(`${report.agencyId}|${report.periodId}`, report);
    const rows = onPage.map((agency) => ({
      agency: toDashboardAgency(agency),
      predecessors: toAgencyLinks(agency.predecessors, byId),
      successors: toAgencyLinks(agency.successors, byId),
      cells: periods.map((p, index) =>
        toStatusCell(p.id, expected[index]!.has(agency.id), shown.get(`${agency.id}|${p.id}`), deadlinePassed[index]!, lineage(agency, p, index)),
      ),
    }));

    return {
      year: query.year,
      kind: query.kind ?? null,
      agencyKind: query.agencyKind ?? null,
      asOf: toVietnamDate(now.toISOString()),
      periods: columns,
      filter,
      sort,
      q,
      filterCounts,
      kinds,
      page,
      rows,
    };
  }

  async dossier(query: DashboardDossierQuery, snapshot?: ReferenceSnapshot): Promise<DashboardDossierResponse> {
    if (query.top !== undefined && query.agencyIds !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'Either the agencies picked or the busiest ones, not both.', [
        { path: 'query.top', message: 'Not with agencyIds: the series are those of the agencies picked.' },
      ]);
    }
    const reference = snapshot ?? (await this.reference());
    const periods = periodsIn(reference, query.year, query.kind);
    const agencies = agenciesIn(reference, query.agencyKind);
    const structure = query.structure ?? 'reported';
    const owner = ownerOf(agencies, structure);
    // Summed by the database per period, over the agencies and per agency; folding predecessors
    // into their successor (restated) adds their sums.
    const sums = await this.repository.dossierSums(
      periods.map((p) => p.id),
      kindsOf(query.agencyKind),
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
    // Dossiers received over the periods, per owner: what picks the busiest, without building
    // every agency's series (4,000 agencies nationally) to keep three.
    const received = new Map<string, number>();
    for (const sum of sums) {
      if (sum.agencyId === null || sum.reports === 0) continue;
      received.set(owner(sum.agencyId), (received.get(owner(sum.agencyId)) ?? 0) + dossierTotals(sum.figures).received);
    }
    const receivedBy = (agencyId: string): number => received.get(agencyId) ?? 0;
    const pointsOf = (agencyId: string): DashboardDossierPoint[] => periods.map((p) => dossierPointOfSums(p.id, byOwner.get(agencyId)?.get(p.id) ?? []));
    const chosenIds = new Set(query.agencyIds ? query.agencyIds.map(owner) : query.top ? this.busiest(agencies, withFigures, receivedBy, query.top) : withFigures);
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
        points: pointsOf(agency.id),
      })),
    };
  }

  /** The `top` agencies among `ids` that received the most dossiers over the periods (ties by code). */
  private busiest(agencies: readonly AgencyDetailDto[], ids: ReadonlySet<string>, receivedBy: (agencyId: string) => number, top: number): string[] {
    return agencies
      .filter((agency) => ids.has(agency.id))
      .map((agency) => ({ id: agency.id, code: agency.code, received: receivedBy(agency.id) }))
      .filter((entry) => entry.received > 0)
      .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code))
      .slice(0, top)
      .map((entry) => entry.id);
  }

  async areas(query: DashboardAreasQuery, snapshot?: ReferenceSnapshot): Promise<DashboardAreasResponse> {
    const reference = snapshot ?? (await this.reference());
    const periods = periodsIn(reference, query.year, query.kind);
    const agencies = agenciesIn(reference, query.agencyKind);
    if (query.ends !== undefined && query.coveragePeriodId === undefined) {
      throw new AppError('VALIDATION_FAILED', 'The ends of the coverage are those of one period.', [
        { path: 'query.ends', message: 'Needs coveragePeriodId: the coverage of several periods has no single order.' },
      ]);
    }
    if (query.coveragePeriodId !== undefined && !periods.some((p) => p.id === query.coveragePeriodId)) {
      throw new AppError('VALIDATION_FAILED', 'The coverage period is not a period asked for.', [
        { path: 'query.coveragePeriodId', message: 'Not a period of the year (of the kind asked for).' },
      ]);
    }
    const periodIds = periods.map((p) => p.id);
    const periodById = new Map(periods.map((p) => [p.id, p]));
    const coverageReport = (r: DashboardCoverageRow): CoverageReport => ({
      periodId: r.periodId,
      reportId: r.id,
      status: r.status as 'SUBMITTED' | 'RETURNED' | 'ACCEPTED',
      ...areaCoverage(r.coveredAreas, periodById.get(r.periodId)?.year ?? query.year, query.areaKey),
    });
    // A chart asks for one period's ends without a search: the database orders the coverage and
    // sends those only (what coverageInFull would send, dashboard-ranking.e2e.test.ts checks).
    const coveragePeriod = query.coveragePeriodId === undefined ? undefined : periodById.get(query.coveragePeriodId);
    const ends = query.q?.trim() ? undefined : query.ends;
    const [sums, coverage] = await Promise.all([
      this.repository.activitySums(periodIds, kindsOf(query.agencyKind)),
      coveragePeriod !== undefined && ends !== undefined
        ? this.coverageEndsOf(reference, coveragePeriod, query, ends, coverageReport)
        : this.coverageInFull(agencies, periods, query, coverageReport),
    ]);
    const activity = new Map(sums.map((sum) => [sum.periodId, sum]));
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
      ...coverage,
    };
  }

  /**
   * One period's coverage ends (no search), ordered by the database (DashboardRepository.coverageEnds).
   * Its positions and counts are the database's: a report of an agency created after the reference
   * snapshot was read counts there, but its row is left out until the snapshot is read again (the
   * reference version rises with the agency, so the next answer has it), as for the ranking's ends.
   */
  private async coverageEndsOf(
    reference: ReferenceSnapshot,
    period: ReportingPeriodDto,
    query: DashboardAreasQuery,
    ends: number,
    coverageReport: (r: DashboardCoverageRow) => CoverageReport,
  ): Promise<Pick<DashboardAreasResponse, 'coverage' | 'coverageShown'>> {
    const byId = agencyByIdIn(reference);
    const found = await this.repository.coverageEnds(period.id, kindsOf(query.agencyKind), coverageAreaKeys(period.year, query.areaKey), ends);
    return {
      coverage: found.rows.flatMap((row) => {
        const agency = byId.get(row.agencyId);
        return agency ? [{ agency: toDashboardAgency(agency), position: row.position, reports: [coverageReport(row)] }] : [];
      }),
      coverageShown: { ...listShown(query, { total: found.total, trimmed: endsTrimmed(found.total, ends), found: 0, foundLeftOut: 0 }), withMissing: found.withMissing },
    };
  }

  /**
   * The coverage of the periods (or of `coveragePeriodId`) worked out here from every reported
   * report: all rows, or a chart's ends and the agencies searched for.
   */
  private async coverageInFull(
    agencies: readonly AgencyDetailDto[],
    periods: readonly ReportingPeriodDto[],
    query: DashboardAreasQuery,
    coverageReport: (r: DashboardCoverageRow) => CoverageReport,
  ): Promise<Pick<DashboardAreasResponse, 'coverage' | 'coverageShown'>> {
    const reported = await this.repository.coverage(
      query.coveragePeriodId === undefined ? periods.map((p) => p.id) : [query.coveragePeriodId],
      kindsOf(query.agencyKind),
    );
    const periodOrder = new Map(periods.map((p, index) => [p.id, index]));
    const byAgency = new Map<string, DashboardCoverageRow[]>();
    for (const report of reported) byAgency.set(report.agencyId, [...(byAgency.get(report.agencyId) ?? []), report]);
    const coverage = agencies
      .filter((agency) => byAgency.has(agency.id))
      .map((agency) => ({
        agency,
        reports: [...(byAgency.get(agency.id) ?? [])].sort((a, b) => (periodOrder.get(a.periodId) ?? 0) - (periodOrder.get(b.periodId) ?? 0)).map(coverageReport),
      }));
    // One period's coverage lists the reports missing the most areas first (the sort keeps the
    // agencies' order among equals); a chart asks for its ends and the agencies searched for.
    if (query.coveragePeriodId !== undefined) coverage.sort((a, b) => (b.reports[0]?.missing.length ?? 0) - (a.reports[0]?.missing.length ?? 0));
    const shownCoverage = topAndBottom(coverage, { count: query.ends ?? Infinity, matches: searchOf(query.q, (row) => row.agency) });
    return {
      coverage: (query.ends === undefined
        ? coverage.map((row, position) => ({ row, position }))
        : shownCoverage.entries.flatMap((e) => (e.kind === 'item' ? [{ row: e.item, position: e.index }] : []))
      ).map(({ row, position }) => ({ agency: toDashboardAgency(row.agency), position, reports: row.reports })),
      coverageShown: { ...listShown(query, shownCoverage), withMissing: coverage.filter((row) => row.reports.some((r) => r.missing.length > 0)).length },
    };
  }

  async ranking(query: DashboardRankingQuery, snapshot?: ReferenceSnapshot): Promise<DashboardRankingResponse> {
    const reference = snapshot ?? (await this.reference());
    const period = reference.periods.find((p) => p.id === query.periodId);
    if (!period) throw new AppError('NOT_FOUND', 'No such reporting period.');
    const previousPeriod = previousPeriodOf(period, periodsIn(reference, undefined, period.kind));
    const agencies = agenciesIn(reference, query.agencyKind);
    const structure = query.structure ?? 'reported';
    const owner = ownerOf(agencies, structure);
    const foldedInto = new Map<string, string>();
    if (structure === 'restated') for (const agency of agencies) if (owner(agency.id) !== agency.id) foldedInto.set(agency.id, owner(agency.id));
    const expected = expectedIn(reference, query.agencyKind, period.windowTo);
    const order = query.order ?? RANKING_DEFAULT_ORDER[query.figure];
    // As reported each agency is its own group; restated, the agency that took over with the
    // predecessors folded into it. The agencies expected or with a report in the period are
    // ranked, best first (rankAgencies: equal values share a rank, the others follow the agency
    // list); those without a value come last, unranked.
    const { ranking, provinceValues } =
      query.ends !== undefined && !query.q?.trim()
        ? await this.rankingEndsOf(agencyByIdIn(reference), period, previousPeriod, query, order, foldedInto, query.ends)
        : await this.rankingInFull(period, previousPeriod, query, order, foldedInto, agencies, structure === 'reported' ? expected : new Set([...expected].map(owner)));
    const { shownRows } = ranking;
    const method = (RATE_FIGURES as readonly string[]).includes(query.figure) ? 'POOLED' : 'MEAN';
    const provinceNow = provinceValues.get(period.id);
    const province: ProvinceFigure = { method, agencies: provinceNow?.valued ?? 0, value: provinceNow?.value ?? null };
    const provinceBefore = previousPeriod ? (provinceValues.get(previousPeriod.id)?.value ?? null) : null;
    const { previous: provincePrevious, change, changeRate } = periodChange(province.value, provinceBefore);

    // The rest of a row (its status, report, predecessors and previous value) from the reports of
    // the rows sent, in this period and the previous one. One report per agency and period
    // (report_agency_period_unique); of the previous period only the reported ones are data.
    const shownOwners = new Set(shownRows.map((row) => row.agency.id));
    const candidates = structure === 'reported' ? [...shownOwners] : agencies.filter((a) => shownOwners.has(owner(a.id))).map((a) => a.id);
    const reports = await this.repository.rankedReports(previousPeriod ? [period.id, previousPeriod.id] : [period.id], candidates, query.figure);
    const currentOf = new Map<string, DashboardRankedRow>();
    const previousOf = new Map<string, DashboardRankedRow>();
    for (const report of reports) {
      if (report.periodId === period.id) currentOf.set(report.agencyId, report);
      else if (isReported(report.status)) previousOf.set(report.agencyId, report);
    }
    // Restated, a row's group is the agency that took over and the predecessors folded into it,
    // expected or with a report in this period or the previous one.
    const members = new Map<string, string[]>();
    if (structure === 'restated') {
      for (const agencyId of candidates) {
        if (!expected.has(agencyId) && !currentOf.has(agencyId) && !previousOf.has(agencyId)) continue;
        const group = members.get(owner(agencyId));
        if (group) group.push(agencyId);
        else members.set(owner(agencyId), [agencyId]);
      }
    }
    const agencyById = agencyByIdIn(reference);
    const statusOf = (ids: readonly string[]): DashboardCellStatus => {
      const statuses = ids
        .filter((id) => expected.has(id) || currentOf.has(id))
        .map((id): DashboardCellStatus => currentOf.get(id)?.status ?? (expected.has(id) ? 'MISSING' : 'NOT_EXPECTED'));
      return statuses.reduce<DashboardCellStatus>((least, s) => (PROGRESS.indexOf(s) < PROGRESS.indexOf(least) ? s : least), 'NOT_EXPECTED');
    };
    const reportsOf = (ids: readonly string[], of: ReadonlyMap<string, DashboardRankedRow>): DashboardRankedRow[] =>
      ids.flatMap((id) => (of.has(id) ? [of.get(id)!] : []));

    return {
      period,
      previousPeriod,
      figure: query.figure,
      order,
      agencyKind: query.agencyKind ?? null,
      structure,
      province: { ...province, previous: provincePrevious, change, changeRate },
      rows: shownRows.map(({ agency, rank, position, value }) => {
        const group = members.get(agency.id);
        const ids = group && group.length > 1 ? group : [agency.id];
        const mine = reportsOf(ids, currentOf);
        const difference = periodChange(
          value,
          agencyFigure(
            reportsOf(ids, previousOf).map((r) => r.figures),
            query.figure,
          ),
        );
        return {
          agency: toDashboardAgency(agency),
          restatedFrom: ids.filter((id) => id !== agency.id && agencyById.has(id)).map((id) => toAgencyRef(agencyById.get(id)!)),
          reportId: mine.length === 1 ? (mine[0]?.id ?? null) : null,
          status: statusOf(ids),
          rank,
          position,
          value,
          previous: difference.previous,
          change: difference.change,
          changeRate: difference.changeRate,
        };
      }),
      shown: { ...listShown(query, ranking.shown), unranked: ranking.unranked },
    };
  }

  /**
   * The ranking's ends (no search), ranked by the database: only the chart's bars come back
   * (DashboardRepository.rankingEnds). What it answers equals what rankingInFull answers for the
   * same query (dashboard-ranking.e2e.test.ts compares them figure by figure).
   */
  private async rankingEndsOf(
    byId: ReadonlyMap<string, AgencyDetailDto>,
    period: ReportingPeriodDetailDto,
    previousPeriod: ReportingPeriodDto | null,
    query: DashboardRankingQuery,
    order: 'asc' | 'desc',
    foldedInto: ReadonlyMap<string, string>,
    ends: number,
  ): Promise<{ ranking: RankingShown; provinceValues: RankedValues['province'] }> {
    const ranked = await this.repository.rankingEnds(period, previousPeriod?.id ?? null, kindsOf(query.agencyKind), query.figure, order, foldedInto, ends);
    const shownRows = ranked.rows.flatMap((row) => {
      const agency = byId.get(row.agencyId);
      return agency ? [{ agency, rank: row.rank, position: row.position, value: row.value }] : [];
    });
    return {
      ranking: {
        shownRows,
        shown: { total: ranked.withValue, trimmed: endsTrimmed(ranked.withValue, ends), found: 0, foundLeftOut: 0 },
        unranked: ranked.ranked - ranked.withValue,
      },
      provinceValues: ranked.province,
    };
  }

  /**
   * The whole ranking: every group's value computed by the database (rankedValues), ranked by
   * the domain's rankAgencies; all rows, or the chart's ends and the agencies searched for.
   */
  private async rankingInFull(
    period: ReportingPeriodDetailDto,
    previousPeriod: ReportingPeriodDto | null,
    query: DashboardRankingQuery,
    order: 'asc' | 'desc',
    foldedInto: ReadonlyMap<string, string>,
    agencies: readonly AgencyDetailDto[],
    expectedOwners: ReadonlySet<string>,
  ): Promise<{ ranking: RankingShown; provinceValues: RankedValues['province'] }> {
    const values = await this.repository.rankedValues(period.id, previousPeriod?.id ?? null, kindsOf(query.agencyKind), query.figure, foldedInto);
    const items: { agency: AgencyDetailDto; value: number | null }[] = [];
    for (const agency of agencies) {
      const value = values.agencies.get(agency.id);
      if (value !== undefined || expectedOwners.has(agency.id)) items.push({ agency, value: value ?? null });
    }
    // The agencies with a value first (rankAgencies puts the others last); with `ends` only the
    // chart's bars are sent: both ends and the agencies searched for (docs/domain.md §10).
    const ranks = rankAgencies(items, (item) => item.value, { order });
    const withValue = ranks.filter((row) => row.value !== null);
    const shown = topAndBottom(withValue, { count: query.ends ?? Infinity, matches: searchOf(query.q, (row) => row.item.agency) });
    const rows =
      query.ends === undefined ? ranks.map((row, position) => ({ row, position })) : shown.entries.flatMap((e) => (e.kind === 'item' ? [{ row: e.item, position: e.index }] : []));
    return {
      ranking: {
        shownRows: rows.map(({ row, position }) => ({ agency: row.item.agency, rank: row.rank, position, value: row.value })),
        shown,
        unranked: ranks.length - withValue.length,
      },
      provinceValues: values.province,
    };
  }

  /**
   * The first view in one answer: the years, the year to show (asked for, else the latest up to
   * today's with a report, else the latest up to today's) and its four answers.
   */
  async overview(query: DashboardOverviewQuery): Promise<DashboardOverviewResponse> {
    // The snapshot is read once and given to the four parts, beside the years.
    const [reference, years] = await Promise.all([this.reference(), this.repository.reportsPerYear(kindsOf(query.agencyKind))]);
    const today = toVietnamDate(this.clock().toISOString());
    const upToNow = years.filter((y) => y.year <= Number(today.slice(0, 4)));
    const year = query.year ?? upToNow.find((y) => y.reports > 0)?.year ?? upToNow[0]?.year ?? years.at(-1)?.year ?? null;
    if (year === null) return { years, year: null, status: null, dossier: null, areas: null, ranking: null };
    const filters = { year, ...(query.kind ? { kind: query.kind } : {}), ...(query.agencyKind ? { agencyKind: query.agencyKind } : {}) };
    const yearFilters = { year, ...(query.agencyKind ? { agencyKind: query.agencyKind } : {}) };
    // The board shows the periods of the kind (all of the year without one), one page of its
    // rows; the charts across periods cover the whole year; the ranking compares one period of
    // the kind.
    const comparable = periodsIn(reference, year, query.kind).sort((a, b) => a.windowTo.localeCompare(b.windowTo) || a.kind.localeCompare(b.kind));
    const period =
      comparable.find((p) => p.id === query.periodId) ?? [...comparable].reverse().find((p) => p.deadline < today) ?? comparable[0] ?? null;
    // The four parts at once: on PostgreSQL their queries run side by side on the pool.
    const [status, dossier, areas, ranking] = await Promise.all([
      this.status({
        ...filters,
        pageSize: STATUS_BOARD_PAGE_SIZE,
        ...(query.board ? { filter: query.board } : {}),
        ...(query.boardSort ? { sort: query.boardSort } : {}),
        ...(query.boardQ ? { q: query.boardQ } : {}),
        ...(query.boardPage ? { page: query.boardPage } : {}),
        ...(query.lang ? { lang: query.lang } : {}),
      }, reference),
      this.dossier({
        ...yearFilters,
        ...(query.agencyIds ? { agencyIds: query.agencyIds } : { top: DASHBOARD_DOSSIER_TOP }),
        ...(query.structure ? { structure: query.structure } : {}),
      }, reference),
      this.areas({ ...yearFilters, ...(period ? { coveragePeriodId: period.id, ends: CHART_END_COUNT } : {}) }, reference),
      period
        ? this.ranking({
            periodId: period.id,
            figure: query.figure ?? 'onTimeRate',
            ends: CHART_END_COUNT,
            ...(query.agencyKind ? { agencyKind: query.agencyKind } : {}),
            ...(query.structure ? { structure: query.structure } : {}),
          }, reference)
        : Promise.resolve(null),
    ]);
    return { years, year, status, dossier, areas, ranking };
  }



  /**
   * The reporting agencies and the periods, read once per reference version (data_version's
   * reference_version, raised when an agency, a succession or a period changes): a national
   * dashboard would otherwise read 4,000 agencies at every request. The version is read first, so
   * data newer than its version may be kept under it, never older; replicas agree since the
   * version is the database's.
   */
  private async reference(): Promise<ReferenceSnapshot> {
    return this.snapshots.get(await this.repository.referenceVersion());
  }


}

/** A search of the agencies of a list's items; null when nothing is searched for. */
function searchOf<T>(q: string | undefined, agencyOf: (item: T) => SearchableAgency): ((item: T) => boolean) | null {
  const matches = agencySearch(q ?? '');
  return matches && ((item) => matches(agencyOf(item)));
}

/** What an answer says of the part of a compared list it sends. */
function listShown(query: { ends?: number | undefined; q?: string | undefined }, shown: Omit<ChartEnds<unknown>, 'entries'>): DashboardListShown {
  return { ends: query.ends ?? null, q: query.q?.trim() ?? '', total: shown.total, trimmed: shown.trimmed, found: shown.found, foundLeftOut: shown.foundLeftOut };
}

/** The kinds of agency an answer is about: the one asked for, else every reporting kind (agenciesIn's agencies, as the database picks them). */
function kindsOf(kind: AgencyKind | undefined): readonly ReportingAgencyKind[] {
  if (kind === undefined) return REPORTING_AGENCY_KINDS;
  return isReportingKind(kind) ? [kind] : [];
}

/**
 * The ids of the agencies (of one kind when given) expected to report for a period ending on
 * `windowTo` (the domain's expectedReporters), computed once per snapshot and period end.
 */
function expectedIn(reference: ReferenceSnapshot, kind: AgencyKind | undefined, windowTo: string): ReadonlySet<string> {
  const key = `${kind ?? ''}|${windowTo}`;
  const known = reference.expected.get(key);
  if (known) return known;
  const ids = new Set(expectedReporters(agenciesIn(reference, kind), { to: windowTo }).map((a) => a.id));
  reference.expected.set(key, ids);
  return ids;
}

/** The reporting agencies of a snapshot by id. */
function agencyByIdIn(reference: ReferenceSnapshot): Map<string, AgencyDetailDto> {
  reference.byId ??= new Map(reference.agencies.map((agency) => [agency.id, agency]));
  return reference.byId;
}

/** The reporting agencies of a snapshot, of one kind when given. */
function agenciesIn(reference: ReferenceSnapshot, kind: AgencyKind | undefined): AgencyDetailDto[] {
  return reference.agencies.filter((agency) => kind === undefined || agency.kind === kind);
}

/** The periods of a year (every year when undefined), of one kind when given, in the order the periods' list gives. */
function periodsIn(reference: ReferenceSnapshot, year: number | undefined, kind: PeriodKind | undefined): ReportingPeriodDetailDto[] {
  return reference.periods.filter((p) => (year === undefined || p.year === year) && (kind === undefined || p.kind === kind));
}

/**
 * The reporting agencies in the status board's order, grouped by kind (AGENCY_KINDS' order) and by
 * name within a kind (Vietnamese collation for Vietnamese), computed once per snapshot and
 * language: sorting thousands of names with a collator at every request costs more than the rest
 * of the board, and a board in this order needs no sort at all unless ordered by urgency.
 */
function boardOrderIn(reference: ReferenceSnapshot, lang: 'vi' | 'en'): AgencyDetailDto[] {
  const known = reference.boardOrder.get(lang);
  if (known) return known;
  const collator = new Intl.Collator(lang);
  const order = [...reference.agencies].sort(
    (a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || collator.compare(a.name[lang], b.name[lang]) || a.code.localeCompare(b.code),
  );
  reference.boardOrder.set(lang, order);
  return order;
}
