import {
  agencySearch,
  AGENCY_KINDS,
  CHART_END_COUNT,
  isLateTiming,
  listPage,
  STATUS_BOARD_FILTERS,
  statusRowMatches,
  type DashboardAgency,
  type DashboardAreaActivity,
  type DashboardAreasResponse,
  type DashboardDossierPoint,
  type DashboardDossierResponse,
  type DashboardRankingResponse,
  type DashboardRankingRow,
  type DashboardStatusCell,
  type DashboardStatusPeriod,
  type DashboardStatusResponse,
  type PeriodKind,
  type ReportingPeriodDto,
  topAndBottom,
} from '@cchc/domain';

// Test data for the dashboard's pure functions: defaults shaped like the API's answers for the
// demo province, with overrides for what a test is about.

let sequence = 0;
/** A fresh, valid-looking UUID (v4 shape), distinct on each call. */
export function uuid(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

const LABELS: Record<PeriodKind, [string, string]> = {
  Q1: ['Quý I', 'Q1'],
  H1: ['6 tháng đầu năm', 'First 6 months of'],
  Q3: ['Quý III', 'Q3'],
  M9: ['9 tháng đầu năm', 'First 9 months of'],
  YEAR: ['Năm', 'Year'],
  ADHOC: ['Đột xuất', 'Ad hoc'],
};
const WINDOW_TO: Record<PeriodKind, string> = { Q1: '03-14', H1: '06-14', Q3: '09-14', M9: '09-14', YEAR: '12-14', ADHOC: '10-01' };

export function period(kind: PeriodKind = 'M9', year = 2020, overrides: Partial<ReportingPeriodDto> = {}): ReportingPeriodDto {
  const end = WINDOW_TO[kind];
  return {
    id: uuid(),
    year,
    kind,
    label: { vi: `${LABELS[kind][0]} ${year}`, en: `${LABELS[kind][1]} ${year}` },
    windowFrom: `${year - 1}-12-15`,
    windowTo: `${year}-${end}`,
    deadline: `${year}-${end.slice(0, 2)}-20`,
    graceDays: 3,
    ...overrides,
  };
}

export function agency(code: string, overrides: Partial<DashboardAgency> = {}): DashboardAgency {
  return {
    id: uuid(),
    code,
    name: { vi: `Cơ quan ${code}`, en: `Agency ${code}` },
    kind: 'department',
    validFrom: '2020-01-01',
    validTo: null,
    ...overrides,
  };
}

export function statusCell(periodId: string, overrides: Partial<DashboardStatusCell> = {}): DashboardStatusCell {
  return {
    periodId,
    expected: true,
    reportId: uuid(),
    status: 'ACCEPTED',
    reported: true,
    overdue: false,
    timing: 'ON_TIME',
    daysLate: 0,
    submittedAt: '2020-09-18T03:00:00.000Z',
    covers: [],
    succeededBy: [],
    ...overrides,
  };
}

/** A missing report: expected, none there, the deadline passed. */
export function missingCell(periodId: string, overrides: Partial<DashboardStatusCell> = {}): DashboardStatusCell {
  return statusCell(periodId, {
    reportId: null,
    status: 'MISSING',
    reported: false,
    overdue: true,
    timing: null,
    daysLate: null,
    submittedAt: null,
    ...overrides,
  });
}

export function statusColumn(p: ReportingPeriodDto, overrides: Partial<DashboardStatusPeriod> = {}): DashboardStatusPeriod {
  return {
    period: p,
    deadlinePassed: true,
    reporting: { expected: 0, reported: 0, rate: null, unexpected: [] },
    counts: { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, MISSING: 0 },
    submittedLate: 0,
    timing: { onTime: 0, late: 0, afterGrace: 0 },
    overdue: 0,
    ...overrides,
  };
}

/**
 * The answer of `/api/dashboard/status` for the whole board of `rows` (no filter, search or page):
 * the columns' rates and counts, the filters' counts and the kinds' rows worked out from the rows
 * as the API does.
 */
export function statusResponse(
  periods: ReportingPeriodDto[],
  rows: DashboardStatusResponse['rows'],
  overrides: Partial<DashboardStatusResponse> = {},
): DashboardStatusResponse {
  return {
    year: periods[0]?.year ?? 2020,
    kind: null,
    agencyKind: null,
    asOf: '2026-11-27',
    periods: periods.map((p) => {
      const cells = rows.map((r) => r.cells.find((c) => c.periodId === p.id)).filter((c): c is DashboardStatusCell => c?.expected === true);
      const reported = cells.filter((c) => c.reported).length;
      const counts = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, MISSING: 0 };
      for (const cell of cells) if (cell.status !== 'NOT_EXPECTED') counts[cell.status] += 1;
      return statusColumn(p, {
        reporting: { expected: cells.length, reported, rate: cells.length ? reported / cells.length : null, unexpected: [] },
        counts,
        submittedLate: cells.filter((c) => c.status === 'SUBMITTED' && isLateTiming(c.timing)).length,
      });
    }),
    filter: 'all',
    sort: 'name',
    q: '',
    filterCounts: Object.fromEntries(
      STATUS_BOARD_FILTERS.map((filter) => [filter, rows.filter((row) => statusRowMatches(row.cells, filter)).length]),
    ) as DashboardStatusResponse['filterCounts'],
    kinds: AGENCY_KINDS.map((kind) => ({ kind, rows: rows.filter((row) => row.agency.kind === kind).length })).filter((entry) => entry.rows > 0),
    page: listPage(rows.length, 1, Math.max(rows.length, 1)),
    rows,
    ...overrides,
  };
}

