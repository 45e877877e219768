import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/agency-kind.js';
import { PERIOD_KINDS } from '../periods/period-kind.js';
import { ReformAreaKeySchema } from '../records/shared.schema.js';
import { REPORT_STATUSES } from '../reports/report-status.js';
import { STATUS_BOARD_FILTERS, STATUS_BOARD_SORTS } from '../aggregation/status-board.js';
import { DASHBOARD_STRUCTURES } from '../aggregation/restated-agency.js';
import {
  DossierCountsSchema,
  DossierRatesSchema,
  DossierTotalsSchema,
  RANKING_FIGURES,
  ReportingRateSchema,
} from './aggregation.contract.js';
import { ReportingPeriodSchema } from './reference-data.contract.js';

// `GET /api/dashboard/...`: the comparison across agencies, periods and reform areas that Home
// Affairs reads, summed by the database from the figures stored with each report
// (report_figure), at request time. Only reports that reached Home Affairs (submitted, returned or accepted) are
// data; a draft shows on the status board but counts nowhere else.

const count = z.number().int().min(0);
const isoDate = z.iso.date();
const timestamp = z.iso.datetime({ offset: true });
const localizedText = z.object({ vi: z.string(), en: z.string() });

const year = z.coerce.number().int().min(2000).max(2100);
const periodKind = z.enum(PERIOD_KINDS);
const agencyKind = z.enum(AGENCY_KINDS);
/** A list of agency ids, as `agencyIds=a,b` or `agencyIds=a&agencyIds=b`. */
const agencyIds = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '')
      : value,
  z.array(z.uuid()).min(1).max(200),
);

/** The statuses of a board cell: the report's own, or MISSING / NOT_EXPECTED when there is none. */
export const DASHBOARD_CELL_STATUSES = [...REPORT_STATUSES, 'MISSING', 'NOT_EXPECTED'] as const;
export type DashboardCellStatus = (typeof DASHBOARD_CELL_STATUSES)[number];

/** Statuses in which a report has reached Home Affairs and counts as reported. */
export const REPORTED_STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const satisfies readonly DashboardCellStatus[];

/** Bucket of plans and decisions that name no reform area. */
export const UNASSIGNED_AREA = 'UNASSIGNED';
export const AreaBucketSchema = z.union([ReformAreaKeySchema, z.literal(UNASSIGNED_AREA)]);

/** An agency as the dashboard names it. */
export const DashboardAgencySchema = z.strictObject({
  id: z.uuid(),
  code: z.string(),
  name: localizedText,
  kind: agencyKind,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});
export type DashboardAgency = z.infer<typeof DashboardAgencySchema>;

/** Another agency named beside one (a predecessor or successor, an agency folded in). */
export const DashboardAgencyRefSchema = z.strictObject({ id: z.uuid(), code: z.string(), name: localizedText });
export type DashboardAgencyRef = z.infer<typeof DashboardAgencyRefSchema>;

/** One side of a succession (docs/domain.md §8): the other agency and the day duties passed. */
export const DashboardAgencyLinkSchema = DashboardAgencyRefSchema.extend({ effectiveOn: isoDate });
export type DashboardAgencyLink = z.infer<typeof DashboardAgencyLinkSchema>;

const structure = z.enum(DASHBOARD_STRUCTURES);

// ---------------------------------------------------------------------------------------------
// Status board

/** The language whose agency names the board sorts by. */
const lang = z.enum(['vi', 'en']);
const boardFilter = z.enum(STATUS_BOARD_FILTERS);
const boardSort = z.enum(STATUS_BOARD_SORTS);
/** What is searched for among agency codes and names (accents and case ignored). */
const boardSearch = z.string().max(200);
const page = z.coerce.number().int().min(1).max(100_000);
/** Items a comparison chart asks for at each end of its list (see `topAndBottom`). */
const ends = z.coerce.number().int().min(1).max(100);

/**
 * What an answer sends of a list a chart compares: with `ends`, only the first and the last
 * `ends` items and those `q` finds (each item names its `position` in the whole list, from which
 * the chart's gaps are rebuilt: `chartEntriesAt`); without, every item.
 */
