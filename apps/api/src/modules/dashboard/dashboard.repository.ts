import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DOSSIER_FIELDS,
  REPORTED_STATUSES,
  sumDossierFigures,
  type DossierCounts,
  type DossierField,
  type RankingFigure,
  type ReformAreaKey,
  type ReportFigures,
  type ReportingAgencyKind,
  type ReportStatus,
  type SubmissionTiming,
} from '@cchc/domain';
import { DataSource } from 'typeorm';
import { preparedAll } from '../../common/database/prepared-statements.js';
import { readFromReplica } from '../../common/database/replica-read.js';
import { readReferenceVersion } from '../../common/database/reference-version.js';
import { agencyListOrder } from '../agencies/agency.repository.js';
import { DOSSIER_COLUMNS, figureColumn } from '../reports/report-figures.writer.js';
import { RANKING_INPUTS, type ActivityTotals, type RankedField } from './dashboard.figures.js';

/** Where a report stands, as the status board's counts, filters and order read it. */
export interface DashboardReportState {
  agencyId: string;
  periodId: string;
  status: ReportStatus;
  submissionTiming: SubmissionTiming | null;
  daysLate: number | null;
}

/** A stored report as the status board shows it: its state, timing and first submission. */
export interface DashboardStatusRow {
  id: string;
  agencyId: string;
  periodId: string;
  status: ReportStatus;
  /** The first submission (ISO 8601, UTC, to the millisecond), which alone decides the timing (docs/domain.md §13). */
  submittedAt: string | null;
  submissionTiming: SubmissionTiming | null;
  daysLate: number | null;
}

/** What a ranking compares of a report: every figure but those per area. */
export type RankedFigures = Omit<ReportFigures, 'plansByArea' | 'coveredAreas'>;

/**
 * A stored report as the ranking reads it: its status and the figures it can be ranked by, from
 * report_figure alone. Only the inputs of the figure ranked by are read (RANKING_INPUTS); the
 * other fields are 0.
 */
export interface DashboardRankedRow {
  id: string;
  agencyId: string;
  periodId: string;
  status: ReportStatus;
  figures: RankedFigures;
}

/** A figure of a period's groups of reports and of the province, computed by the database (DashboardRepository.rankedValues). */
export interface RankedValues {
  /** Each group's value, by the agency it is counted under; null when no report of it has one. */
  agencies: Map<string, number | null>;
  /** The province's value in each period, and how many reports have one. */
  province: Map<string, { value: number | null; valued: number }>;
}

/** The ends of a ranking, ranked by the database (DashboardRepository.rankingEnds). */
export interface RankingEnds {
  /** The groups at both ends, by position. */
  rows: { agencyId: string; value: number; rank: number; position: number }[];
  /** Groups with a value (the ranked list's length). */
  withValue: number;
  /** Groups ranked, with a value or not. */
  ranked: number;
  province: RankedValues['province'];
}

/** A reported report as the coverage of the areas reads it: the areas of the programme its narrative covers. */
export interface DashboardCoverageRow {
  id: string;
  agencyId: string;
  periodId: string;
  status: ReportStatus;
  coveredAreas: ReformAreaKey[];
}

/** Dossier figures of one period summed in the database, over the province or one agency. */
export interface DossierSum {
  periodId: string;
  /** Null for the sum over every agency asked for. */
  agencyId: string | null;
  /** Reports with dossier figures that went into the sum (0: the figures are all 0 and mean nothing). */
  reports: number;
  figures: DossierCounts;
  /** The report summed when it is the only one (an agency's own in a period). */
  reportId: string | null;
}

/** What one period's reported reports list, summed in the database (the areas chart). */
export interface ActivitySum extends ActivityTotals {
  periodId: string;
}

type Raw = Record<string, unknown>;

const REPORTED = [...REPORTED_STATUSES];
/**
 * The agencies a query is about, by kind: a semi-join on agency rather than thousands of ids in
 * an array, which PostgreSQL would parse and compare with every row (7 of 25 ms at 4,000 agencies).
 */
