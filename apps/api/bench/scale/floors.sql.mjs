// The raw-SQL floor of each dashboard endpoint: the one query that gets the database to return the
// numbers the endpoint answers with, over the tables the app reads (report_figure, report, agency,
// reporting_period). What the endpoint costs beyond its floor is the app's own work: its several
// queries, building and serialising the answer. Each floor comes with the check that its numbers
// are the API's, so a floor that drifts from what the app computes fails the bench.
import { CHART_END_COUNT, DASHBOARD_DOSSIER_TOP, DOSSIER_FIELDS, programmeForYear, REPORTED_STATUSES, STATUS_BOARD_PAGE_SIZE } from '@cchc/domain';
import { DOSSIER_COLUMNS } from '../../dist/modules/reports/report-figures.writer.js';

const REPORTED = REPORTED_STATUSES.map((status) => `'${status}'`).join(', ');
const dossierSums = DOSSIER_COLUMNS.map((column) => `coalesce(sum(f.${column}), 0)::bigint AS ${column}`).join(', ');

/**
 * One agency per row of the reporting kinds, expected in a period when valid on its last day
 * (docs/domain.md §8), as expectedReporters has it.
 */
const EXPECTED = `a.kind <> 'province' AND a.valid_from <= p.window_to AND (a.valid_to IS NULL OR a.valid_to >= p.window_to)`;

/**
 * The endpoints' requests, for a year and a period of it (the ranking's), each with its floor
 * (FLOORS[key]); the overview answers the four at once, so its floor is the four floors.
 */
export function dashboardRequests({ year, rankingPeriodId }) {
  return [
    {
      key: 'status',
      path: `/api/dashboard/status?year=${year}&pageSize=${STATUS_BOARD_PAGE_SIZE}`,
      label: `GET /api/dashboard/status?year=${year} (first page)`,
    },
    {
      key: 'dossier',
      path: `/api/dashboard/dossier?year=${year}&top=${DASHBOARD_DOSSIER_TOP}`,
      label: `GET /api/dashboard/dossier?year=${year} (${DASHBOARD_DOSSIER_TOP} busiest agencies)`,
    },
    {
      key: 'areas',
      path: `/api/dashboard/areas?year=${year}&coveragePeriodId=${rankingPeriodId}&ends=${CHART_END_COUNT}`,
      label: `GET /api/dashboard/areas?year=${year} (coverage of M9, ${CHART_END_COUNT} first and last)`,
    },
    {
      key: 'ranking',
      path: `/api/dashboard/ranking?periodId=${rankingPeriodId}&figure=onTimeRate&ends=${CHART_END_COUNT}`,
      label: `GET /api/dashboard/ranking (M9 ${year}, onTimeRate, ${CHART_END_COUNT} best and worst)`,
    },
    {
      key: 'overview',
      path: `/api/dashboard/overview?year=${year}&periodId=${rankingPeriodId}`,
      label: `GET /api/dashboard/overview?year=${year} (the four at once)`,
      parts: ['status', 'dossier', 'areas', 'ranking'],
    },
  ];
}