export const DashboardListShownSchema = z.strictObject({
  ends: z.number().int().min(1).nullable(),
  /** The search, trimmed; '' without one. */
  q: z.string(),
  /** Items in the whole list. */
  total: count,
  /** Some items are not sent (`ends` was asked for and the list is longer than both ends). */
  trimmed: z.boolean(),
  /** Items the search finds in the whole list; 0 without a search. */
  found: count,
  /** Of those, the ones between the ends not sent (past CHART_FOUND_MAX). */
  foundLeftOut: count,
});
export type DashboardListShown = z.infer<typeof DashboardListShownSchema>;

/**
 * `GET /api/dashboard/status`: the periods of a year (of one kind, or all), agencies of a kind;
 * the rows of a filter and a search, in an order, one page of them when `pageSize` is given (all
 * of them otherwise, as an export wants).
 */
export const DashboardStatusQuerySchema = z.strictObject({
  year,
  kind: periodKind.optional(),
  agencyKind: agencyKind.optional(),
  filter: boardFilter.optional(),
  sort: boardSort.optional(),
  q: boardSearch.optional(),
  lang: lang.optional(),
  page: page.optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});
export type DashboardStatusQuery = z.infer<typeof DashboardStatusQuerySchema>;
export type DashboardStatusQueryInput = z.input<typeof DashboardStatusQuerySchema>;

/**
 * One agency in one period, as the board draws it: its state, timing and date. A report's
 * findings and figures are the report's own page and the dossier chart's, not the board's.
 */
export const DashboardStatusCellSchema = z.strictObject({
  periodId: z.uuid(),
  /** In existence on the period's data cut-off, so expected to report (docs/domain.md §8). */
  expected: z.boolean(),
  reportId: z.uuid().nullable(),
  /** DRAFT stays DRAFT after the deadline; `overdue` tells the two apart. */
  status: z.enum(DASHBOARD_CELL_STATUSES),
  /** Submitted, returned or accepted: the report reached Home Affairs. */
  reported: z.boolean(),
  /** Expected, not reported, and the deadline has passed (as of the response's `asOf`). */
  overdue: z.boolean(),
  /** How the first submission stood against the deadline (docs/domain.md §13); null when never submitted. */
  timing: z.enum(['ON_TIME', 'LATE', 'AFTER_GRACE']).nullable(),
  daysLate: count.nullable(),
  /** The first submission, the one `timing` judges; a resubmission after a return does not move it. */
  submittedAt: timestamp.nullable(),
  /**
   * Predecessors whose work in the period's window this agency's report covers: after a merger
   * the agency valid at the window's end reports for the whole window (docs/domain.md §8, §13).
   */
  covers: z.array(DashboardAgencyLinkSchema),
  /** The agencies that took this one over by the window's end and so report for it here. */
  succeededBy: z.array(DashboardAgencyLinkSchema),
});
export type DashboardStatusCell = z.infer<typeof DashboardStatusCellSchema>;

/** A column of the board: the period, its reporting rate and the cells counted by status. */
export const DashboardStatusPeriodSchema = z.strictObject({
  period: ReportingPeriodSchema,
  /** The deadline day is over (as of `asOf`). */
  deadlinePassed: z.boolean(),
  /** Reported (submitted, returned or accepted) over expected; never above 1. */
  reporting: ReportingRateSchema,
  /** Expected agencies by status; they add up to `reporting.expected`. */
  counts: z.strictObject({ DRAFT: count, SUBMITTED: count, RETURNED: count, ACCEPTED: count, MISSING: count }),
  /** Of `counts.SUBMITTED`, those whose first submission came after the deadline day. */
  submittedLate: count,
  /** Expected agencies that reported, by the timing of their latest submission. */
  timing: z.strictObject({ onTime: count, late: count, afterGrace: count }),
  /** Expected agencies that have not reported although the deadline has passed. */
  overdue: count,
});
export type DashboardStatusPeriod = z.infer<typeof DashboardStatusPeriodSchema>;