const OF_KINDS = (parameter: string) => `f.agency_id IN (SELECT a.id FROM agency a WHERE a.kind = ANY(${parameter}::varchar[]))`;
const dossierSums = DOSSIER_COLUMNS.map((column) => `coalesce(sum(f.${column}), 0)::int AS ${column}`).join(', ');

/** A report that reached Home Affairs (submitted, returned, accepted): only those are data (docs/domain.md §10). */
const IS_REPORTED = `f.status IN (${REPORTED.map((status) => `'${status}'`).join(', ')})`;
/** A dossier column summed over the reported reports that have dossier figures: null when none has. */
const dossierSum = (field: DossierField): string => `sum(f.${figureColumn(field)}) FILTER (WHERE ${IS_REPORTED} AND f.has_dossier)`;
const added = (fields: readonly DossierField[]): string => fields.map(dossierSum).join(' + ');
/** A rate as dossierRates gives it: null when the denominator is 0 (or no report has dossier figures). */
const rate = (numerator: readonly DossierField[], denominator: readonly DossierField[]): string =>
  `(${added(numerator)})::float8 / nullif(${added(denominator)}, 0)`;
const RECEIVED_FIELDS: readonly DossierField[] = ['receivedOnline', 'receivedInPerson', 'receivedPostal'];
const RESOLVED_FIELDS: readonly DossierField[] = ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'];

/**
 * Each ranking figure computed by the database over a group of reports (an agency's, or restated
 * the reports of an agency and those folded into it), as the domain computes it in the app
 * (dashboard.figures.ts: agencyFigure and provinceFigure over reportFigure, docs/domain.md §6 and
 * §10): a rate is the rate of the pooled dossier figures; an agency's dossier total or count is
 * summed; the province's is the mean over the reports that have it. `valued` picks the reports
 * that have a value. Only reported reports count. The test "the database ranks as the domain
 * does" (report-figures.integration.test.ts) proves each figure equal on the demo data and a
 * generated province, for both structures.
 */
const RANKING_SQL: Readonly<Record<RankingFigure, { agency: string; province: string; valued: string }>> = (() => {
  const withDossier = `${IS_REPORTED} AND f.has_dossier`;
  const rateOf = (numerator: readonly DossierField[], denominator: readonly DossierField[]) => {
    const value = rate(numerator, denominator);
    return { agency: value, province: value, valued: withDossier };
  };
  const totalOf = (fields: readonly DossierField[]) => ({
    agency: `(${added(fields)})::float8`,
    province: `(${added(fields)})::float8 / nullif(count(*) FILTER (WHERE ${withDossier}), 0)`,
    valued: withDossier,
  });
  const countOf = (column: string) => ({
    agency: `(sum(f.${column}) FILTER (WHERE ${IS_REPORTED}))::float8`,
    province: `(sum(f.${column}) FILTER (WHERE ${IS_REPORTED}))::float8 / nullif(count(*) FILTER (WHERE ${IS_REPORTED}), 0)`,
    valued: IS_REPORTED,
  });
  return {
    onTimeRate: rateOf(['resolvedEarly', 'resolvedOnTime'], RESOLVED_FIELDS),
    lateRate: rateOf(['resolvedLate', 'pendingOverdue'], ['carriedOver', ...RECEIVED_FIELDS]),
    onlineRate: rateOf(['receivedOnline'], RECEIVED_FIELDS),
    received: totalOf(RECEIVED_FIELDS),
    toHandle: totalOf(['carriedOver', ...RECEIVED_FIELDS]),
    resolved: totalOf(RESOLVED_FIELDS),
    inProgress: totalOf(['pendingWithinTime', 'pendingOverdue']),
    plans: countOf('plans'),
    decisions: countOf('decisions'),
    trainings: countOf('trainings'),
    trainingParticipants: countOf('training_participants'),
    inspections: countOf('inspections_held'),
  };
})();

/**
 * The agencies folded into another (restated), as pairs of parameters $4 (the agency) and $5 (the
 * one it counts under): joined on the agency, `coalesce(m.owner_id, …)` is whom a row counts under.
 */
const FOLDED = `unnest($4::uuid[], $5::uuid[]) AS m(agency_id, owner_id)`;

