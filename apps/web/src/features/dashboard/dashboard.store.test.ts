import {
  listPage,
  STATUS_BOARD_PAGE_SIZE,
  type AgencyDto,
  type AgencyKind,
  type DashboardAgency,
  type DashboardDossierResponse,
  type DashboardOverviewResponse,
  type DashboardStatusResponse,
  type PeriodKind,
  type ReferenceDataDto,
  type ReportingPeriodDto,
} from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import {
  agency,
  areaActivity,
  areasEnds,
  areasResponse,
  dossierPoint,
  dossierResponse,
  period,
  rankingEnds,
  rankingResponse,
  rankingRow,
  statusCell,
  statusResponse,
} from '../../../test/factories/dashboard.factories.js';
import { BOARD_SEARCH_PAUSE_MS, useDashboardStore } from './dashboard.store.js';
import { boardViewQuery, DEFAULT_BOARD_VIEW } from './helpers/board-view.js';
import { dashboardLinkQuery } from './helpers/dashboard-link.js';
import { overviewToPrefetch } from './prefetch-overview.js';
import { prefetchGet } from '../../shared/http/http.js';

const { jest } = import.meta;

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

// The demo's shape: periods from 2020 to this year, reports in 2020 and 2021 only. The deadlines
// of 2020 and 2021 are long past, so each year's ranking compares its YEAR period by default.
const stp = agency('STP', { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } });
const sngv = agency('SNgV', { name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' } });
const district = agency('HCM', { kind: 'district', name: { vi: 'UBND huyện Hàm Mỹ', en: 'Hàm Mỹ District' } });
/** Agencies the fake API knows, by id: a dossier answer has the series of those asked for. */
const AGENCIES = new Map([stp, sngv, district].map((a) => [a.id, a]));
const periodsOf = (year: number): ReportingPeriodDto[] => (['Q1', 'H1', 'M9', 'YEAR'] as const).map((kind) => period(kind, year));
const PERIODS = { 2020: periodsOf(2020), 2021: periodsOf(2021) };
const yearPeriod = (year: 2020 | 2021): ReportingPeriodDto => PERIODS[year][3] as ReportingPeriodDto;
const referenceAgency = (a: DashboardAgency): AgencyDto => ({ ...a, parentId: null });
const referenceData: ReferenceDataDto = {
  agencies: [stp, sngv, district].map(referenceAgency),
  areas: [],
  periods: [...PERIODS[2020], ...PERIODS[2021]],
};

/** Agencies on the board of the fake API: enough for three pages. */
const BOARD_ROWS = 120;

/**
 * The board as the API pages it: the periods of `kind` (all of the year without one), the view
 * asked for echoed, one page of it when `pageSize` is given (the rows themselves do not matter here).
 */
function statusOf(year: 2020 | 2021, params: URLSearchParams = new URLSearchParams()): DashboardStatusResponse {
  const kind = params.get('kind') as PeriodKind | null;
  const periods = PERIODS[year].filter((p) => kind === null || p.kind === kind);
  const pageSize = params.has('pageSize') ? Number(params.get('pageSize')) : BOARD_ROWS;
  return statusResponse(periods, [{ agency: stp, predecessors: [], successors: [], cells: periods.map((p) => statusCell(p.id)) }], {
    year,
    kind,
    agencyKind: params.get('agencyKind') as AgencyKind | null,
    filter: (params.get('filter') as DashboardStatusResponse['filter'] | null) ?? 'all',
    sort: (params.get('sort') as DashboardStatusResponse['sort'] | null) ?? 'name',
    q: params.get('q') ?? '',
    page: listPage(BOARD_ROWS, Number(params.get('page') ?? 1), pageSize),
  });
}

/** The overview's query as the board's query (`board` → `filter`, `boardPage` → `page`…), one page of it. */
function boardParamsOf(overview: URLSearchParams): URLSearchParams {
  const names: Record<string, string> = { kind: 'kind', agencyKind: 'agencyKind', board: 'filter', boardSort: 'sort', boardQ: 'q', boardPage: 'page', lang: 'lang' };
  const params = new URLSearchParams({ pageSize: String(STATUS_BOARD_PAGE_SIZE) });
  for (const [name, value] of overview) if (names[name]) params.set(names[name], value);
  return params;
}

/**
 * The dossier series of a year: those of the agencies asked for (`agencyIds`), else of the busiest
 * one (STP, whatever `top`), each with no figures (they do not matter here).
 */
function dossierOf(year: 2020 | 2021, agencyIds: string | null = null): DashboardDossierResponse {
  const periods = PERIODS[year];
  const ids = agencyIds === null ? [stp.id] : agencyIds.split(',');
  const agencies = ids.flatMap((id) => AGENCIES.get(id) ?? []).map((a) => ({ agency: a, restatedFrom: [], points: periods.map((p) => dossierPoint(p.id)) }));
  return dossierResponse(periods, periods.map((p) => dossierPoint(p.id)), agencies);
}

/** The four answers of a year (for agencies of a kind), as the overview and the endpoints of each part give them. */
function answersOf(year: 2020 | 2021, agencyKind: AgencyKind | null = null) {
  const periods = PERIODS[year];
  return {
    status: statusOf(year, new URLSearchParams(agencyKind ? { agencyKind } : {})),
    dossier: dossierOf(year),
    areas: areasResponse(periods, periods.map((p) => areaActivity(p.id))),
    ranking: rankingResponse([rankingRow(stp, 0.9, { rank: 1 })], { period: yearPeriod(year) }),
  };
}
/** A comparison chart's answer as the API gives it for the `ends` and the search `q` asked (every agency without `ends`). */
function endsAsked<T>(whole: T, params: URLSearchParams, ends: (whole: T, asked: { ends: number; q: string }) => T): T {
  return params.has('ends') ? ends(whole, { ends: Number(params.get('ends')), q: params.get('q') ?? '' }) : whole;
}

/**
 * The overview of a year; its board is one page of the view asked for, its ranking compares the
 * latest period of `kind` (else of the year), as the API's does; the comparison charts hold
 * their ends (the API asks them with ends=10).
 */
const overviewOf = (year: 2020 | 2021, params: URLSearchParams = new URLSearchParams()): DashboardOverviewResponse => {
  const kind = params.get('kind');
  const compared = PERIODS[year].filter((p) => kind === null || p.kind === kind).at(-1) ?? yearPeriod(year);
  return {
    years: [
      { year: 2021, reports: 4 },
      { year: 2020, reports: 4 },
    ],
    year,
    ...answersOf(year),
    status: statusOf(year, boardParamsOf(params)),
    dossier: dossierOf(year, params.get('agencyIds')),
    areas: areasEnds(answersOf(year).areas),
    ranking: rankingEnds(rankingResponse([rankingRow(stp, 0.9, { rank: 1 })], { period: compared })),
  };
};

/**
 * The API as the store sees it: the reference data, the overview (of the year asked for, else
 * 2021) and each part's own endpoint. Every request is recorded; the answers of a path can be held
 * back until the test releases them, or refused.
 */
function fakeApi() {
  const sent: string[] = [];
  /** The signal each request was sent with, in the order sent. */
  const signals: (AbortSignal | null)[] = [];
  const held = new Map<string, Promise<void>>();
  const refused = new Map<string, { status: number; code: string }>();
  let overview: (url: URL) => DashboardOverviewResponse = (url) => overviewOf(url.searchParams.get('year') === '2020' ? 2020 : 2021, url.searchParams);

  const answer = (url: URL): unknown => {
    const year = url.searchParams.get('year') === '2020' ? 2020 : 2021;
    switch (url.pathname) {
      case '/api/reference-data':
        return referenceData;
      case '/api/dashboard/overview':
        return overview(url);
      case '/api/dashboard/status':
        return statusOf(year, url.searchParams);
      case '/api/dashboard/dossier':
        return dossierOf(year, url.searchParams.get('agencyIds'));
      case '/api/dashboard/areas':
        return endsAsked(answersOf(year).areas, url.searchParams, areasEnds);
      case '/api/dashboard/ranking':
        return endsAsked(answersOf(PERIODS[2020].some((p) => p.id === url.searchParams.get('periodId')) ? 2020 : 2021).ranking, url.searchParams, rankingEnds);
      default:
        throw new Error(`Unexpected request ${url.pathname}`);
    }
  };

  const fetch = async (path: string, init?: RequestInit): Promise<Response> => {
    sent.push(path);
    signals.push(init?.signal ?? null);
    const url = new URL(path, 'http://localhost');
    await held.get(url.pathname);
    const refusal = refused.get(url.pathname);
    if (refusal) return json(refusal.status, { code: refusal.code, message: 'Refused.' });
    return json(200, answer(url));
  };

  return {
    fetch,
    sent,
    signals,
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

    it('joins an opening started ahead of the page for the same address, once, on its way or done', async () => {
      const store = useDashboardStore();
      // The router opens it while the page's code loads; the page, once mounted, joins it.
      const early = store.openEarly({}, undefined, 'vi /');
      await store.open({}, undefined, 'vi /');
      await early;
      await settle();
      expect(api.sent.sort()).toEqual(['/api/dashboard/overview', '/api/reference-data']);

      // Joined once: another opening for the same address asks anew (reports may have moved on).
      api.sent.length = 0;
      await store.open({}, undefined, 'vi /');
      await settle();
      expect(api.dashboard()).toEqual([`/api/dashboard/overview?year=2021&periodId=${yearPeriod(2021).id}`]);
    });

    it.each([
      { name: 'no filters', link: {}, view: DEFAULT_BOARD_VIEW, lang: 'vi' as const },
      { name: 'the filters of a link', link: { kind: 'M9' as const, agencyKind: 'commune' as const, structure: 'restated' as const }, view: DEFAULT_BOARD_VIEW, lang: 'vi' as const },
      { name: 'a board view and English', link: { kind: 'H1' as const }, view: { filter: 'late' as const, sort: 'status' as const, search: ' tư pháp ', page: 3 }, lang: 'en' as const },
    ])('takes the overview the router asked for ahead of its code on a first visit ($name), asking nothing more', async ({ link, view, lang }) => {
      // What the router sends before the dashboard's code has loaded (prefetch-overview.ts).
      const query = { ...dashboardLinkQuery({ kind: null, agencyKind: null, structure: 'reported', ...link, year: null }), ...boardViewQuery(view) };
      const path = overviewToPrefetch({ query }, lang, true);
      expect(path).not.toBeNull();
      prefetchGet(path!);
      expect(api.sent).toEqual([path]);
      const store = useDashboardStore();
      store.lang = lang;
      await store.openEarly(link, view, `${lang} /`);
      await settle();
      // Had the store asked for another address, its own request would be a second one.
      expect(api.dashboard()).toEqual([path]);
      expect(store.opening.status).toBe('ready');
      expect(store.status.data).toMatchObject({ year: 2021, kind: link.kind ?? null });
    });

    it('opens anew when an opening started ahead of the page was never joined (the page was not shown)', async () => {
      const store = useDashboardStore();
      await store.openEarly({}, undefined, 'vi /');
      await settle();
      api.sent.length = 0;
      // The reviewer went elsewhere before the page showed, and comes back later.
      await store.openEarly({}, undefined, 'vi /');
      await store.open({}, undefined, 'vi /');
      await settle();
      expect(api.dashboard()).toEqual([`/api/dashboard/overview?year=2021&periodId=${yearPeriod(2021).id}`]);
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

    it('asks again for the ranking and the coverage when the overview compared another period than the one the page would', async () => {
      api.answerOverview(() => ({ ...overviewOf(2021), ranking: rankingResponse([rankingRow(stp, 0.5, { rank: 1 })], { period: PERIODS[2021][0] }) }));
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(api.dashboard()).toEqual([
        '/api/dashboard/overview',
        `/api/dashboard/areas?year=2021&coveragePeriodId=${yearPeriod(2021).id}&ends=10`,
        `/api/dashboard/ranking?periodId=${yearPeriod(2021).id}&figure=onTimeRate&ends=10`,
      ]);
      expect(store.ranking.data?.period.id).toBe(yearPeriod(2021).id);
    });

    it('asks nothing more when the overview comes before the reference periods tell which period is compared', async () => {
      const release = api.hold('/api/reference-data');
      const store = useDashboardStore();
      const opening = store.open();
      await settle();
      expect(store.year).toBe(2021);
      release();
      await opening;
      await settle();
      expect(api.sent).toEqual(['/api/reference-data', '/api/dashboard/overview']);
      expect(store.comparePeriod?.id).toBe(yearPeriod(2021).id);
      for (const panel of [store.status, store.dossier, store.areas, store.ranking]) expect(panel.status).toBe('ready');
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
      expect(api.dashboard().slice(-3).sort()).toEqual([
        `/api/dashboard/areas?year=2020&coveragePeriodId=${yearPeriod(2020).id}&ends=10`,
        '/api/dashboard/dossier?year=2020&top=3',
        '/api/dashboard/status?year=2020&pageSize=50',
      ]);
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
        `/api/dashboard/areas?year=2020&coveragePeriodId=${yearPeriod(2020).id}&ends=10`,
        '/api/dashboard/dossier?year=2020&top=3',
        `/api/dashboard/ranking?periodId=${yearPeriod(2020).id}&figure=onTimeRate&ends=10`,
        '/api/dashboard/status?year=2020&pageSize=50',
      ]);
      expect(store.status.data?.year).toBe(2020);

      api.sent.length = 0;
      store.figure = 'received';
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/ranking?periodId=${yearPeriod(2020).id}&figure=received&ends=10`]);
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
      expect(api.dashboard()).toContain('/api/dashboard/status?year=2021&agencyKind=district&pageSize=50');
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

  describe('the dossier rates', () => {
    /** The dashboard opened, then these agencies picked for the rate charts. */
    async function openedWithPicks(ids: string[]): Promise<ReturnType<typeof useDashboardStore>> {
      const store = useDashboardStore();
      await store.open();
      await settle();
      store.pickAgencies(ids);
      await settle();
      return store;
    }

    const queryOf = (path: string | undefined): Record<string, string> => Object.fromEntries(new URL(path ?? '', 'http://localhost').searchParams);
    /** The picks as the requests carry them: in one order (by id), whatever order they were picked in. */
    const asked = (...ids: string[]): string => [...ids].sort().join(',');

    it("open with the busiest agencies the overview's answer holds, to pick among the year's reporting agencies", async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(store.dossierPicks).toBeNull();
      expect(store.dossier.data?.agencies.map((entry) => entry.agency.code)).toEqual(['STP']);
      expect(store.pickableAgencies.map((a) => a.code)).toEqual(['STP', 'SNgV', 'HCM']);
      expect(queryOf(api.dashboard()[0])).not.toHaveProperty('agencyIds');

      store.agencyKind = 'district';
      await settle();
      expect(store.pickableAgencies.map((a) => a.code)).toEqual(['HCM']);
    });

    it('load the series of the agencies picked, then of the busiest again once none is', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.pickAgencies([sngv.id, stp.id]);
      await settle();
      expect(api.sent).toHaveLength(1);
      expect(queryOf(api.sent[0])).toEqual({ year: '2021', agencyIds: asked(sngv.id, stp.id) });
      expect(api.sent[0]?.startsWith('/api/dashboard/dossier?')).toBe(true);
      expect(store.dossierPicks).toEqual([sngv.id, stp.id]);
      expect(store.dossier).toMatchObject({ status: 'ready' });
      expect(store.dossier.data?.agencies.map((entry) => entry.agency.code).sort()).toEqual(['SNgV', 'STP']);

      // Another order of the same agencies (their colours) asks nothing.
      store.pickAgencies([stp.id, sngv.id]);
      await settle();
      expect(api.sent).toHaveLength(1);

      store.pickAgencies([]);
      await settle();
      expect(store.pickedAgencyIds).toBeNull();
      expect(api.sent.slice(1)).toEqual(['/api/dashboard/dossier?year=2021&top=3']);
    });

    it('set aside the picks of another agency kind, asking for the busiest of that kind instead', async () => {
      const store = await openedWithPicks([sngv.id]);
      api.sent.length = 0;

      store.agencyKind = 'district';
      await settle();
      expect(store.dossierPicks).toBeNull();
      expect(api.sent.filter((path) => path.startsWith('/api/dashboard/dossier'))).toEqual(['/api/dashboard/dossier?year=2021&agencyKind=district&top=3']);

      store.agencyKind = null;
      await settle();
      expect(store.dossierPicks).toEqual([sngv.id]);
      expect(queryOf(api.sent.filter((path) => path.startsWith('/api/dashboard/dossier')).at(-1))).toEqual({ year: '2021', agencyIds: sngv.id });
    });

    it('carry the picks in the overview of a later visit, which asks nothing more', async () => {
      const store = await openedWithPicks([stp.id, sngv.id]);
      store.close();
      api.sent.length = 0;

      await store.open();
      await settle();
      expect(api.sent).toHaveLength(1);
      expect(queryOf(api.sent[0])).toEqual({ year: '2021', periodId: yearPeriod(2021).id, agencyIds: asked(stp.id, sngv.id) });
      expect(store.dossier.status).toBe('ready');
      expect(store.dossier.data?.agencies.map((entry) => entry.agency.code).sort()).toEqual(['SNgV', 'STP']);
    });

    it('load the restated series of the picks with the structure', async () => {
      const store = await openedWithPicks([sngv.id]);
      api.sent.length = 0;

      store.structure = 'restated';
      await settle();
      const dossier = api.sent.filter((path) => path.startsWith('/api/dashboard/dossier'));
      expect(dossier.map(queryOf)).toEqual([{ year: '2021', structure: 'restated', agencyIds: sngv.id }]);
    });
  });

  describe('the reform areas', () => {
    const m9Of2021 = PERIODS[2021][2] as ReportingPeriodDto;

    it('load the coverage of the period compared when another is chosen, not for another figure', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.chosenPeriodId = m9Of2021.id;
      await settle();
      expect(api.sent.sort()).toEqual([
        `/api/dashboard/areas?year=2021&coveragePeriodId=${m9Of2021.id}&ends=10`,
        `/api/dashboard/ranking?periodId=${m9Of2021.id}&figure=onTimeRate&ends=10`,
      ]);
      expect(store.areas.status).toBe('ready');

      api.sent.length = 0;
      store.figure = 'received';
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/ranking?periodId=${m9Of2021.id}&figure=received&ends=10`]);
    });

    it("keep the overview's answer for the period it compared, so a later visit asks for nothing else", async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      store.chosenPeriodId = m9Of2021.id;
      await settle();
      store.close();
      api.sent.length = 0;

      await store.open();
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/overview?year=2021&periodId=${m9Of2021.id}`]);
      expect(store.areas.status).toBe('ready');
    });

    it('retry alone', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.refuse('/api/dashboard/areas', 503, 'DATABASE_UNAVAILABLE');
      store.chosenPeriodId = m9Of2021.id;
      await settle();
      expect(store.areas).toMatchObject({ status: 'error', errorCode: 'DATABASE_UNAVAILABLE', data: null });

      api.accept('/api/dashboard/areas');
      api.sent.length = 0;
      await store.reloadAreas();
      expect(api.sent).toEqual([`/api/dashboard/areas?year=2021&coveragePeriodId=${m9Of2021.id}&ends=10`]);
      expect(store.areas.status).toBe('ready');
    });
  });

  describe('the comparison charts', () => {
    /** The dashboard open with the comparison search asked of the API once the typing paused (fake timers). */
    async function openSearching(search: string): Promise<ReturnType<typeof useDashboardStore>> {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      const store = useDashboardStore();
      await store.open();
      await settle();
      store.setCompareSearch(search);
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      return store;
    }

    const yearOf2021 = yearPeriod(2021).id;
    const rankingAsked = (extra = ''): string => `/api/dashboard/ranking?periodId=${yearOf2021}&figure=onTimeRate&ends=10${extra}`;
    const areasAsked = (extra = ''): string => `/api/dashboard/areas?year=2021&coveragePeriodId=${yearOf2021}&ends=10${extra}`;

    afterEach(() => {
      jest.useRealTimers();
    });

    it("open with the ends the overview asked for, and keep them as the answers of no search", async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      expect(api.dashboard()).toEqual(['/api/dashboard/overview']);
      expect(store.ranking.data?.shown).toMatchObject({ ends: 10, q: '' });
      expect(store.areas.data?.coverageShown).toMatchObject({ ends: 10, q: '' });
    });

    it('ask the API for the agencies searched for once the typing paused, showing what is typed at once', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      for (const search of ['s', 'so', 'so t', 'so tu ']) {
        store.setCompareSearch(search);
        await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS - 100);
        await settle();
      }
      expect(store.compareSearch).toBe('so tu ');
      expect(api.sent).toEqual([]);

      await jest.advanceTimersByTimeAsync(100);
      await settle();
      expect(api.sent.sort()).toEqual([areasAsked('&q=so+tu'), rankingAsked('&q=so+tu')]);
      // The fake API finds Sở Tư pháp, as the API does.
      expect(store.ranking).toMatchObject({ status: 'ready', data: { shown: { q: 'so tu', found: 1 } } });
      expect(store.areas).toMatchObject({ status: 'ready', data: { coverageShown: { q: 'so tu' } } });

      // Blanks around the words change nothing to ask for.
      store.setCompareSearch(' so tu');
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      expect(api.sent).toHaveLength(2);
    });

    it('ask for the ends alone once the search is cleared', async () => {
      const store = await openSearching('stp');
      api.sent.length = 0;

      store.setCompareSearch('');
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      expect(api.sent.sort()).toEqual([areasAsked(), rankingAsked()]);
      expect(store.ranking.data?.shown).toMatchObject({ ends: 10, q: '', found: 0 });
    });

    it('cancel the answer on its way for an older search, showing the newest', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;
      api.signals.length = 0;

      const release = api.hold('/api/dashboard/ranking');
      store.setCompareSearch('so');
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      store.setCompareSearch('so tu');
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      release();
      await settle();
      const asked = api.sent.map((path, index) => ({ path, aborted: api.signals[index]?.aborted ?? false })).filter(({ path }) => path.includes('/ranking?'));
      expect(asked).toEqual([
        { path: rankingAsked('&q=so'), aborted: true },
        { path: rankingAsked('&q=so+tu'), aborted: false },
      ]);
      expect(store.ranking.data?.shown.q).toBe('so tu');
    });

    it('ask for the search with the filters: another figure or period asks with it at once', async () => {
      const store = await openSearching('stp');
      api.sent.length = 0;

      store.figure = 'received';
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/ranking?periodId=${yearOf2021}&figure=received&ends=10&q=stp`]);
    });

    it('fetch the whole ranking and the whole coverage for their tables, without ends or search, once each', async () => {
      const store = await openSearching('stp');
      api.sent.length = 0;

      const ranking = await store.wholeRanking();
      const coverage = await store.wholeCoverage();
      expect(api.sent).toEqual([`/api/dashboard/ranking?periodId=${yearOf2021}&figure=onTimeRate`, `/api/dashboard/areas?year=2021&coveragePeriodId=${yearOf2021}`]);
      expect(ranking.shown.ends).toBeNull();
      expect(coverage.coverageShown.ends).toBeNull();
      // Shown again (or downloaded), the table asks nothing more; the charts on show stay.
      await expect(store.wholeRanking()).resolves.toBe(ranking);
      await expect(store.wholeCoverage()).resolves.toBe(coverage);
      expect(api.sent).toHaveLength(2);
      expect(store.ranking.data?.shown).toMatchObject({ ends: 10, q: 'stp' });

      // Another figure is another ranking.
      store.figure = 'received';
      await settle();
      api.sent.length = 0;
      await store.wholeRanking();
      expect(api.sent).toEqual([`/api/dashboard/ranking?periodId=${yearOf2021}&figure=received`]);
    });

    it('fetch a whole list again after it failed', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.refuse('/api/dashboard/ranking', 503, 'DATABASE_UNAVAILABLE');
      await expect(store.wholeRanking()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      api.accept('/api/dashboard/ranking');
      await expect(store.wholeRanking()).resolves.toMatchObject({ shown: { ends: null } });
      expect(api.dashboard().filter((path) => path.startsWith('/api/dashboard/ranking'))).toHaveLength(2);
    });

    it('forget the search once the dashboard was left: the next visit opens on the ends, from one overview', async () => {
      const store = await openSearching('stp');
      store.close();
      expect(store.compareSearch).toBe('');
      api.sent.length = 0;

      await store.open();
      await settle();
      expect(api.sent).toEqual([`/api/dashboard/overview?year=2021&periodId=${yearOf2021}`]);
      expect(store.ranking.data?.shown.q).toBe('');
    });

    it('reload with the search on show from their own endpoints, the rest from the overview', async () => {
      const store = await openSearching('stp');
      api.sent.length = 0;

      // A retry of the page (the overview failed, say) while a search is on show.
      await store.open();
      await settle();
      expect(api.sent.sort()).toEqual([areasAsked('&q=stp'), `/api/dashboard/overview?year=2021&periodId=${yearOf2021}`, rankingAsked('&q=stp')]);
      expect(store.ranking).toMatchObject({ status: 'ready', data: { shown: { q: 'stp' } } });
      expect(store.areas).toMatchObject({ status: 'ready', data: { coverageShown: { q: 'stp' } } });
    });
  });

  describe('the status board', () => {
    /** The query of a request, as an object (its values decoded). */
    const queryOf = (path: string | undefined): Record<string, string> => Object.fromEntries(new URL(path ?? '', 'http://localhost').searchParams);
    const page = (n: number) => ({ ...DEFAULT_BOARD_VIEW, page: n });

    afterEach(() => {
      jest.useRealTimers();
    });

    it("opens with the view and the language of a link in the overview's board, asking nothing more", async () => {
      const store = useDashboardStore();
      store.lang = 'en';
      await store.open({ kind: 'M9' }, { filter: 'late', sort: 'status', search: ' tư pháp ', page: 2 });
      await settle();
      expect(api.dashboard()).toHaveLength(1);
      expect(queryOf(api.dashboard()[0])).toEqual({ kind: 'M9', board: 'late', boardSort: 'status', boardQ: 'tư pháp', boardPage: '2', lang: 'en' });
      expect(store.boardView).toEqual({ filter: 'late', sort: 'status', search: ' tư pháp ', page: 2 });
      expect(store.status.data).toMatchObject({ kind: 'M9', filter: 'late', sort: 'status', q: 'tư pháp', page: { page: 2, pageSize: 50 } });
    });

    it('leaves the default view and language out of the overview', async () => {
      const store = useDashboardStore();
      await store.open({ year: 2020 }, DEFAULT_BOARD_VIEW);
      await settle();
      expect(api.dashboard()).toEqual([`/api/dashboard/overview?year=2020&periodId=${yearPeriod(2020).id}`]);
    });

    it('loads another page from the board endpoint, 50 rows, and nothing else', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.setBoardView(page(2));
      await settle();
      expect(api.sent).toEqual(['/api/dashboard/status?year=2021&page=2&pageSize=50']);
      expect(store.status).toMatchObject({ status: 'ready', data: { page: { page: 2, first: 51, last: 100 } } });

      store.setBoardView(page(1));
      await settle();
      expect(api.sent.at(-1)).toBe('/api/dashboard/status?year=2021&pageSize=50');
    });

    it('asks at once for a change of filter, order or language, with the whole view', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.setBoardView({ filter: 'missing', sort: 'status', search: '', page: 1 });
      await settle();
      store.lang = 'en';
      await settle();
      expect(api.sent).toEqual([
        '/api/dashboard/status?year=2021&filter=missing&sort=status&pageSize=50',
        '/api/dashboard/status?year=2021&filter=missing&sort=status&lang=en&pageSize=50',
      ]);
    });

    it('reloads the board for a change of period kind, and the comparison of the period it compares, not the dossier rates', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.kind = 'M9';
      await settle();
      const m9 = PERIODS[2021][2] as ReportingPeriodDto;
      expect(api.sent.sort()).toEqual([
        `/api/dashboard/areas?year=2021&coveragePeriodId=${m9.id}&ends=10`,
        `/api/dashboard/ranking?periodId=${m9.id}&figure=onTimeRate&ends=10`,
        '/api/dashboard/status?year=2021&kind=M9&pageSize=50',
      ]);
      expect(store.status.data?.periods.map((column) => column.period.kind)).toEqual(['M9']);
    });

    it('asks for the board once when the page goes back to the first with a change of year', async () => {
      const store = useDashboardStore();
      await store.open({}, page(3));
      await settle();
      api.sent.length = 0;

      store.setBoardView(page(1));
      store.year = 2020;
      await settle();
      expect(api.sent.filter((path) => path.startsWith('/api/dashboard/status'))).toEqual(['/api/dashboard/status?year=2020&pageSize=50']);
    });

    it('asks for a search once the typing paused, showing what is typed at once', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      for (const search of ['s', 'so', 'so t', 'so tu']) {
        store.setBoardView({ ...DEFAULT_BOARD_VIEW, search });
        await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS - 100);
        await settle();
      }
      expect(store.boardView.search).toBe('so tu');
      expect(store.boardPending).toBe(true);
      expect(api.sent).toEqual([]);

      await jest.advanceTimersByTimeAsync(100);
      await settle();
      expect(api.sent).toEqual(['/api/dashboard/status?year=2021&q=so+tu&pageSize=50']);
      expect(store.boardPending).toBe(false);
      expect(store.status.data?.q).toBe('so tu');

      // Blanks around the words change nothing to ask for.
      store.setBoardView({ ...DEFAULT_BOARD_VIEW, search: 'so tu ' });
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      expect(api.sent).toHaveLength(1);
    });

    it('asks at once with what is typed when another part of the view changes before the pause', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      store.setBoardView({ ...DEFAULT_BOARD_VIEW, search: 'stp' });
      store.setBoardView({ ...DEFAULT_BOARD_VIEW, search: 'stp', filter: 'late' });
      await settle();
      expect(api.sent).toEqual(['/api/dashboard/status?year=2021&filter=late&q=stp&pageSize=50']);
      await jest.advanceTimersByTimeAsync(BOARD_SEARCH_PAUSE_MS);
      await settle();
      expect(api.sent).toHaveLength(1);
    });

    it('shows the newest page asked for, whatever order the answers come in', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.sent.length = 0;

      const release = api.hold('/api/dashboard/status');
      store.setBoardView(page(2));
      await settle();
      // The rows on show stay while the next page loads.
      expect(store.status).toMatchObject({ status: 'loading', data: { page: { page: 1 } } });
      store.setBoardView(page(3));
      await settle();
      release();
      await settle();
      expect(api.sent).toEqual(['/api/dashboard/status?year=2021&page=2&pageSize=50', '/api/dashboard/status?year=2021&page=3&pageSize=50']);
      expect(store.status).toMatchObject({ status: 'ready', data: { page: { page: 3 } } });
    });

    it('asks for a view changed while the first overview was on its way once the year is known', async () => {
      const release = api.hold('/api/dashboard/overview');
      const store = useDashboardStore();
      const opening = store.open({}, page(2));
      await settle();
      store.setBoardView(page(3));
      await settle();
      release();
      await opening;
      await settle();
      expect(api.dashboard()).toEqual(['/api/dashboard/overview?boardPage=2', '/api/dashboard/status?year=2021&page=3&pageSize=50']);
      expect(store.status.data?.page.page).toBe(3);
    });

    it('retries the board alone', async () => {
      const store = useDashboardStore();
      await store.open();
      await settle();
      api.refuse('/api/dashboard/status', 503, 'DATABASE_UNAVAILABLE');
      store.setBoardView(page(2));
      await settle();
      expect(store.status).toMatchObject({ status: 'error', errorCode: 'DATABASE_UNAVAILABLE', data: null });
      expect(store.dossier.status).toBe('ready');

      api.accept('/api/dashboard/status');
      api.sent.length = 0;
      await store.reloadBoard();
      expect(api.sent).toEqual(['/api/dashboard/status?year=2021&page=2&pageSize=50']);
      expect(store.status.status).toBe('ready');
    });

    it('fetches the whole board of the view for an export: every row, no page', async () => {
      const store = useDashboardStore();
      store.lang = 'en';
      await store.open({ kind: 'M9', agencyKind: 'district' }, { filter: 'late', sort: 'status', search: 'so', page: 3 });
      await settle();
      api.sent.length = 0;

      const whole = await store.wholeBoard();
      expect(api.sent).toEqual(['/api/dashboard/status?year=2021&kind=M9&agencyKind=district&filter=late&sort=status&q=so&lang=en']);
      expect(whole.page).toMatchObject({ page: 1, pageCount: 1, total: BOARD_ROWS });
      // The page on show stays.
      expect(store.status.data?.page.page).toBe(3);
    });
  });
});