export const DashboardStatusResponseSchema = z.strictObject({
  year: z.number().int(),
  kind: periodKind.nullable(),
  agencyKind: agencyKind.nullable(),
  /** The day (Vietnam time) against which deadlines were judged. */
  asOf: isoDate,
  /** Columns, in the order their windows close. */
  periods: z.array(DashboardStatusPeriodSchema),
  filter: boardFilter,
  sort: boardSort,
  /** The search applied ('' for none). */
  q: z.string(),
  /** Agencies on the whole board under each filter (the search left aside). */
  filterCounts: z.strictObject({ all: count, late: count, missing: count, returned: count, awaiting: count }),
  /** The kinds of agency with rows under the filter and search, in the board's order, with their rows' count. */
  kinds: z.array(z.strictObject({ kind: agencyKind, rows: count })),
  /** Which rows of the filtered board `rows` are. */
  page: z.strictObject({ page: count.min(1), pageSize: count.min(1), pageCount: count.min(1), total: count, first: count, last: count }),
  /**
   * Rows of the page: agencies valid at some time in the year, expected in some period or that
   * reported in one, with the agencies they succeeded and were succeeded by; cells follow
   * `periods`. Grouped by kind of agency (departments, boards, districts, communes), by name or
   * most urgent first within a kind.
   */
  rows: z.array(
    z.strictObject({
      agency: DashboardAgencySchema,
      predecessors: z.array(DashboardAgencyLinkSchema),
      successors: z.array(DashboardAgencyLinkSchema),
      cells: z.array(DashboardStatusCellSchema),
    }),
  ),
});
export type DashboardStatusResponse = z.infer<typeof DashboardStatusResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Dossier figures across periods

/** Agencies whose dossier series the dashboard charts before the reviewer picks any: the busiest. */
export const DASHBOARD_DOSSIER_TOP = 3;

/** `GET /api/dashboard/dossier`: the province and (chosen) agencies across the periods of a year. */
export const DashboardDossierQuerySchema = z.strictObject({
  year,
  kind: periodKind.optional(),
  agencyKind: agencyKind.optional(),
  /** Which agencies' own series to return; all that reported when left out (and without `top`). */
  agencyIds: agencyIds.optional(),
  /**
   * Not with `agencyIds` (400): only the series of the `top` agencies that received the most dossiers
   * over the periods asked for (ties by code), the ones a chart shows before anyone is picked.
   */
  top: z.coerce.number().int().min(1).max(50).optional(),
  /** Each agency as reported (the default), or with its predecessors folded in. */
  structure: structure.optional(),
});
export type DashboardDossierQuery = z.infer<typeof DashboardDossierQuerySchema>;
export type DashboardDossierQueryInput = z.input<typeof DashboardDossierQuerySchema>;

/**
 * Dossier figures of one period: pooled over `reports` reports (the province) or one agency's.
 * Rates are of the pooled figures (an agency with 2,000 dossiers weighs more than one with 2).
 */
export const DashboardDossierPointSchema = z.strictObject({
  periodId: z.uuid(),
  /** Reported reports with dossier figures that went in. */
  reports: count,
  figures: DossierCountsSchema.nullable(),
  totals: DossierTotalsSchema.nullable(),
  rates: DossierRatesSchema,
  /** An agency's point: the report it comes from when one report makes it, so a chart can open it; else null (always for the province). */
  reportId: z.uuid().nullable(),
});
export type DashboardDossierPoint = z.infer<typeof DashboardDossierPointSchema>;

export const DashboardDossierResponseSchema = z.strictObject({
  year: z.number().int(),
  kind: periodKind.nullable(),
  agencyKind: agencyKind.nullable(),
  periods: z.array(ReportingPeriodSchema),
  /** The province (every agency of `agencyKind`), one point per period. */
  province: z.array(DashboardDossierPointSchema),
  structure,
  /**
   * Each agency's points, one per period in the order of `periods`; restated, with the
   * predecessors whose reports were folded into them (`restatedFrom`, else empty).
   */
  agencies: z.array(
    z.strictObject({ agency: DashboardAgencySchema, restatedFrom: z.array(DashboardAgencyRefSchema), points: z.array(DashboardDossierPointSchema) }),
  ),
});
export type DashboardDossierResponse = z.infer<typeof DashboardDossierResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Reform areas: plans, decisions, inspections, trainings, coverage