/** The agency `alias` exists on the day given as $7: expected to report for a period ending then (docs/domain.md §8). */
const VALID_ON_DAY = (alias: string): string => `${alias}.valid_from <= $7::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= $7::date)`;

/**
 * A ranking figure's value (RANKING_SQL) for each group of reports in the period $1 (an agency's
 * own, or those folded into it, $4 and $5: `owner_id`), and the province's (`province` 1,
 * owner_id null) in $1 and $2, over the agencies of the kinds $3, in one grouping pass. Every
 * group with a report in $1 has its row, its value null when none of its reports gives one.
 *
 * Only the reports of $1 have an owner to group by: those of $2 count for the province alone and
 * fall in one group without an owner, which is dropped. Grouped by period and owner, the 3,800
 * agencies' groups of $2 were built only to be dropped, a third of the query at 4,000 agencies.
 */
const RANKING_GROUPS = (figure: RankingFigure): string => `SELECT coalesce(f.period_id, $1::uuid) AS period_id, o.owner_id, GROUPING(o.owner_id) AS province,
            CASE WHEN GROUPING(o.owner_id) = 1 THEN ${RANKING_SQL[figure].province} ELSE ${RANKING_SQL[figure].agency} END AS value,
            (count(*) FILTER (WHERE ${RANKING_SQL[figure].valued}))::int AS valued
     FROM report_figure f
     LEFT JOIN ${FOLDED} ON m.agency_id = f.agency_id
     CROSS JOIN LATERAL (SELECT CASE WHEN f.period_id = $1::uuid THEN coalesce(m.owner_id, f.agency_id) END AS owner_id) o
     WHERE f.period_id IN ($1::uuid, $2::uuid) AND ${OF_KINDS('$3')}
     GROUP BY GROUPING SETS ((o.owner_id), (f.period_id))
     HAVING GROUPING(o.owner_id) = 1 OR o.owner_id IS NOT NULL`;

/**
 * The dashboard's queries, by repository method: kept here in one place so the test of their
 * indexes (dashboard-queries.integration.test.ts) EXPLAINs exactly what runs.
 */