const RATES_NONE = { onTimeRate: null, lateRate: null, onlineRate: null };

/**
 * A dossier point; with `received`, figures whose on-time and online rates are the given ones,
 * from one report (`reportId`, null for a sum of several).
 */
export function dossierPoint(
  periodId: string,
  values: { received: number; onTimeRate: number | null; onlineRate: number | null; reportId?: string | null } | null = null,
): DashboardDossierPoint {
  if (!values) return { periodId, reports: 0, figures: null, totals: null, rates: RATES_NONE, reportId: null };
  const { received, onTimeRate, onlineRate } = values;
  return {
    periodId,
    reports: 1,
    reportId: values.reportId ?? null,
    figures: {
      carriedOver: 0,
      receivedOnline: Math.round(received * (onlineRate ?? 0)),
      receivedInPerson: received - Math.round(received * (onlineRate ?? 0)),
      receivedPostal: 0,
      resolvedEarly: 0,
      resolvedOnTime: Math.round(received * (onTimeRate ?? 0)),
      resolvedLate: received - Math.round(received * (onTimeRate ?? 0)),
      pendingWithinTime: 0,
      pendingOverdue: 0,
      returned: 0,
    },
    totals: { received, toHandle: received, resolved: received, inProgress: 0 },
    rates: { onTimeRate, lateRate: onTimeRate === null ? null : 1 - onTimeRate, onlineRate },
  };
}

export function dossierResponse(
  periods: ReportingPeriodDto[],
  province: DashboardDossierPoint[],
  agencies: DashboardDossierResponse['agencies'] = [],
): DashboardDossierResponse {
  return { year: periods[0]?.year ?? 2020, kind: null, agencyKind: null, structure: 'reported', periods, province, agencies };
}

export function areaActivity(periodId: string, overrides: Partial<DashboardAreaActivity> = {}): DashboardAreaActivity {
  return {
    periodId,
    reports: 1,
    areas: [
      { areaKey: 'INSTITUTIONAL', plans: 0, decisions: 0 },
      { areaKey: 'PROCEDURES', plans: 0, decisions: 0 },
      { areaKey: 'APPARATUS', plans: 0, decisions: 0 },
      { areaKey: 'CIVIL_SERVICE', plans: 0, decisions: 0 },
      { areaKey: 'PUBLIC_FINANCE', plans: 0, decisions: 0 },
      { areaKey: 'MODERNISATION', plans: 0, decisions: 0 },
      { areaKey: 'UNASSIGNED', plans: 0, decisions: 0 },
    ],
    inspections: { held: 0, planned: 0, violations: 0 },
    trainings: { courses: 0, participants: 0 },
    ...overrides,
  };
}