export const FLOORS = {
  /**
   * Per period of the year: expected agencies, those that reported, the expected ones by status
   * (MISSING without a report), by the timing of their first submission, and those overdue
   * (not reported once the deadline day is over, `$2` being today in Vietnam); and the agencies
   * under each of the board's filters (late, overdue, returned, awaiting review in some period).
   * The endpoint also orders the board and sends its first page of rows.
   */
  status: {
    sql: `
      WITH cells AS (
        SELECT p.id AS period_id, a.id AS agency_id, r.id AS report_id, r.status, r.submission_timing,
               (r.id IS NULL OR r.status = 'DRAFT') AND p.deadline < $2::date AS overdue
        FROM reporting_period p
        JOIN agency a ON ${EXPECTED}
        LEFT JOIN report r ON r.agency_id = a.id AND r.period_id = p.id
        WHERE p.year = $1
      ), columns AS (
        SELECT period_id,
               count(*)::int AS expected,
               count(*) FILTER (WHERE status IN (${REPORTED}))::int AS reported,
               count(*) FILTER (WHERE status = 'DRAFT')::int AS draft,
               count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
               count(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
               count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
               count(*) FILTER (WHERE report_id IS NULL)::int AS missing,
               count(*) FILTER (WHERE status IN (${REPORTED}) AND submission_timing = 'ON_TIME')::int AS on_time,
               count(*) FILTER (WHERE status IN (${REPORTED}) AND submission_timing = 'LATE')::int AS late,
               count(*) FILTER (WHERE status IN (${REPORTED}) AND submission_timing = 'AFTER_GRACE')::int AS after_grace,
               count(*) FILTER (WHERE overdue)::int AS overdue
        FROM cells GROUP BY period_id
      ), rows AS (
        SELECT agency_id,
               bool_or(submission_timing IN ('LATE', 'AFTER_GRACE')) AS late,
               bool_or(overdue) AS missing,
               bool_or(status = 'RETURNED') AS returned,
               bool_or(status = 'SUBMITTED') AS awaiting
        FROM cells GROUP BY agency_id
      )
      SELECT columns.*, counts.*
      FROM columns CROSS JOIN (
        SELECT count(*)::int AS rows_all, (count(*) FILTER (WHERE late))::int AS rows_late, (count(*) FILTER (WHERE missing))::int AS rows_missing,
               (count(*) FILTER (WHERE returned))::int AS rows_returned, (count(*) FILTER (WHERE awaiting))::int AS rows_awaiting
        FROM rows
      ) counts`,
    params: ({ year, today }) => [year, today],
    check(rows, api) {
      const byPeriod = new Map(rows.map((row) => [row.period_id, row]));
      expectSame(api.periods.length, rows.length, 'status: periods');
      for (const column of api.periods) {
        const row = byPeriod.get(column.period.id);
        const at = `status ${column.period.kind} ${column.period.year}`;
        if (!row) throw new Error(`${at}: no floor row`);
        expectSame(column.reporting.expected, row.expected, `${at} expected`);
        expectSame(column.reporting.reported, row.reported, `${at} reported`);
        expectSame(column.counts.DRAFT, row.draft, `${at} DRAFT`);
        expectSame(column.counts.SUBMITTED, row.submitted, `${at} SUBMITTED`);
        expectSame(column.counts.RETURNED, row.returned, `${at} RETURNED`);
        expectSame(column.counts.ACCEPTED, row.accepted, `${at} ACCEPTED`);
        expectSame(column.counts.MISSING, row.missing, `${at} MISSING`);
        expectSame(column.timing.onTime, row.on_time, `${at} on time`);
        expectSame(column.timing.late, row.late, `${at} late`);
        expectSame(column.timing.afterGrace, row.after_grace, `${at} after grace`);
        expectSame(column.overdue, row.overdue, `${at} overdue`);
      }
      const [first] = rows;
      for (const filter of ['all', 'late', 'missing', 'returned', 'awaiting']) {
        expectSame(api.filterCounts[filter], first?.[`rows_${filter}`] ?? 0, `status: agencies under ${filter}`);
      }
    },
  },

  /**
   * Dossier figures of the reported reports of the year summed per period over the province
   * (agency_id null) and per agency, with how many reports had figures.
   */
  dossier: {
    sql: `
      SELECT f.period_id, f.agency_id, (count(*) FILTER (WHERE f.has_dossier))::int AS reports, ${dossierSums}
      FROM report_figure f
      JOIN reporting_period p ON p.id = f.period_id
      WHERE p.year = $1 AND f.status IN (${REPORTED})
      GROUP BY GROUPING SETS ((f.period_id), (f.period_id, f.agency_id))`,
    params: ({ year }) => [year],
    check(rows, api) {
      const key = (periodId, agencyId) => `${periodId}|${agencyId ?? ''}`;
      const byKey = new Map(rows.map((row) => [key(row.period_id, row.agency_id), row]));
      const point = (p, agencyId, at) => {
        const row = byKey.get(key(p.periodId, agencyId));
        expectSame(p.reports, row?.reports ?? 0, `${at} reports`);
        if (p.figures === null) return;
        if (!row) throw new Error(`${at}: the API has figures, the floor none`);
        DOSSIER_FIELDS.forEach((field, index) => expectSame(p.figures[field], Number(row[DOSSIER_COLUMNS[index]]), `${at} ${field}`));
      };
      api.province.forEach((p) => point(p, null, `dossier province ${p.periodId}`));
      let points = 0;
      for (const series of api.agencies) {
        for (const p of series.points) {
          point(p, series.agency.id, `dossier ${series.agency.code} ${p.periodId}`);
          if (p.reports > 0) points += 1;
        }
      }
      const withFigures = rows.filter((row) => row.agency_id !== null && row.reports > 0);
      if (api.agencies.length >= new Set(withFigures.map((row) => row.agency_id)).size) {
        expectSame(points, withFigures.length, 'dossier: agency points with figures');
        return;
      }
      // The series of the busiest agencies only (top): none left out received more than one shown.
      const received = new Map();
      for (const row of withFigures) {
        received.set(row.agency_id, (received.get(row.agency_id) ?? 0) + Number(row.received_online) + Number(row.received_in_person) + Number(row.received_postal));
      }
      const shown = new Set(api.agencies.map((series) => series.agency.id));
      const least = Math.min(...[...shown].map((id) => received.get(id) ?? 0));
      const most = Math.max(0, ...[...received].filter(([id]) => !shown.has(id)).map(([, value]) => value));
      if (most > least) throw new Error(`dossier: an agency left out received ${most} dossiers, one shown ${least}`);
    },
  },

  /**
   * What the reported reports of the year list, per period: reports, decisions, inspections and
   * trainings (area_key null), and plans per area key (one row per period and area); then the
   * coverage of the compared period as the chart gets it: each reported report's number of the
   * year's programme areas it misses, the agencies ordered by it (most first, ties in the agency
   * list's order), the first and last CHART_END_COUNT with their report and status, and how many
   * agencies there are and miss an area.
   */
  areas: {
    sql: `
      WITH reported AS (
        SELECT f.period_id, f.plans_by_area, f.decisions, f.inspections_held, f.inspections_planned, f.inspection_violations,
               f.trainings, f.training_participants
        FROM report_figure f
        JOIN reporting_period p ON p.id = f.period_id
        WHERE p.year = $1 AND f.status IN (${REPORTED})
      ),
      coverage AS (
        SELECT f.agency_id, f.report_id, f.status,
               (SELECT count(*) FROM unnest($3::text[]) k(key) WHERE NOT f.covered_areas ? k.key)::int AS missing,
               (row_number() OVER (ORDER BY (SELECT count(*) FROM unnest($3::text[]) k(key) WHERE NOT f.covered_areas ? k.key) DESC,
                                   CASE a.kind WHEN 'department' THEN 0 WHEN 'board' THEN 1 WHEN 'district' THEN 2 ELSE 3 END,
                                   a.code, a.valid_from, a.id) - 1)::int AS position,
               (count(*) OVER ())::int AS total
        FROM report_figure f JOIN agency a ON a.id = f.agency_id AND a.kind <> 'province'
        WHERE f.period_id = $2 AND f.status IN (${REPORTED})
      )
      SELECT period_id, NULL AS area_key, count(*)::int AS reports, NULL::int AS plans, sum(decisions)::int AS decisions,
             sum(inspections_held)::int AS held, sum(inspections_planned)::int AS planned, sum(inspection_violations)::int AS violations,
             sum(trainings)::int AS trainings, sum(training_participants)::int AS participants,
             NULL::uuid AS agency_id, NULL::uuid AS report_id, NULL AS status, NULL::int AS missing, NULL::int AS position, NULL::int AS total
      FROM reported GROUP BY period_id
      UNION ALL
      SELECT period_id, a.key, NULL, sum(a.value::int)::int, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM reported, jsonb_each_text(plans_by_area) a GROUP BY period_id, a.key
      UNION ALL
      SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.agency_id, c.report_id, c.status, c.missing, c.position, c.total
      FROM coverage c WHERE c.position < $4 OR c.position >= c.total - $4
      UNION ALL
      SELECT NULL, 'WITH_MISSING', count(*)::int, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM coverage WHERE missing > 0`,
    params: ({ year, rankingPeriodId }) => [year, rankingPeriodId, (programmeForYear(year)?.areas ?? []).map((area) => area.key), CHART_END_COUNT],
    check(rows, api) {
      const activityRows = rows.filter((row) => row.agency_id === null && row.area_key !== 'WITH_MISSING');
      const totals = new Map(activityRows.filter((row) => row.area_key === null).map((row) => [row.period_id, row]));
      const plans = new Map(activityRows.filter((row) => row.area_key !== null).map((row) => [`${row.period_id}|${row.area_key}`, row.plans]));
      for (const activity of api.activity) {
        const at = `areas ${activity.periodId}`;
        const row = totals.get(activity.periodId);
        expectSame(activity.reports, row?.reports ?? 0, `${at} reports`);
        if (!row) continue;
        for (const area of activity.areas) {
          expectSame(area.plans, plans.get(`${activity.periodId}|${area.areaKey}`) ?? 0, `${at} plans ${area.areaKey}`);
          if (area.areaKey === 'UNASSIGNED') expectSame(area.decisions, row.decisions, `${at} decisions`);
        }
        expectSame(activity.inspections.held, row.held, `${at} inspections held`);
        expectSame(activity.inspections.planned, row.planned, `${at} inspections planned`);
        expectSame(activity.inspections.violations, row.violations, `${at} violations`);
        expectSame(activity.trainings.courses, row.trainings, `${at} trainings`);
        expectSame(activity.trainings.participants, row.participants, `${at} participants`);
      }
      // Row for row: the same agency at each position of the coverage's ends, with its report,
      // status and number of areas missed.
      const atPosition = new Map(rows.filter((row) => row.position !== null).map((row) => [row.position, row]));
      expectSame(api.coverage.length, atPosition.size, 'coverage: agencies at the ends');
      for (const row of api.coverage) {
        const floor = atPosition.get(row.position);
        const report = row.reports[0];
        if (row.agency.id !== floor?.agency_id || report?.reportId !== floor.report_id || report?.status !== floor.status) {
          throw new Error(`Floor and API disagree on the coverage at ${row.position}: API ${row.agency.code} ${report?.reportId}, floor ${floor?.agency_id} ${floor?.report_id}`);
        }
        expectSame(report.missing.length, floor.missing, `coverage: areas ${row.agency.code} misses`);
      }
      expectSame(api.coverageShown.total, rows.find((row) => row.total !== null)?.total ?? 0, 'coverage: agencies');
      expectSame(api.coverageShown.withMissing, rows.find((row) => row.area_key === 'WITH_MISSING')?.reports ?? 0, 'coverage: agencies missing an area');
    },
  },

  /**
   * The on-time rate of each agency's reported report in the period and in the previous period
   * of the same kind, and the province's (agency_id null), pooled: (early + on time) / resolved,
   * with the number of reports that give it. Of the agencies only the best and the worst
   * CHART_END_COUNT, as the chart asks: their rank (ties share one), their position with ties in
   * the agency list's order (kind, code, start of validity, id), and their report and its status;
   * then the number of agencies with a value and of those ranked (expected on the period's last
   * day, or with a report in it). The answer the endpoint gives, row for row.
   */
  ranking: {
    sql: `
      WITH chosen AS (SELECT id, kind, window_from, window_to FROM reporting_period WHERE id = $1),
      previous AS (
        SELECT p.id FROM reporting_period p, chosen c
        WHERE p.kind = c.kind AND p.id <> c.id AND (p.window_to < c.window_to OR (p.window_to = c.window_to AND p.window_from < c.window_from))
        ORDER BY p.window_to DESC LIMIT 1
      ),
      figures AS (
        SELECT f.agency_id, f.period_id = $1 AS current, count(*)::int AS valued,
               sum(f.resolved_early + f.resolved_on_time)::float8 / nullif(sum(f.resolved_early + f.resolved_on_time + f.resolved_late), 0) AS value
        FROM report_figure f
        WHERE f.period_id IN ($1, (SELECT id FROM previous)) AND f.status IN (${REPORTED}) AND f.has_dossier
        GROUP BY GROUPING SETS ((f.period_id), (f.period_id, f.agency_id))
      ),
      ranked AS (
        SELECT g.agency_id, g.value, rank() OVER (ORDER BY g.value DESC)::int AS rank,
               -- The agency list's order, as agencyListOrder (agency.repository.ts) gives it.
               (row_number() OVER (ORDER BY g.value DESC, CASE a.kind WHEN 'department' THEN 0 WHEN 'board' THEN 1 WHEN 'district' THEN 2 ELSE 3 END,
                                   a.code, a.valid_from, a.id) - 1)::int AS position,
               (count(*) OVER ())::int AS total
        FROM figures g JOIN agency a ON a.id = g.agency_id AND a.kind <> 'province'
        WHERE g.current AND g.value IS NOT NULL
      ),
      ends AS (SELECT * FROM ranked WHERE position < $2 OR position >= total - $2)
      SELECT e.agency_id, true AS current, e.value, e.rank, e.position, e.total, f.report_id, f.status, NULL::int AS valued, NULL::int AS ranked
      FROM ends e JOIN report_figure f ON f.agency_id = e.agency_id AND f.period_id = $1
      UNION ALL
      SELECT g.agency_id, g.current, g.value, NULL, NULL, NULL, NULL, NULL, g.valued, NULL FROM figures g
      WHERE g.agency_id IS NULL OR (NOT g.current AND g.agency_id IN (SELECT agency_id FROM ends))
      UNION ALL
      SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*)::int
      FROM agency a, chosen p
      WHERE (${EXPECTED}) OR (a.kind <> 'province' AND EXISTS (SELECT 1 FROM report_figure f WHERE f.agency_id = a.id AND f.period_id = p.id))`,
    params: ({ rankingPeriodId }) => [rankingPeriodId, CHART_END_COUNT],
    check(rows, api) {
      const values = new Map(rows.filter((row) => row.ranked === null).map((row) => [`${row.agency_id ?? ''}|${row.current}`, row]));
      const figure = (agencyId, current) => values.get(`${agencyId ?? ''}|${current}`) ?? null;
      expectSame(api.province.value, figure(null, true)?.value ?? null, 'ranking province value');
      expectSame(api.province.agencies, figure(null, true)?.valued ?? 0, 'ranking province: reports with a value');
      expectSame(api.province.previous, figure(null, false)?.value ?? null, 'ranking province previous');
      // Row for row: the same agency at each position of the ends, with its value, rank, report
      // and status, and its value in the previous period.
      const atPosition = new Map(rows.filter((row) => row.position !== null).map((row) => [row.position, row]));
      const ends = api.rows.filter((row) => row.position < CHART_END_COUNT || row.position >= api.shown.total - CHART_END_COUNT);
      expectSame(ends.length, atPosition.size, 'ranking: agencies at the ends');
      for (const row of ends) {
        const floor = atPosition.get(row.position);
        if (row.agency.id !== floor?.agency_id) throw new Error(`Floor and API disagree on the agency at ${row.position}: API ${row.agency.code}, floor ${floor?.agency_id}`);
        expectSame(row.value, floor.value, `ranking value at ${row.position}`);
        expectSame(row.rank, floor.rank, `ranking rank at ${row.position}`);
        if (row.reportId !== floor.report_id || row.status !== floor.status) {
          throw new Error(`Floor and API disagree on the report at ${row.position}: API ${row.reportId} ${row.status}, floor ${floor.report_id} ${floor.status}`);
        }
        expectSame(row.previous, figure(row.agency.id, false)?.value ?? null, `ranking ${row.agency.code} previous`);
      }
      expectSame(api.shown.total, rows.find((row) => row.total !== null)?.total ?? 0, 'ranking: agencies with a value');
      expectSame(api.shown.total + api.shown.unranked, rows.find((row) => row.ranked !== null)?.ranked ?? 0, 'ranking: agencies ranked');
    },
  },
};

/** Numbers equal (rates to 1e-9), or both null; a mismatch stops the bench. */
function expectSame(api, floor, what) {
  const a = api === null || api === undefined ? null : Number(api);
  const b = floor === null || floor === undefined ? null : Number(floor);
  const same = a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (!same) throw new Error(`Floor and API disagree on ${what}: API ${api}, floor ${floor}`);
}