export const DASHBOARD_SQL = preparedAll({
  reportStates: `SELECT f.agency_id AS "agencyId", f.period_id AS "periodId", f.status, f.submission_timing AS "submissionTiming", f.days_late AS "daysLate"
     FROM report_figure f
     WHERE f.period_id = ANY($1::uuid[]) AND ${OF_KINDS('$2')}`,
  // The first submission as the answer gives it (Date#toISOString's text, to the millisecond in
  // UTC), written by the database: the driver would parse each into a Date for the app to write
  // back as text, about 2 µs a report.
  statusReports: `SELECT r.id, r.agency_id, r.period_id, r.status, r.submission_timing, r.days_late,
            to_char(r.first_submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS first_submitted_at
     FROM report r
     WHERE r.period_id = ANY($1::uuid[]) AND r.agency_id = ANY($2::uuid[])`,
  rankedReports: (figure: RankingFigure) => `SELECT f.report_id, f.agency_id, f.period_id, f.status, f.has_dossier,
            ${RANKING_INPUTS[figure].map((field) => `f.${figureColumn(field)}`).join(', ')}
     FROM report_figure f
     WHERE f.period_id = ANY($1::uuid[]) AND f.agency_id = ANY($2::uuid[])`,
  rankingEnds: (figure: RankingFigure, order: 'asc' | 'desc') => {
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    // The reports of a national pair of periods (7,700 rows) are grouped once, for the agencies
    // and the province. Who is ranked is counted over the agencies themselves: those expected on
    // the period's last day (under their successor when folded into one) and those with a report.
    return `WITH grouped AS (
       ${RANKING_GROUPS(figure)}
     ), ranked AS (
       SELECT g.owner_id, g.value, (rank() OVER (ORDER BY g.value ${direction}))::int AS rank,
              (row_number() OVER (ORDER BY g.value ${direction}, ${agencyListOrder('a').join(', ')}) - 1)::int AS position,
              (count(*) OVER ())::int AS total
       FROM grouped g JOIN agency a ON a.id = g.owner_id AND a.kind = ANY($3::varchar[])
       WHERE g.province = 0 AND g.value IS NOT NULL
     )
     SELECT 'AGENCY' AS part, r.owner_id AS agency_id, NULL::uuid AS period_id, r.value, r.rank, r.position
     FROM ranked r WHERE r.position < $6::int OR r.position >= r.total - $6::int
     UNION ALL
     SELECT 'PROVINCE', NULL, g.period_id, g.value, g.valued, NULL FROM grouped g WHERE g.province = 1
     UNION ALL
     SELECT 'COUNTS', NULL, NULL, NULL, (SELECT count(*)::int FROM ranked),
            (SELECT count(*)::int FROM agency o
             WHERE o.kind = ANY($3::varchar[])
               AND ((${VALID_ON_DAY('o')} AND o.id <> ALL($4::uuid[]))
                 OR o.id IN (SELECT m.owner_id FROM ${FOLDED} JOIN agency a ON a.id = m.agency_id WHERE a.kind = ANY($3::varchar[]) AND ${VALID_ON_DAY('a')})
                 OR o.id IN (SELECT g.owner_id FROM grouped g WHERE g.province = 0)))`;
  },
  rankedValues: (figure: RankingFigure) => `SELECT g.period_id, g.owner_id AS agency_id, g.value, g.valued FROM (${RANKING_GROUPS(figure)}) g`,
  coverage: `SELECT f.report_id, f.agency_id, f.period_id, f.status, f.covered_areas
     FROM report_figure f
     WHERE f.period_id = ANY($1::uuid[]) AND ${OF_KINDS('$2')} AND f.status = ANY($3::varchar[])`,
  coverageEnds: `WITH coverage AS (
       SELECT f.report_id, f.agency_id, f.period_id, f.status, f.covered_areas,
              (SELECT count(*) FROM unnest($4::text[]) k(key) WHERE NOT f.covered_areas ? k.key)::int AS missing
       FROM report_figure f
       WHERE f.period_id = $1 AND ${OF_KINDS('$2')} AND f.status = ANY($3::varchar[])
     ), ordered AS (
       SELECT c.report_id, c.agency_id, c.period_id, c.status, c.covered_areas,
              (row_number() OVER (ORDER BY c.missing DESC, ${agencyListOrder('a').join(', ')}) - 1)::int AS position,
              (count(*) OVER ())::int AS total, (count(*) FILTER (WHERE c.missing > 0) OVER ())::int AS with_missing
       FROM coverage c JOIN agency a ON a.id = c.agency_id
     )
     SELECT report_id, agency_id, period_id, status, covered_areas, position, total, with_missing
     FROM ordered WHERE position < $5::int OR position >= total - $5::int`,
  dossierSums: `SELECT f.period_id, f.agency_id, (count(*) FILTER (WHERE f.has_dossier))::int AS reports,
            CASE WHEN GROUPING(f.agency_id) = 0 AND count(*) = 1 THEN min(f.report_id::text) END AS report_id, ${dossierSums}
     FROM report_figure f
     WHERE f.period_id = ANY($1::uuid[]) AND ${OF_KINDS('$2')} AND f.status = ANY($3::varchar[])
     GROUP BY GROUPING SETS ((f.period_id), (f.period_id, f.agency_id))`,
  reportsPerYear: `SELECT p.year, count(f.report_id)::int AS reports
     FROM reporting_period p LEFT JOIN report_figure f ON f.period_id = p.id AND ${OF_KINDS('$1')}
     GROUP BY p.year ORDER BY p.year DESC`,
  activitySums: `WITH reported AS (
       SELECT f.period_id, f.plans_by_area, f.decisions, f.inspections_held, f.inspections_planned, f.inspection_violations,
              f.trainings, f.training_participants
       FROM report_figure f
       WHERE f.period_id = ANY($1::uuid[]) AND ${OF_KINDS('$2')} AND f.status = ANY($3::varchar[])
     ), areas AS (
       SELECT period_id, jsonb_object_agg(key, plans) AS plans_by_area
       FROM (SELECT period_id, a.key, sum(a.value::int)::int AS plans FROM reported, jsonb_each_text(plans_by_area) a GROUP BY period_id, a.key) p
       GROUP BY period_id
     )
     SELECT s.period_id, s.reports, coalesce(areas.plans_by_area, '{}'::jsonb) AS plans_by_area, s.decisions, s.inspections_held,
            s.inspections_planned, s.inspection_violations, s.trainings, s.training_participants
     FROM (SELECT period_id, count(*)::int AS reports, sum(decisions)::int AS decisions, sum(inspections_held)::int AS inspections_held,
                  sum(inspections_planned)::int AS inspections_planned, sum(inspection_violations)::int AS inspection_violations,
                  sum(trainings)::int AS trainings, sum(training_participants)::int AS training_participants
           FROM reported GROUP BY period_id) s
     LEFT JOIN areas ON areas.period_id = s.period_id`,
} as const);