/** `GET /api/dashboard/areas`: activity per reform area and period, and which areas reports cover. */
export const DashboardAreasQuerySchema = z.strictObject({
  year,
  kind: periodKind.optional(),
  agencyKind: agencyKind.optional(),
  /** One area only: its plans and decisions, and whether reports cover it. */
  areaKey: ReformAreaKeySchema.optional(),
  /** The coverage of this period's reports only (a period of the year); every period's when left out. */
  coveragePeriodId: z.uuid().optional(),
  /** With `coveragePeriodId`: the coverage of the first and last `ends` agencies only (most areas missing first), and of those `q` finds. */
  ends: ends.optional(),
  /** Agencies whose coverage to send between the ends: code or name contains it (accents and case ignored). */
  q: boardSearch.optional(),
});
export type DashboardAreasQuery = z.infer<typeof DashboardAreasQuerySchema>;

export const DashboardAreaCountSchema = z.strictObject({ areaKey: AreaBucketSchema, plans: count, decisions: count });

/** What the reported reports of one period list, summed over agencies. */
export const DashboardAreaActivitySchema = z.strictObject({
  periodId: z.uuid(),
  reports: count,
  /** The programme's areas in order, then UNASSIGNED (none with an `areaKey` filter). */
  areas: z.array(DashboardAreaCountSchema),
  inspections: z.strictObject({ held: count, planned: count, violations: count }),
  trainings: z.strictObject({ courses: count, participants: count }),
});
export type DashboardAreaActivity = z.infer<typeof DashboardAreaActivitySchema>;

/** The areas of the year's programme a reported report covers with narrative, and those it misses. */
export const DashboardAreaCoverageSchema = z.strictObject({
  periodId: z.uuid(),
  reportId: z.uuid(),
  status: z.enum(REPORTED_STATUSES),
  covered: z.array(ReformAreaKeySchema),
  missing: z.array(ReformAreaKeySchema),
});

export const DashboardAreasResponseSchema = z.strictObject({
  year: z.number().int(),
  kind: periodKind.nullable(),
  agencyKind: agencyKind.nullable(),
  areaKey: ReformAreaKeySchema.nullable(),
  /** The programme in force in the year, whose areas the reports follow; null outside 2011-2030. */
  programme: z
    .strictObject({
      code: z.enum(['30c', '76']),
      areas: z.array(z.strictObject({ key: ReformAreaKeySchema, ordinal: z.number().int(), name: localizedText })),
    })
    .nullable(),
  periods: z.array(ReportingPeriodSchema),
  /** One entry per period, in the order of `periods`. */
  activity: z.array(DashboardAreaActivitySchema),
  /**
   * Agencies with at least one reported report, and the coverage of each; with
   * `coveragePeriodId`, those missing the most areas first (then in the agencies' order), each
   * with its `position` in that whole list (see `coverageShown`).
   */
  coverage: z.array(
    z.strictObject({ agency: DashboardAgencySchema, position: count, reports: z.array(DashboardAreaCoverageSchema) }),
  ),
  /** How much of the coverage list is sent, and how many of its agencies miss an area. */
  coverageShown: DashboardListShownSchema.extend({ withMissing: count }),
});
export type DashboardAreasResponse = z.infer<typeof DashboardAreasResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Ranking

/** `GET /api/dashboard/ranking`: agencies of a period ordered by a figure. */
export const DashboardRankingQuerySchema = z.strictObject({
  periodId: z.uuid(),
  figure: z.enum(RANKING_FIGURES),
  /** Best first by default: see `RANKING_DEFAULT_ORDER`. */
  order: z.enum(['asc', 'desc']).optional(),
  agencyKind: agencyKind.optional(),
  /** Each agency as reported (the default), or with its predecessors folded in. */
  structure: structure.optional(),
  /** Only the best and the worst `ends` agencies with a value, and those `q` finds (`shown` says what is left out). */
  ends: ends.optional(),
  /** Agencies to send between the ends: code or name contains it (accents and case ignored). */
  q: boardSearch.optional(),
});
export type DashboardRankingQuery = z.infer<typeof DashboardRankingQuerySchema>;

const change = { previous: z.number().nullable(), change: z.number().nullable(), changeRate: z.number().nullable() };