export const PROGRAMME_30C: NonNullable<DashboardAreasResponse['programme']> = {
  code: '30c',
  areas: [
    { key: 'INSTITUTIONAL', ordinal: 1, name: { vi: 'Cải cách thể chế', en: 'Institutional reform' } },
    { key: 'PROCEDURES', ordinal: 2, name: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' } },
    { key: 'APPARATUS', ordinal: 3, name: { vi: 'Cải cách tổ chức bộ máy hành chính nhà nước', en: 'Apparatus reform' } },
    { key: 'CIVIL_SERVICE', ordinal: 4, name: { vi: 'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC', en: 'Civil servants' } },
    { key: 'PUBLIC_FINANCE', ordinal: 5, name: { vi: 'Cải cách tài chính công', en: 'Public finance reform' } },
    { key: 'MODERNISATION', ordinal: 6, name: { vi: 'Hiện đại hóa hành chính', en: 'Administrative modernisation' } },
  ],
};

type CoverageEntry = DashboardAreasResponse['coverage'][number];

/**
 * The answer of `/api/dashboard/areas` asked without `ends`: every agency's coverage, in the
 * order given (the API's: most areas missing first), each with its position in that list.
 */
export function areasResponse(
  periods: ReportingPeriodDto[],
  activity: DashboardAreaActivity[],
  coverage: (Omit<CoverageEntry, 'position'> & { position?: number })[] = [],
): DashboardAreasResponse {
  return {
    year: periods[0]?.year ?? 2020,
    kind: null,
    agencyKind: null,
    areaKey: null,
    programme: PROGRAMME_30C,
    periods,
    activity,
    coverage: coverage.map((entry, position) => ({ ...entry, position })),
    coverageShown: {
      ends: null,
      q: '',
      total: coverage.length,
      trimmed: false,
      found: 0,
      foundLeftOut: 0,
      withMissing: coverage.filter((entry) => entry.reports.some((r) => r.missing.length > 0)).length,
    },
  };
}

/**
 * The same coverage as the API sends it with `ends` (and a search `q`): only the entries its chart
 * draws, `coverageShown` saying what is left out.
 */
export function areasEnds(whole: DashboardAreasResponse, { ends = CHART_END_COUNT, q = '' }: { ends?: number; q?: string } = {}): DashboardAreasResponse {
  const search = agencySearch(q);
  const shown = topAndBottom<CoverageEntry>(whole.coverage, { count: ends, matches: search && ((entry) => search(entry.agency)) });
  return {
    ...whole,
    coverage: shown.entries.flatMap((e) => (e.kind === 'item' ? [e.item] : [])),
    coverageShown: { ...whole.coverageShown, ends, q: q.trim(), trimmed: shown.trimmed, found: shown.found, foundLeftOut: shown.foundLeftOut },
  };
}

/** A row of a ranking; `rankingResponse` gives it its position. */
export function rankingRow(a: DashboardAgency, value: number | null, overrides: Partial<DashboardRankingRow> = {}): DashboardRankingRow {
  return {
    agency: a,
    restatedFrom: [],
    reportId: value === null ? null : uuid(),
    status: value === null ? 'MISSING' : 'ACCEPTED',
    rank: null,
    position: 0,
    value,
    previous: null,
    change: null,
    changeRate: null,
    ...overrides,
  };
}

/**
 * The answer of `/api/dashboard/ranking` asked without `ends`: every row, in the order given
 * (the API's: ranked, those without a value last), each with its position in that list.
 */
export function rankingResponse(
  rows: DashboardRankingRow[],
  overrides: Partial<DashboardRankingResponse> = {},
): DashboardRankingResponse {
  const total = rows.filter((row) => row.value !== null).length;
  return {
    period: period('M9'),
    previousPeriod: null,
    figure: 'onTimeRate',
    order: 'desc',
    agencyKind: null,
    structure: 'reported',
    province: { method: 'POOLED', agencies: rows.length, value: 0.9, previous: null, change: null, changeRate: null },
    rows: rows.map((row, position) => ({ ...row, position })),
    shown: { ends: null, q: '', total, trimmed: false, found: 0, foundLeftOut: 0, unranked: rows.length - total },
    ...overrides,
  };
}

/**
 * The same ranking as the API sends it with `ends` (and a search `q`): only the rows its chart
 * draws (agencies with a value), `shown` saying what is left out.
 */
export function rankingEnds(whole: DashboardRankingResponse, { ends = CHART_END_COUNT, q = '' }: { ends?: number; q?: string } = {}): DashboardRankingResponse {
  const search = agencySearch(q);
  const withValue = whole.rows.filter((row) => row.value !== null);
  const shown = topAndBottom<DashboardRankingRow>(withValue, { count: ends, matches: search && ((row) => search(row.agency)) });
  return {
    ...whole,
    rows: shown.entries.flatMap((e) => (e.kind === 'item' ? [e.item] : [])),
    shown: { ...whole.shown, ends, q: q.trim(), trimmed: shown.trimmed, found: shown.found, foundLeftOut: shown.foundLeftOut },
  };
}