/**
 * The dashboard's reads. Nothing here reads a report's content: what the comparisons count is in
 * report_figure, written with each report (ReportRepository), and the sums are made by the
 * database with GROUP BY. Each query takes the periods of the answer and the agencies it is about:
 * their kinds (the reporting kinds, or the one asked for), or the ids of one page of the board.
 * Each is served by report_figure_period_idx or report's primary key. They run on the read replica when there is one (DATABASE_REPLICA_URL).
 */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Where every report of the periods by the agencies stands, whatever its status: what the whole
   * board is counted, filtered and ordered by, read for thousands of agencies, so only that.
   */
  async reportStates(periodIds: readonly string[], kinds: readonly ReportingAgencyKind[]): Promise<DashboardReportState[]> {
    if (periodIds.length === 0 || kinds.length === 0) return [];
    // Named as the answer's fields, so the 16,000 rows of a national year are used as the driver
    // gives them (days_late is an int, a number in both drivers) instead of copied.
    return readFromReplica<DashboardReportState[]>(this.dataSource, DASHBOARD_SQL.reportStates, [periodIds, kinds]);
  }

  /** The reports of the periods by the agencies (those of one page of the board), as the status board shows them. */
  async statusReports(periodIds: readonly string[], agencyIds: readonly string[]): Promise<DashboardStatusRow[]> {
    if (periodIds.length === 0 || agencyIds.length === 0) return [];
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.statusReports, [periodIds, agencyIds]);
    return rows.map(stateOf);
  }

  /**
   * Every report of the periods by the agencies (those of a ranking's rows), whatever its status,
   * with what the figure ranked by is computed from (its RANKING_INPUTS; the other fields 0).
   */
  async rankedReports(periodIds: readonly string[], agencyIds: readonly string[], figure: RankingFigure): Promise<DashboardRankedRow[]> {
    if (periodIds.length === 0 || agencyIds.length === 0) return [];
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.rankedReports(figure), [periodIds, agencyIds]);
    const inputs = RANKING_INPUTS[figure].map((field) => [field, figureColumn(field)] as const);
    return rows.map((row) => rankedRowOf(row, inputs));
  }

  /**
   * A ranking's ends computed, grouped and ranked by the database: the first and last `ends`
   * groups with a value (as rankedValues groups them) in the order of `order`, ties broken in the
   * agency list's order (agencyListOrder) as rankAgencies breaks them in that list, with their rank
   * (equal values, equal rank) and position; how many groups have a value and how many are ranked
   * (those of the agencies expected on `windowTo`, valid then, and those with a report); and the
   * province's value in the period and in `previousPeriodId`. What a chart of 4,000 agencies draws,
   * without sending their values to the app.
   */
  async rankingEnds(
    period: { id: string; windowTo: string },
    previousPeriodId: string | null,
    kinds: readonly ReportingAgencyKind[],
    figure: RankingFigure,
    order: 'asc' | 'desc',
    foldedInto: ReadonlyMap<string, string>,
    ends: number,
  ): Promise<RankingEnds> {
    const result: RankingEnds = { rows: [], withValue: 0, ranked: 0, province: new Map() };
    if (kinds.length === 0) return result;
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.rankingEnds(figure, order), [
      period.id,
      previousPeriodId,
      kinds,
      [...foldedInto.keys()],
      [...foldedInto.values()],
      ends,
      period.windowTo,
    ]);
    for (const row of rows) {
      const value = row.value === null ? null : Number(row.value);
      if (row.part === 'AGENCY') result.rows.push({ agencyId: row.agency_id as string, value: value!, rank: Number(row.rank), position: Number(row.position) });
      else if (row.part === 'PROVINCE') result.province.set(row.period_id as string, { value, valued: Number(row.rank) });
      else {
        result.withValue = Number(row.rank);
        result.ranked = Number(row.position);
      }
    }
    result.rows.sort((a, b) => a.position - b.position);
    return result;
  }

  /**
   * A figure computed and grouped by the database (RANKING_SQL): the value of each group of
   * reports of the period by the agencies of the kinds (an agency's own, or that of the agency
   * `foldedInto` names for it), and the province's in the period and in `previousPeriodId`. Every
   * group with a report in the period, whatever its status, has its entry, null when none of its
   * reports gives a value: a ranking reads 4,000 numbers, not every report's figures.
   */
  async rankedValues(
    periodId: string,
    previousPeriodId: string | null,
    kinds: readonly ReportingAgencyKind[],
    figure: RankingFigure,
    foldedInto: ReadonlyMap<string, string>,
  ): Promise<RankedValues> {
    const values: RankedValues = { agencies: new Map(), province: new Map() };
    if (kinds.length === 0) return values;
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.rankedValues(figure), [
      periodId,
      previousPeriodId,
      kinds,
      [...foldedInto.keys()],
      [...foldedInto.values()],
    ]);
    for (const row of rows) {
      const value = row.value === null ? null : Number(row.value);
      if (row.agency_id === null) values.province.set(row.period_id as string, { value, valued: Number(row.valued) });
      else values.agencies.set(row.agency_id as string, value);
    }
    return values;
  }

  /**
   * The ends of one period's coverage as its chart draws them, ordered by the database: the
   * reported reports by the number of `areaKeys` (the programme's areas asked about) their
   * narrative misses, most first, ties in the agency list's order; only the first and last `ends`
   * come back, with their `position`, and how many reports there are and miss an area.
   */
  async coverageEnds(
    periodId: string,
    kinds: readonly ReportingAgencyKind[],
    areaKeys: readonly ReformAreaKey[],
    ends: number,
  ): Promise<{ rows: (DashboardCoverageRow & { position: number })[]; total: number; withMissing: number }> {
    if (kinds.length === 0) return { rows: [], total: 0, withMissing: 0 };
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.coverageEnds, [periodId, kinds, REPORTED, areaKeys, ends]);
    return {
      rows: rows
        .map((row) => ({ ...reportOf(row), coveredAreas: jsonOf<ReformAreaKey[]>(row.covered_areas), position: Number(row.position) }))
        .sort((a, b) => a.position - b.position),
      total: Number(rows[0]?.total ?? 0),
      withMissing: Number(rows[0]?.with_missing ?? 0),
    };
  }

  /** The reported reports (submitted, returned, accepted) of the periods by the agencies, with the areas each covers. */
  async coverage(periodIds: readonly string[], kinds: readonly ReportingAgencyKind[]): Promise<DashboardCoverageRow[]> {
    if (periodIds.length === 0 || kinds.length === 0) return [];
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.coverage, [periodIds, kinds, REPORTED]);
    return rows.map((row) => ({ ...reportOf(row), coveredAreas: jsonOf<ReformAreaKey[]>(row.covered_areas) }));
  }

  /**
   * Dossier figures of the reported reports (submitted, returned, accepted) summed per period, over
   * all the agencies (agencyId null) and per agency, in one GROUP BY GROUPING SETS. An agency that
   * reported without dossier figures has its row, with `reports` 0.
   */
  async dossierSums(periodIds: readonly string[], kinds: readonly ReportingAgencyKind[]): Promise<DossierSum[]> {
    if (periodIds.length === 0 || kinds.length === 0) return [];
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.dossierSums, [periodIds, kinds, REPORTED]);
    return rows.map((row) => ({
      periodId: row.period_id as string,
      agencyId: row.agency_id === null ? null : row.agency_id as string,
      reports: Number(row.reports),
      figures: dossierOf(row),
      reportId: (row.report_id as string | null) ?? null,
    }));
  }

  /** The reference version, read with every dashboard answer (readReferenceVersion). */
  referenceVersion(): Promise<string> {
    return readReferenceVersion(this.dataSource);
  }

  /** How many reports (any status) each year's periods have, by the agencies; every year with a period, newest first. */
  async reportsPerYear(kinds: readonly ReportingAgencyKind[]): Promise<{ year: number; reports: number }[]> {
    const rows = await readFromReplica<{ year: number; reports: number }[]>(this.dataSource, DASHBOARD_SQL.reportsPerYear, [kinds]);
    return rows.map((row) => ({ year: Number(row.year), reports: Number(row.reports) }));
  }

  /** What the reported reports list, summed per period; plans per area through the jsonb of each row's counts. */
  async activitySums(periodIds: readonly string[], kinds: readonly ReportingAgencyKind[]): Promise<ActivitySum[]> {
    if (periodIds.length === 0 || kinds.length === 0) return [];
    const rows = await readFromReplica<Raw[]>(this.dataSource, DASHBOARD_SQL.activitySums, [periodIds, kinds, REPORTED]);
    return rows.map((row) => ({
      periodId: row.period_id as string,
      reports: Number(row.reports),
      plansByArea: jsonOf<Record<string, number>>(row.plans_by_area),
      decisions: Number(row.decisions),
      inspectionsHeld: Number(row.inspections_held),
      inspectionsPlanned: Number(row.inspections_planned),
      inspectionViolations: Number(row.inspection_violations),
      trainings: Number(row.trainings),
      trainingParticipants: Number(row.training_participants),
    }));
  }
}