export const DashboardRankingRowSchema = z.strictObject({
  agency: DashboardAgencySchema,
  /**
   * Restated: the predecessors whose reports were folded into this row, in this period or the
   * previous one (then `reportId` is null when several reports make the value, and `status` is
   * the least advanced of them). Empty as reported.
   */
  restatedFrom: z.array(DashboardAgencyRefSchema),
  reportId: z.uuid().nullable(),
  status: z.enum(DASHBOARD_CELL_STATUSES),
  /** 1 for the best; ties share a rank; null without a value (not reported, no figures). */
  rank: z.number().int().min(1).nullable(),
  /** The row's place in the whole ranking (0 for the first; those without a value come last). */
  position: count,
  value: z.number().nullable(),
  /** The agency's value in the previous period of the same kind, and the change to it. */
  ...change,
});
export type DashboardRankingRow = z.infer<typeof DashboardRankingRowSchema>;

export const DashboardRankingResponseSchema = z.strictObject({
  period: ReportingPeriodSchema,
  /** The previous period of the same kind (last year's for a standard kind), if there is one. */
  previousPeriod: ReportingPeriodSchema.nullable(),
  figure: z.enum(RANKING_FIGURES),
  order: z.enum(['asc', 'desc']),
  agencyKind: agencyKind.nullable(),
  structure,
  /**
   * The province value to mark on the chart: for a rate the rate of the pooled figures, for a
   * count the mean over agencies with a value; with its previous value and change.
   */
  province: z.strictObject({
    method: z.enum(['POOLED', 'MEAN']),
    agencies: count,
    value: z.number().nullable(),
    ...change,
  }),
  /** Every agency, or with `ends` those the chart draws (agencies with a value only). */
  rows: z.array(DashboardRankingRowSchema),
  /** How much of the ranking is sent; `total` counts the agencies with a value, `unranked` those without. */
  shown: DashboardListShownSchema.extend({ unranked: count }),
});
export type DashboardRankingResponse = z.infer<typeof DashboardRankingResponseSchema>;

/**
 * `GET /api/dashboard/overview`: the dashboard's first view in one answer, so a page opens with one
 * request instead of probing years: the years that have periods (with how many reports each has),
 * the year to show (the one asked for, else the latest up to this year with a report, else the
 * latest up to this year), and the four answers for it. The ranking compares the period asked for,
 * else the latest of the year (of `kind`) whose deadline has passed, else its first.
 */
export const DashboardOverviewQuerySchema = z.strictObject({
  year: year.optional(),
  kind: periodKind.optional(),
  agencyKind: agencyKind.optional(),
  structure: structure.optional(),
  figure: z.enum(RANKING_FIGURES).optional(),
  periodId: z.uuid().optional(),
  /** The agencies whose dossier series to return; the DASHBOARD_DOSSIER_TOP busiest when left out. */
  agencyIds: agencyIds.optional(),
  /** The status board's filter, order, search and page (STATUS_BOARD_PAGE_SIZE rows a page). */
  board: boardFilter.optional(),
  boardSort: boardSort.optional(),
  boardQ: boardSearch.optional(),
  boardPage: page.optional(),
  lang: lang.optional(),
});
export type DashboardOverviewQuery = z.infer<typeof DashboardOverviewQuerySchema>;

export const DashboardYearSchema = z.strictObject({
  year: z.number().int(),
  /** Reports of the year's periods by reporting agencies (of `agencyKind`), whatever their status. */
  reports: count,
});
export type DashboardYear = z.infer<typeof DashboardYearSchema>;

export const DashboardOverviewResponseSchema = z.strictObject({
  /** Newest first. */
  years: z.array(DashboardYearSchema),
  /** Null when no period exists yet; the answers below are then null too. */
  year: z.number().int().nullable(),
  status: DashboardStatusResponseSchema.nullable(),
  dossier: DashboardDossierResponseSchema.nullable(),
  areas: DashboardAreasResponseSchema.nullable(),
  /** Null when the year has no period to compare. */
  ranking: DashboardRankingResponseSchema.nullable(),
});
export type DashboardOverviewResponse = z.infer<typeof DashboardOverviewResponseSchema>;
