import type { AgencyDto, AgencyKind, DashboardOverviewResponse, ReferenceDataDto, ReportingPeriodDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import {
  agency,
  areaActivity,
  areasResponse,
  dossierPoint,
  dossierResponse,
  period,
  rankingResponse,
  rankingRow,
  statusCell,
  statusResponse,
} from '../../../test/factories/dashboard.factories.js';
import { useDashboardStore } from './dashboard.store.js';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

// The demo's shape: periods from 2020 to this year, reports in 2020 and 2021 only. The deadlines
// of 2020 and 2021 are long past, so each year's ranking compares its YEAR period by default.
const stp = agency('STP', { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } });
const periodsOf = (year: number): ReportingPeriodDto[] => (['Q1', 'H1', 'M9', 'YEAR'] as const).map((kind) => period(kind, year));
const PERIODS = { 2020: periodsOf(2020), 2021: periodsOf(2021) };
const yearPeriod = (year: 2020 | 2021): ReportingPeriodDto => PERIODS[year][3] as ReportingPeriodDto;
const referenceAgency: AgencyDto = { ...stp, parentId: null };
const referenceData: ReferenceDataDto = { agencies: [referenceAgency], areas: [], periods: [...PERIODS[2020], ...PERIODS[2021]] };

/** The four answers of a year (for agencies of a kind), as the overview and the endpoints of each part give them. */
function answersOf(year: 2020 | 2021, agencyKind: AgencyKind | null = null) {
  const periods = PERIODS[year];
  return {
    status: statusResponse(periods, [{ agency: stp, predecessors: [], successors: [], cells: periods.map((p) => statusCell(p.id)) }], { year, agencyKind }),
    dossier: dossierResponse(periods, periods.map((p) => dossierPoint(p.id))),
    areas: areasResponse(periods, periods.map((p) => areaActivity(p.id))),
    ranking: rankingResponse([rankingRow(stp, 0.9, { rank: 1 })], { period: yearPeriod(year) }),
  };
}
/** The overview of a year; its ranking compares the latest period of `kind` (else of the year), as the API's does. */
const overviewOf = (year: 2020 | 2021, kind: string | null = null): DashboardOverviewResponse => {
  const compared = PERIODS[year].filter((p) => kind === null || p.kind === kind).at(-1) ?? yearPeriod(year);
  return {
    years: [
      { year: 2021, reports: 4 },
      { year: 2020, reports: 4 },
    ],
    year,
    ...answersOf(year),
    ranking: rankingResponse([rankingRow(stp, 0.9, { rank: 1 })], { period: compared }),
  };
};

/**
 * The API as the store sees it: the reference data, the overview (of the year asked for, else
 * 2021) and each part's own endpoint. Every request is recorded; the answers of a path can be held
 * back until the test releases them, or refused.
 */
function fakeApi() {
  const sent: string[] = [];
  const held = new Map<string, Promise<void>>();
  const refused = new Map<string, { status: number; code: string }>();
  let overview: (url: URL) => DashboardOverviewResponse = (url) =>
    overviewOf(url.searchParams.get('year') === '2020' ? 2020 : 2021, url.searchParams.get('kind'));

  const answer = (url: URL): unknown => {
    const year = url.searchParams.get('year') === '2020' ? 2020 : 2021;
    const agencyKind = (url.searchParams.get('agencyKind') as AgencyKind | null) ?? null;
    switch (url.pathname) {
      case '/api/reference-data':
        return referenceData;
      case '/api/dashboard/overview':
        return overview(url);
      case '/api/dashboard/status':
        return answersOf(year, agencyKind).status;
      case '/api/dashboard/dossier':
        return answersOf(year).dossier;
      case '/api/dashboard/areas':
        return answersOf(year).areas;
      case '/api/dashboard/ranking':
        return answersOf(PERIODS[2020].some((p) => p.id === url.searchParams.get('periodId')) ? 2020 : 2021).ranking;
      default:
        throw new Error(`Unexpected request ${url.pathname}`);
    }
  };

  const fetch = async (path: string): Promise<Response> => {
    sent.push(path);
    const url = new URL(path, 'http://localhost');
    await held.get(url.pathname);
    const refusal = refused.get(url.pathname);
    if (refusal) return json(refusal.status, { code: refusal.code, message: 'Refused.' });
    return json(200, answer(url));
  };

  return {
    fetch,
    sent,
    /** The requests to the dashboard API, as paths with their query. */
    dashboard: () => sent.filter((path) => path.startsWith('/api/dashboard/')),
    hold(pathname: string): () => void {
      let release: () => void = () => undefined;
      held.set(pathname, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(pathname);
        release();
      };
    },
    refuse: (pathname: string, status: number, code: string) => void refused.set(pathname, { status, code }),
    accept: (pathname: string) => void refused.delete(pathname),
    answerOverview: (next: (url: URL) => DashboardOverviewResponse) => void (overview = next),
  };
}

