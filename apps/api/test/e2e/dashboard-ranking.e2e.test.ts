import request from 'supertest';
import { RANKING_FIGURES, ReformAreaKeySchema, type DashboardAreasResponse, type DashboardRankingResponse, type RankingFigure } from '@cchc/domain';
import { seedDemo, type DemoClock } from '../../src/database/seeds/demo/demo.seeder.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The bench's generator (bench/scale), written as the app writes. */
const GENERATOR = '../../bench/scale/generate-scale.mjs';

/** A GET of a dashboard endpoint as the reviewer, which must answer 200: its body. */
function dashboardGet<T>(context: () => { t: TestApp; token: string }, path: string): (query: Record<string, string | number>) => Promise<T> {
  return async (query) => {
    const { t, token } = context();
    const response = await request(t.http).get(path).query(query).set('authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    return response.body as T;
  };
}

interface Case {
  periodId: string;
  figure: RankingFigure;
  structure: 'reported' | 'restated';
  order?: 'asc' | 'desc';
  agencyKind?: 'department' | 'commune';
}

/**
 * A ranking's chart asks for its ends (`ends`, no search): the database ranks the agencies and
 * sends back only those bars. Everything else (the whole list, a search) is ranked by the
 * domain's rankAgencies over every agency's value. The two must say the same: for every figure,
 * both structures, both orders and the agency kinds, the ends answer equals the whole ranking's
 * rows at those positions, with the same counts and province values.
 */
function rankingAgreement(context: () => { t: TestApp; token: string }) {
  const get = dashboardGet<DashboardRankingResponse>(context, '/api/dashboard/ranking');

  return async (periodIds: readonly string[], ends: number): Promise<{ compared: number; trimmed: number; tied: number }> => {
    const cases: Case[] = [];
    for (const periodId of periodIds) {
      for (const figure of RANKING_FIGURES) {
        for (const structure of ['reported', 'restated'] as const) cases.push({ periodId, figure, structure });
        cases.push({ periodId, figure, structure: 'reported', order: 'asc' }, { periodId, figure, structure: 'reported', order: 'desc' });
        cases.push({ periodId, figure, structure: 'restated', agencyKind: 'commune' }, { periodId, figure, structure: 'reported', agencyKind: 'department' });
      }
    }
    let compared = 0;
    let trimmed = 0;
    let tied = 0;
    for (const c of cases) {
      const query = { ...c } as Record<string, string | number>;
      const [atEnds, whole] = await Promise.all([get({ ...query, ends }), get(query)]);
      const withValue = whole.rows.filter((row) => row.value !== null);
      const atEnd = (position: number): boolean => withValue.length <= 2 * ends || position < ends || position >= withValue.length - ends;
      expect({ case: c, province: atEnds.province, shown: atEnds.shown, rows: atEnds.rows }).toEqual({
        case: c,
        province: whole.province,
        shown: { ends, q: '', total: withValue.length, trimmed: withValue.length > 2 * ends, found: 0, foundLeftOut: 0, unranked: whole.shown.unranked },
        rows: withValue.filter((row) => atEnd(row.position)),
      });
      compared += atEnds.rows.length;
      if (atEnds.shown.trimmed) trimmed += 1;
      if (new Set(withValue.map((row) => row.rank)).size < withValue.length) tied += 1;
    }
    return { compared, trimmed, tied };
  };
}

/**
 * A coverage chart asks for one period's ends (`ends`, no search): the database orders the
 * reports by the areas they miss and sends back only those. The whole list (no `ends`) is
 * worked out in the app from every report. The two must say the same, for every area asked about
 * and the agency kinds: the ends answer equals the whole list's rows at those positions, with the
 * same counts. Returns how many rows were compared and how many answers left agencies out.
 */
function coverageAgreement(context: () => { t: TestApp; token: string }) {
  const get = dashboardGet<DashboardAreasResponse>(context, '/api/dashboard/areas');

  return async (periods: readonly { id: string; year: number }[], ends: number): Promise<{ compared: number; trimmed: number; tied: number }> => {
    let compared = 0;
    let trimmed = 0;
    let tied = 0;
    for (const period of periods) {
      for (const areaKey of [undefined, ...ReformAreaKeySchema.options]) {
        for (const agencyKind of [undefined, 'department', 'commune'] as const) {
          const query = { year: period.year, coveragePeriodId: period.id, ...(areaKey ? { areaKey } : {}), ...(agencyKind ? { agencyKind } : {}) };
          const [atEnds, whole] = await Promise.all([get({ ...query, ends }), get(query)]);
          const total = whole.coverage.length;
          const atEnd = (position: number): boolean => total <= 2 * ends || position < ends || position >= total - ends;
          expect({ query, shown: atEnds.coverageShown, rows: atEnds.coverage, activity: atEnds.activity }).toEqual({
            query,
            shown: { ...whole.coverageShown, ends, trimmed: total > 2 * ends },
            rows: whole.coverage.filter((row) => atEnd(row.position)),
            activity: whole.activity,
          });
          compared += atEnds.coverage.length;
          if (atEnds.coverageShown.trimmed) trimmed += 1;
          const missed = whole.coverage.map((row) => row.reports[0]?.missing.length ?? 0);
          if (new Set(missed).size < missed.length) tied += 1;
        }
      }
    }
    return { compared, trimmed, tied };
  };
}

/**
 * The data to compare on: set up by `load` in a new test app, compared over the periods `periodsSql`
 * picks (`periodCount` of them) with charts of `ends` at each end, and at least `minimum` rows,
 * `trimmed` answers that left agencies out and `tied` rankings with equal values.
 */
interface Data {
  name: string;
  load: () => Promise<TestApp>;
  periodsSql: string;
  periodCount: number;
  ends: number;
  minimum: { compared: number; trimmed: number; tied: number };
  /** The least the coverage comparison covers: rows compared and answers that left agencies out. */
  coverageMinimum: { compared: number; trimmed: number };
}

const DATA: Data[] = [
  {
    name: 'the demo data',
    load: async () => {
      const clock: DemoClock = { current: new Date('2026-11-26T00:00:00Z') };
      const t = await createTestApp({ now: () => clock.current });
      await seedDemo(t.app, clock);
      clock.current = new Date('2026-11-26T00:00:00Z');
      return t;
    },
    // The periods of 2021, and the first quarter of 2020 (the first of its kind: no previous period).
    periodsSql: `SELECT id, year FROM reporting_period WHERE (year = 2021 AND kind <> 'ADHOC') OR (year = 2020 AND kind = 'Q1') ORDER BY window_to`,
    periodCount: 5,
    ends: 3,
    minimum: { compared: 1_000, trimmed: 100, tied: 10 },
    coverageMinimum: { compared: 300, trimmed: 40 },
  },
  {
    name: 'a generated province',
    load: async () => {
      const t = await createTestApp();
      const { loadScale } = (await import(GENERATOR)) as { loadScale: (target: unknown, name: string) => Promise<unknown> };
      await loadScale(t.dataSource, 'province');
      return t;
    },
    // Two years' nine months and the year 2017's (the first of its kind, without a previous period).
    periodsSql: `SELECT id, year FROM reporting_period WHERE (year IN (2024, 2025) AND kind = 'M9') OR (year = 2017 AND kind = 'YEAR') ORDER BY window_to`,
    periodCount: 3,
    ends: 10,
    minimum: { compared: 2_000, trimmed: 100, tied: 0 },
    coverageMinimum: { compared: 1_000, trimmed: 40 },
  },
];

/**
 * Hundreds of requests per comparison: a few seconds alone, but CI runs the suites side by side
 * on two cores (a run under load took over two minutes).
 */
const AGREEMENT_TIMEOUT_MS = 300_000;

describe.each(DATA)('The chart ends the database picks agree with the whole lists: $name', (data) => {
  let t: TestApp;
  let token: string;
  const agree = rankingAgreement(() => ({ t, token }));
  const agreeOnCoverage = coverageAgreement(() => ({ t, token }));

  beforeAll(async () => {
    t = await data.load();
    token = (await request(t.http).post('/api/auth/login').send({ username: 'snv', password: 'demo123' }).expect(200)).body.accessToken as string;
  }, AGREEMENT_TIMEOUT_MS);

  afterAll(async () => {
    await t.close();
  });

  it('sends the same ends, counts and province values as the whole ranking, for every figure', async () => {
    const periods = await t.dataSource.query<{ id: string }[]>(data.periodsSql);
    expect(periods).toHaveLength(data.periodCount);
    const { compared, trimmed, tied } = await agree(
      periods.map((p) => p.id),
      data.ends,
    );
    expect(compared).toBeGreaterThan(data.minimum.compared);
    expect(trimmed).toBeGreaterThan(data.minimum.trimmed);
    expect(tied).toBeGreaterThanOrEqual(data.minimum.tied);
  }, AGREEMENT_TIMEOUT_MS);

  it("sends the same coverage ends and counts as the whole coverage, for every area and agency kind", async () => {
    const periods = await t.dataSource.query<{ id: string; year: number }[]>(data.periodsSql);
    const { compared, trimmed, tied } = await agreeOnCoverage(periods, data.ends);
    expect(compared).toBeGreaterThan(data.coverageMinimum.compared);
    expect(trimmed).toBeGreaterThan(data.coverageMinimum.trimmed);
    expect(tied).toBeGreaterThan(0);
  }, AGREEMENT_TIMEOUT_MS);
});