/** jsonb comes back parsed from node-postgres and as text from PGlite's driver in some paths. */
function jsonOf<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A row's dossier columns as figures: built field by field, as it runs for every row of 4,000 agencies. */
function dossierOf(row: Raw): DossierCounts {
  const figures: Partial<Record<(typeof DOSSIER_FIELDS)[number], number>> = {};
  for (let index = 0; index < DOSSIER_FIELDS.length; index += 1) figures[DOSSIER_FIELDS[index]!] = Number(row[DOSSIER_COLUMNS[index]!]);
  return figures as DossierCounts;
}

function stateOf(row: Raw): DashboardStatusRow {
  return {
    id: row.id as string,
    agencyId: row.agency_id as string,
    periodId: row.period_id as string,
    status: row.status as ReportStatus,
    submittedAt: (row.first_submitted_at as string | null) ?? null,
    submissionTiming: (row.submission_timing as SubmissionTiming | null) ?? null,
    daysLate: row.days_late === null ? null : Number(row.days_late),
  };
}

function reportOf(row: Raw): Pick<DashboardRankedRow, 'id' | 'agencyId' | 'periodId' | 'status'> {
  return { id: row.report_id as string, agencyId: row.agency_id as string, periodId: row.period_id as string, status: row.status as ReportStatus };
}

/** Dossier figures all 0 (the domain's sum of none). */
const NO_DOSSIER: Readonly<DossierCounts> = sumDossierFigures([]);

/**
 * A ranked row of the columns read for a figure (its RANKING_INPUTS): every other figure 0, the
 * dossier figures null when the report has none. Built field by field: it runs for every report
 * of two periods of 4,000 agencies.
 */
function rankedRowOf(row: Raw, inputs: readonly (readonly [RankedField, string])[]): DashboardRankedRow {
  const figures: RankedFigures = {
    dossier: null,
    plans: 0,
    decisions: 0,
    trainings: 0,
    trainingParticipants: 0,
    inspectionsHeld: 0,
    inspectionsPlanned: 0,
    inspectionViolations: 0,
  };
  const dossier: DossierCounts | null = row.has_dossier ? { ...NO_DOSSIER } : null;
  for (let index = 0; index < inputs.length; index += 1) {
    const [field, column] = inputs[index]!;
    const value = Number(row[column]);
    if (field in figures) (figures as unknown as Record<string, number>)[field] = value;
    else if (dossier) dossier[field as keyof DossierCounts] = value;
  }
  figures.dossier = dossier;
  return { ...reportOf(row), figures };
}