/** Lets every answer already given reach the store, and the loads it sets off start. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('useDashboardStore', () => {
  let api: ReturnType<typeof fakeApi>;
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    setActivePinia(createPinia());
    api = fakeApi();
    globalThis.fetch = api.fetch as typeof globalThis.fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  describe('open', () => {
    it('opens with one overview and the reference data, nothing else, on the year the overview chose', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(api.sent.sort()).toEqual(['/api/dashboard/overview', '/api/reference-data']);
      expect(store.year).toBe(2021);
      expect(store.opening.status).toBe('ready');
      for (const panel of [store.status, store.dossier, store.areas, store.ranking]) expect(panel.status).toBe('ready');
      expect(store.status.data?.year).toBe(2021);
      expect(store.ranking.data?.period.id).toBe(yearPeriod(2021).id);
      expect(store.comparePeriod?.id).toBe(yearPeriod(2021).id);
    });

    it('asks the overview for the filters a link names, and keeps its answers under them', async () => {
      const store = useDashboardStore();
      await store.open({ agencyKind: 'department', structure: 'restated', kind: 'M9' });
      await settle();
      expect(api.dashboard()).toEqual(['/api/dashboard/overview?kind=M9&agencyKind=department&structure=restated']);
      expect(store.agencyKind).toBe('department');
      expect(store.ranking.data?.period.kind).toBe('M9');
      expect(store.comparePeriod?.kind).toBe('M9');
    });

    it('asks again for the ranking when the overview compared another period than the one the page would', async () => {
      api.answerOverview(() => ({ ...overviewOf(2021), ranking: rankingResponse([rankingRow(stp, 0.5, { rank: 1 })], { period: PERIODS[2021][0] }) }));
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(api.dashboard()).toEqual(['/api/dashboard/overview', `/api/dashboard/ranking?periodId=${yearPeriod(2021).id}&figure=onTimeRate`]);
      expect(store.ranking.data?.period.id).toBe(yearPeriod(2021).id);
    });

    it('fails as a whole when the overview fails before any year is on show, and asks again on retry', async () => {
      api.refuse('/api/dashboard/overview', 503, 'DATABASE_UNAVAILABLE');
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(store.year).toBeNull();
      expect(store.opening).toMatchObject({ status: 'error', errorCode: 'DATABASE_UNAVAILABLE' });
      expect(api.dashboard()).toEqual(['/api/dashboard/overview']);

      api.accept('/api/dashboard/overview');
      await store.open();
      await settle();
      expect(store.year).toBe(2021);
      expect(store.status.status).toBe('ready');
      expect(api.dashboard()).toEqual(['/api/dashboard/overview', '/api/dashboard/overview']);
    });

    it('says there is no year to show when the API knows no period', async () => {
      api.answerOverview(() => ({ years: [], year: null, status: null, dossier: null, areas: null, ranking: null }));
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(store.noYear).toBe(true);
      expect(store.year).toBeNull();
      expect(api.dashboard()).toEqual(['/api/dashboard/overview']);
    });

    it('reloads every panel from one overview on a later visit, each panel loading until it comes', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      store.close();
      api.sent.length = 0;

      const release = api.hold('/api/dashboard/overview');
      const reopened = store.open();
      await settle();
      for (const panel of [store.status, store.dossier, store.areas, store.ranking]) expect(panel.status).toBe('loading');
      release();
      await reopened;
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/overview?year=2021&periodId=${yearPeriod(2021).id}`]);
      for (const panel of [store.status, store.dossier, store.areas, store.ranking]) expect(panel.status).toBe('ready');
    });

    it("opens a link's year with its overview once the reference periods tell which period to compare", async () => {
      const store = useDashboardStore();
      await store.open({ year: 2020 });
      await settle();
      expect(api.sent).toEqual(['/api/reference-data', `/api/dashboard/overview?year=2020&periodId=${yearPeriod(2020).id}`]);
      expect(store.status.data?.year).toBe(2020);
      expect(store.ranking.data?.period.id).toBe(yearPeriod(2020).id);
    });

    it('shows every panel failed, each with its retry, when the overview of a later visit fails', async () => {
      const store = useDashboardStore();
      await store.open({ year: 2020 });
      await settle();
      store.close();
      api.refuse('/api/dashboard/overview', 503, 'DATABASE_UNAVAILABLE');
      await store.open();
      await settle();
      for (const panel of [store.status, store.dossier, store.areas]) expect(panel).toMatchObject({ status: 'error', errorCode: 'DATABASE_UNAVAILABLE', data: null });

      await store.reloadYear();
      expect(store.status.status).toBe('ready');
      expect(api.dashboard().slice(-3).sort()).toEqual(['/api/dashboard/areas?year=2020', '/api/dashboard/dossier?year=2020', '/api/dashboard/status?year=2020']);
    });

    it('asks nothing once the dashboard was left, even while it was still opening', async () => {
      const release = api.hold('/api/reference-data');
      const store = useDashboardStore();
      const opening = store.open({ year: 2020 });
      store.close();
      release();
      await opening;
      await settle();
      expect(api.dashboard()).toEqual([]);
    });
  });

  describe('a change of filter', () => {
    it('loads what it changes from the endpoint of each part, never the overview', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.year = 2020;
      await settle();
      expect(api.sent.sort()).toEqual([
        '/api/dashboard/areas?year=2020',
        '/api/dashboard/dossier?year=2020',
        `/api/dashboard/ranking?periodId=${yearPeriod(2020).id}&figure=onTimeRate`,
        '/api/dashboard/status?year=2020',
      ]);
      expect(store.status.data?.year).toBe(2020);

      api.sent.length = 0;
      store.figure = 'received';
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/ranking?periodId=${yearPeriod(2020).id}&figure=received`]);
    });

    it('made while the overview of a later visit is on its way, wins over that answer', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      store.close();

      const release = api.hold('/api/dashboard/overview');
      const reopened = store.open();
      await settle();
      store.agencyKind = 'district';
      await settle();
      release();
      await reopened;
      await settle();
      expect(api.dashboard()).toContain('/api/dashboard/status?year=2021&agencyKind=district');
      // The board on show is the districts', not the overview's of every kind that came after it.
      expect(store.status).toMatchObject({ status: 'ready', data: { agencyKind: 'district' } });
    });

    it('asks nothing for a change made once the dashboard was left', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      store.close();
      api.sent.length = 0;
      store.year = 2020;
      await settle();
      expect(api.sent).toEqual([]);
    });
  });
});
