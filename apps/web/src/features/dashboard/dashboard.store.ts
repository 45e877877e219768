import type {
  AgencyKind,
  DashboardAgency,
  DashboardAreasQuery,
  DashboardAreasResponse,
  DashboardDossierResponse,
  DashboardOverviewQuery,
  DashboardOverviewResponse,
  DashboardRankingQuery,
  DashboardRankingResponse,
  DashboardStatusQuery,
  DashboardStatusResponse,
  DashboardStructure,
  PeriodKind,
  RankingFigure,
  ReportingPeriodDto,
} from '@cchc/domain';
import { CHART_END_COUNT, DASHBOARD_DOSSIER_TOP, PERIOD_KINDS, STATUS_BOARD_PAGE_SIZE, toVietnamDate } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, nextTick, reactive, ref, shallowRef, watch } from 'vue';
import { dashboardApi } from './dashboard.api.js';
import { BOARD_SEARCH_MAX_LENGTH, DEFAULT_BOARD_VIEW, sameBoardView, type BoardView } from './helpers/board-view.js';
import type { DashboardLink } from './helpers/dashboard-link.js';
import { DASHBOARD_START, overviewQueryOf } from './helpers/overview-query.js';
import { agenciesToPick, picksOfKind } from './helpers/pickable-agencies.js';
import type { Locale } from '../../shared/i18n/index.js';
import { useLoadState, type LoadStatus } from '../../shared/load-state/load-state.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';

/**
 * How long the typing in a search must pause before the API is asked for it (ms): the board's
 * search, and the search of the comparison charts.
 */
export const BOARD_SEARCH_PAUSE_MS = 300;

/**
 * Picked agencies asked for at most: the API takes 200 ids; the picker allows far fewer (six), so
 * this only keeps a request within the API's bounds.
 */
const PICKS_ASKED_MAX = 200;

/** One panel's answer and how its loading went; each panel loads and fails on its own. */
export interface PanelState<T> {
  readonly data: T | null;
  readonly status: LoadStatus;
  readonly errorCode: string | null;
}

function createPanel<T>() {
  const data = shallowRef<T | null>(null);
  const loading = useLoadState();
  let loadedKey: string | null = null;
  const applyFor = (key: string) => (answer: T) => {
    data.value = answer;
    loadedKey = key;
  };
  const forget = (): void => {
    data.value = null;
    loadedKey = null;
  };

  /**
   * Loads what `key` names unless it is there already or on its way; a load for another key
   * cancels the one on its way, so a quick change of filters never shows a stale answer.
   */
  async function load(key: string, fetch: (signal: AbortSignal) => Promise<T>, force = false): Promise<void> {
    if (!force && key === loadedKey && loading.status.value === 'ready') return;
    await loading.run(fetch, applyFor(key), { key, onError: forget });
  }

  /**
   * Keeps an answer fetched elsewhere as the one for `key`: a load of that key asked for meanwhile
   * joins it instead of asking the API.
   */
  function keep(key: string, answer: T): void {
    void loading.run(() => Promise.resolve(answer), applyFor(key), { key });
  }

  return { state: reactive({ data, status: loading.status, errorCode: loading.errorCode }) as PanelState<T>, load, keep };
}

/**
 * A whole list fetched for a table (the text alternative of a chart that draws only part of it, and
 * its downloads): the last one is kept by the key of its request, so showing the table again or
 * downloading it asks nothing more; a failed fetch is not kept.
 */
function createWhole<T>() {
  let kept: { key: string; answer: Promise<T> } | null = null;
  function get(key: string, fetch: () => Promise<T>): Promise<T> {
    if (kept?.key === key) return kept.answer;
    const mine = { key, answer: fetch() };
    kept = mine;
    mine.answer.catch(() => {
      if (kept === mine) kept = null;
    });
    return mine.answer;
  }
  return { get, forget: (): void => void (kept = null) };
}

/** What the status board is loaded for besides the year: the filters above it and its own view. */
interface BoardRequest {
  kind: PeriodKind | null;
  agencyKind: AgencyKind | null;
  view: BoardView;
  lang: Locale;
}

/**
 * The Home Affairs dashboard: the chosen year, period kind and agency kind, the figure the
 * agencies are ranked by, the agencies picked for the rate charts, the status board's view
 * (filter, order, search, page), and the four answers of the dashboard API, each with its own
 * loading and error state.
 *
 * The dashboard opens with one request, the overview, which holds the four answers (and, on a
 * first visit, the year to show); a change of filter then loads only the answer it changes, from
 * the endpoint of that answer. The status board is paged by the API: it loads one page of
 * STATUS_BOARD_PAGE_SIZE rows per year, period kind, agency kind, view and language (the names it
 * sorts by); the charts across periods load per year and agency kind (all periods of the year):
 * the dossier rates also per structure and picked agencies (the DASHBOARD_DOSSIER_TOP busiest
 * when none is picked), the reform areas also per period compared (their coverage is that
 * period's); the comparison across agencies loads per period (the chosen kind's, or the latest
 * one past its deadline), figure and agency kind.
 *
 * The two comparison charts (the ranking and the coverage) are asked for their ends only
 * (`ends` = CHART_END_COUNT) and the agencies the comparison search finds (`q`, asked once the
 * typing paused), so they load per search too; their tables, which list every agency, are
 * fetched whole when the answer on show leaves some out (`wholeRanking`, `wholeCoverage`).
 */
export const useDashboardStore = defineStore('dashboard', () => {
  const reference = useReferenceDataStore();

  const year = ref<number | null>(null);
  const kind = ref<PeriodKind | null>(null);
  const agencyKind = ref<AgencyKind | null>(null);
  const figure = ref<RankingFigure>(DASHBOARD_START.figure);
  /** Comparisons across agencies and periods as reported, or restated onto today's agencies (docs/domain.md §13). */
  const structure = ref<DashboardStructure>(DASHBOARD_START.structure);
  /** The period compared across agencies when the reviewer chose one; else a default. */
  const chosenPeriodId = ref<string | null>(null);
  /** Agencies charted beside the province; null until the reviewer picks (the busiest apply). */
  const pickedAgencyIds = ref<string[] | null>(null);
  /** The status board's view as the reviewer sees it in its tools (and the address). */
  const boardView = ref<BoardView>(DEFAULT_BOARD_VIEW);
  /** The view the board is loaded for: the one on show, its search once the typing paused. */
  const boardAsked = ref<BoardView>(DEFAULT_BOARD_VIEW);
  /** The search was changed, and the board is not asked for it until the typing pauses. */
  const boardPending = computed(() => !sameBoardView(boardView.value, boardAsked.value));
  /** The language of the screen: the board sorts agencies by their names in it. */
  const lang = ref<Locale>('vi');
  let searchPause: ReturnType<typeof setTimeout> | undefined;
  /** The comparison charts' search as typed: the agencies it finds join both charts. */
  const compareSearch = ref('');
  /** The comparison search the charts are asked for: the one typed, trimmed, once the typing paused. */
  const compareAsked = ref('');
  let comparePause: ReturnType<typeof setTimeout> | undefined;

  const status = createPanel<DashboardStatusResponse>();
  const dossier = createPanel<DashboardDossierResponse>();
  const areas = createPanel<DashboardAreasResponse>();
  const ranking = createPanel<DashboardRankingResponse>();
  const wholeRankings = createWhole<DashboardRankingResponse>();
  const wholeAreas = createWhole<DashboardAreasResponse>();
  /** The overview asked for on a first visit, before any year is on show; its failure is the page's. */
  const opening = useLoadState();
  /** The API knows no reporting period at all: there is no year to show. */
  const noYear = ref(false);
  /** The dashboard is on screen: once it is left, no new request starts (those running end). */
  const active = ref(false);
  /** Counts the openings and closings, so an opening still waiting knows when it was left. */
  let visits = 0;
  /** The opening started ahead of the page (`openEarly`), by the address and language it was for; joined once. */
  let opened: { address: string; done: Promise<void> } | null = null;

  const periodsOfYear = computed<ReportingPeriodDto[]>(() =>
    reference.periods.filter((p) => p.year === year.value).sort((a, b) => a.windowTo.localeCompare(b.windowTo) || a.kind.localeCompare(b.kind)),
  );
  const kindsOfYear = computed<PeriodKind[]>(() => PERIOD_KINDS.filter((k) => periodsOfYear.value.some((p) => p.kind === k)));
  /** Periods that can be compared across agencies: those of the chosen kind, or all of the year. */
  const comparablePeriods = computed(() => periodsOfYear.value.filter((p) => kind.value === null || p.kind === kind.value));
  const comparePeriod = computed<ReportingPeriodDto | null>(() => {
    const candidates = comparablePeriods.value;
    const chosen = candidates.find((p) => p.id === chosenPeriodId.value);
    if (chosen) return chosen;
    const today = toVietnamDate(new Date().toISOString());
    return [...candidates].reverse().find((p) => p.deadline < today) ?? candidates[0] ?? null;
  });

  /**
   * The period kind the board shows: none (all periods) for a kind the year has no period of, as
   * the kind is about to fall back to (see the watchers below), so that change asks nothing more.
   */
  const boardKind = computed<PeriodKind | null>(() =>
    kind.value !== null && year.value !== null && reference.periods.length > 0 && !kindsOfYear.value.includes(kind.value) ? null : kind.value,
  );
  const boardRequest = (): BoardRequest => ({ kind: boardKind.value, agencyKind: agencyKind.value, view: boardAsked.value, lang: lang.value });
  const boardKey = (y: number | null, request: BoardRequest): string => {
    const { view } = request;
    return JSON.stringify([y, request.kind, request.agencyKind, view.filter, view.sort, view.search.trim(), view.page, request.lang]);
  };
  const statusKey = computed(() => boardKey(year.value, boardRequest()));
  /**
   * The agencies a reviewer can pick for the rate charts: the reporting agencies of the reference
   * data of the agency kind on show that existed in the year.
   */
  const pickableAgencies = computed<DashboardAgency[]>(() => (year.value === null ? [] : agenciesToPick(reference.agencies, year.value, agencyKind.value)));
  /**
   * The picked agencies whose series the rate charts show, in the order picked: those of the
   * agency kind on show; null when none (the busiest agencies, as the API chooses them).
   */
  const dossierPicks = computed<string[] | null>(() => picksOfKind(pickedAgencyIds.value, reference.agencies, agencyKind.value)?.slice(0, PICKS_ASKED_MAX) ?? null);
  /** The picks as asked for: in one order whatever order they were picked in, so a new order asks nothing. */
  const picksAsked = (): string[] | null => (dossierPicks.value ? [...dossierPicks.value].sort() : null);
  const yearKey = (y: number | null = year.value): string => `${y}|${agencyKind.value ?? ''}`;
  const dossierKey = (y: number | null = year.value): string => `${yearKey(y)}|${structure.value}|${picksAsked()?.join(',') ?? 'top'}`;
  /**
   * The areas load per year and agency kind, the period whose coverage they hold (none until it is
   * known) and the comparison search (which agencies of the coverage they send).
   */
  const areasKey = (y: number | null = year.value, periodId: string | null = comparePeriod.value?.id ?? null, q: string = compareAsked.value): string =>
    JSON.stringify([yearKey(y), periodId ?? '', q]);
  const rankingKey = (periodId: string, q: string = compareAsked.value): string =>
    JSON.stringify([periodId, figure.value, agencyKind.value ?? '', structure.value, q]);
  const yearQuery = () => (year.value === null ? null : { year: year.value, ...(agencyKind.value ? { agencyKind: agencyKind.value } : {}) });
  /** What a comparison chart asks for besides its filters: its ends, and the agencies searched for. */
  const chartEnds = (): { ends: number; q?: string } => ({ ends: CHART_END_COUNT, ...(compareAsked.value !== '' ? { q: compareAsked.value } : {}) });
  /** The areas of the year with the coverage of the period compared, every agency's; null until both are known. */
  function coverageQuery(): DashboardAreasQuery | null {
    const query = yearQuery();
    // The coverage is of the period compared: without one (the reference periods not known yet,
    // or a period kind the year has none of, about to fall back) the areas wait for it.
    const period = comparePeriod.value;
    return query && period ? { ...query, coveragePeriodId: period.id } : null;
  }
  /** The ranking of the period compared, every agency; null until the period is known. */
  function rankingQuery(): DashboardRankingQuery | null {
    const period = comparePeriod.value;
    if (!period) return null;
    return {
      periodId: period.id,
      figure: figure.value,
      ...(agencyKind.value ? { agencyKind: agencyKind.value } : {}),
      ...(structure.value === 'restated' ? { structure: structure.value } : {}),
    };
  }

  /**
   * What the API is asked for the board: its filters and view, defaults left out (the API applies
   * the same); one page of it, or with `whole` every row of the filter (an export).
   */
  function statusQuery(y: number, request: BoardRequest, whole = false): DashboardStatusQuery {
    const { view } = request;
    const search = view.search.trim();
    return {
      year: y,
      ...(request.kind ? { kind: request.kind } : {}),
      ...(request.agencyKind ? { agencyKind: request.agencyKind } : {}),
      ...(view.filter !== DEFAULT_BOARD_VIEW.filter ? { filter: view.filter } : {}),
      ...(view.sort !== DEFAULT_BOARD_VIEW.sort ? { sort: view.sort } : {}),
      ...(search !== '' ? { q: search } : {}),
      ...(request.lang !== 'vi' ? { lang: request.lang } : {}),
      ...(whole ? {} : { ...(view.page !== 1 ? { page: view.page } : {}), pageSize: STATUS_BOARD_PAGE_SIZE }),
    };
  }

  async function loadStatus(force = false): Promise<void> {
    if (year.value === null) return;
    const query = statusQuery(year.value, boardRequest());
    await status.load(statusKey.value, (signal) => dashboardApi.status(query, signal), force);
  }

  async function loadAreas(force = false): Promise<void> {
    const query = coverageQuery();
    if (!query) return;
    if (force) wholeAreas.forget();
    const asked = { ...query, ...chartEnds() };
    await areas.load(areasKey(), (signal) => dashboardApi.areas(asked, signal), force);
  }

  async function loadYear(force = false): Promise<void> {
    await Promise.all([loadStatus(force), loadDossier(force), loadAreas(force)]);
  }

  async function loadDossier(force = false): Promise<void> {
    const query = yearQuery();
    if (!query) return;
    const restated = structure.value === 'restated' ? { structure: structure.value } : {};
    const picks = picksAsked();
    const agencies = picks ? { agencyIds: picks } : { top: DASHBOARD_DOSSIER_TOP };
    await dossier.load(dossierKey(), (signal) => dashboardApi.dossier({ ...query, ...restated, ...agencies }, signal), force);
  }

  async function loadRanking(force = false): Promise<void> {
    const query = rankingQuery();
    if (!query) return;
    if (force) wholeRankings.forget();
    const asked = { ...query, ...chartEnds() };
    await ranking.load(rankingKey(query.periodId), (signal) => dashboardApi.ranking(asked, signal), force);
  }

  /**
   * What the overview is asked for: the filters on show, defaults left out (the API applies the
   * same), the period compared once it is known (chosen, or the default of the year), and the
   * agencies picked for the rate charts if any (else the API charts the busiest).
   */
  function overviewQuery(request: BoardRequest = boardRequest()): DashboardOverviewQuery {
    return overviewQueryOf({
      year: year.value,
      kind: kind.value,
      agencyKind: agencyKind.value,
      structure: structure.value,
      figure: figure.value,
      periodId: year.value === null ? null : (comparePeriod.value?.id ?? null),
      picks: picksAsked(),
      view: request.view,
      lang: request.lang,
    });
  }

  /**
   * Keeps the four answers of an overview as the panels' answers for the year it chose, then shows
   * that year: the loads its change sets off find their answers there and ask nothing. The board
   * is kept for what it was asked with (`request`), whatever changed while it came; the areas for
   * the period the overview compared, whose coverage they hold. The overview asks the comparison
   * charts for their ends without a search: their answers are those of the empty search.
   */
  function keepOverview(answer: DashboardOverviewResponse, request: BoardRequest): void {
    noYear.value = answer.year === null;
    if (answer.year === null) return;
    if (answer.status) status.keep(boardKey(answer.year, { ...request, kind: answer.status.kind }), answer.status);
    if (answer.dossier) dossier.keep(dossierKey(answer.year), answer.dossier);
    if (answer.areas) areas.keep(areasKey(answer.year, answer.ranking?.period.id ?? null, ''), answer.areas);
    if (answer.ranking) ranking.keep(rankingKey(answer.ranking.period.id, ''), answer.ranking);
    year.value = answer.year;
  }

  /** First visit: one overview, which also says which year to open with (the latest with a report). */
  async function openOverview(): Promise<void> {
    const request = boardRequest();
    const query = overviewQuery(request);
    await opening.run((signal) => dashboardApi.overview(query, signal), (answer) => keepOverview(answer, request), { key: 'overview' });
  }

  /**
   * A later visit, or a link naming the year: every panel loads afresh (reports may have moved on)
   * from one overview for the filters on show, each keeping its part of the shared answer. The
   * overview's comparison charts are those of no search: with a search, they load on their own.
   */
  async function reloadAll(): Promise<void> {
    const query = overviewQuery();
    const period = comparePeriod.value;
    const searching = compareAsked.value !== '';
    wholeRankings.forget();
    wholeAreas.forget();
    let answer: Promise<DashboardOverviewResponse> | null = null;
    const part =
      <T>(pick: (overview: DashboardOverviewResponse) => T | null) =>
      async (): Promise<T> => {
        answer ??= dashboardApi.overview(query);
        const found = pick(await answer);
        if (found === null) throw new Error('The overview lacks a part it was asked for.');
        return found;
      };
    await Promise.all([
      status.load(statusKey.value, part((o) => o.status), true),
      dossier.load(dossierKey(), part((o) => o.dossier), true),
      searching ? loadAreas(true) : areas.load(areasKey(), part((o) => o.areas), true),
      searching ? loadRanking(true) : period ? ranking.load(rankingKey(period.id), part((o) => (o.ranking?.period.id === period.id ? o.ranking : null)), true) : undefined,
    ]);
  }

  /**
   * Opens the dashboard: takes the filters a link asks for, and loads the reference data and the
   * overview, one request each: on the first visit side by side (the overview picks the year), on
   * a later one the overview for the filters on show, since reports may have moved on. With the
   * `address` of an opening started early (`openEarly`), it joins that opening, on its way or done.
   */
  function open(link: DashboardLink = {}, view?: BoardView, address?: string): Promise<void> {
    const early = opened;
    opened = null;
    if (address !== undefined && early?.address === address) return early.done;
    return openVisit(link, view);
  }

  /**
   * Opens the dashboard ahead of its page (the router, while the page's code loads): the page's
   * own `open` for the same address joins it, once. A navigation that never shows the page
   * leaves nothing to join later: the next one opens anew.
   */
  function openEarly(link: DashboardLink, view: BoardView | undefined, address: string): Promise<void> {
    const done = openVisit(link, view);
    opened = { address, done };
    return done;
  }

  async function openVisit(link: DashboardLink, view: BoardView | undefined): Promise<void> {
    const visit = (visits += 1);
    if (view) showBoard(view);
    if (link.year !== undefined) year.value = link.year;
    if (link.kind !== undefined) kind.value = link.kind;
    if (link.agencyKind !== undefined) agencyKind.value = link.agencyKind;
    if (link.structure !== undefined) structure.value = link.structure;
    // The filters' watchers run while the dashboard is still inactive: the loads below fetch once.
    await nextTick();
    if (year.value === null) {
      active.value = true;
      await Promise.all([reference.ensureLoaded(), openOverview()]);
      return;
    }
    // The period compared is judged from the reference periods: known before asking, and the
    // change they make to it must not set off a load of its own.
    await reference.ensureLoaded();
    await nextTick();
    if (visit !== visits || reference.status !== 'ready') return;
    active.value = true;
    await reloadAll();
  }

  /** The reviewer picked agencies for the rate charts; none picked is back to the busiest. */
  function pickAgencies(ids: readonly string[]): void {
    pickedAgencyIds.value = ids.length > 0 ? [...ids] : null;
  }

  /**
   * The dashboard was left: what it would load next waits for the next `open`. The comparison
   * search is cleared (it is not in the address): the next visit opens on the charts' ends.
   */
  function close(): void {
    visits += 1;
    opened = null;
    active.value = false;
    clearTimeout(searchPause);
    boardAsked.value = boardView.value;
    clearTimeout(comparePause);
    compareSearch.value = '';
    compareAsked.value = '';
  }

  /** Shows the board's view at once: loaded as soon as the dashboard is active. */
  function showBoard(view: BoardView): void {
    clearTimeout(searchPause);
    boardView.value = view;
    boardAsked.value = view;
  }

  /**
   * The reviewer changed the board's view. A change of the search alone (typing) shows at once in
   * the tools but asks the API only once the typing paused, so a word typed asks once; any other
   * change (filter, order, page) asks at once, with the search as it stands.
   */
  function setBoardView(view: BoardView): void {
    const before = boardView.value;
    const typing = view.search !== before.search && view.filter === before.filter && view.sort === before.sort;
    if (!typing) {
      showBoard(view);
      return;
    }
    clearTimeout(searchPause);
    boardView.value = view;
    searchPause = setTimeout(() => (boardAsked.value = boardView.value), BOARD_SEARCH_PAUSE_MS);
  }

  /**
   * The reviewer typed in the comparison search: it shows at once in the box, and the charts are
   * asked for it once the typing paused (BOARD_SEARCH_PAUSE_MS), so a word typed asks once; an
   * answer still on its way for an older search is cancelled by the newer one.
   */
  function setCompareSearch(text: string): void {
    compareSearch.value = text.slice(0, BOARD_SEARCH_MAX_LENGTH);
    clearTimeout(comparePause);
    comparePause = setTimeout(() => (compareAsked.value = compareSearch.value.trim()), BOARD_SEARCH_PAUSE_MS);
  }

  /**
   * The whole ranking on show (every agency, those without a value last), fetched once per ranking
   * asked for: the chart's table and its downloads when the answer on show leaves agencies out.
   */
  function wholeRanking(): Promise<DashboardRankingResponse> {
    const query = rankingQuery();
    if (!query) return Promise.reject(new Error('No period is compared.'));
    return wholeRankings.get(rankingKey(query.periodId, ''), () => dashboardApi.ranking(query));
  }

  /**
   * The coverage of every report of the period compared, fetched once per period and agencies:
   * the chart's table and its downloads when the answer on show leaves reports out.
   */
  function wholeCoverage(): Promise<DashboardAreasResponse> {
    const query = coverageQuery();
    if (!query) return Promise.reject(new Error('No period is compared.'));
    return wholeAreas.get(areasKey(query.year, query.coveragePeriodId ?? null, ''), () => dashboardApi.areas(query));
  }

  /**
   * The whole board as on show (every row of its filter and search, not one page), fetched afresh:
   * what an export of the board holds.
   */
  function wholeBoard(): Promise<DashboardStatusResponse> {
    if (year.value === null) return Promise.reject(new Error('No year is on show.'));
    return dashboardApi.status(statusQuery(year.value, boardRequest(), true));
  }

  // A change of filter loads what it changes, and only that: the board loads per year, kinds, view
  // and language; the dossier rates per year, agency kind, structure and picks; the areas per year,
  // agency kind, period compared and comparison search; the ranking per period compared, figure,
  // agency kind, structure and comparison search.
  watch(() => dossierKey(), () => {
    if (active.value) void loadDossier();
  });
  watch(() => areasKey(), () => {
    if (active.value) void loadAreas();
  });
  watch(statusKey, () => {
    if (active.value) void loadStatus();
  });
  watch([() => comparePeriod.value?.id, figure, agencyKind, structure, compareAsked], () => {
    if (active.value) void loadRanking();
  });
  // A kind the new year has no period of falls back to all periods, as the board already shows
  // (`boardKind`). (The picked agencies and the chosen period need no reset: agencies keep their
  // ids, a pick of another agency kind is set aside (`dossierPicks`), and another year's period
  // falls back.)
  watch(year, () => {
    // Before the periods are known (a link opened afresh) there is nothing to judge the kind by.
    if (reference.periods.length === 0) return;
    if (kind.value !== null && !kindsOfYear.value.includes(kind.value)) kind.value = null;
  });

  return {
    year,
    kind,
    agencyKind,
    figure,
    structure,
    chosenPeriodId,
    pickedAgencyIds,
    dossierPicks,
    pickableAgencies,
    boardView,
    boardPending,
    compareSearch,
    boardKind,
    lang,
    status: status.state,
    dossier: dossier.state,
    areas: areas.state,
    ranking: ranking.state,
    opening: reactive({ status: opening.status, errorCode: opening.errorCode }),
    noYear,
    periodsOfYear,
    kindsOfYear,
    comparablePeriods,
    comparePeriod,
    open,
    openEarly,
    close,
    pickAgencies,
    setBoardView,
    setCompareSearch,
    wholeBoard,
    wholeRanking,
    wholeCoverage,
    reloadYear: () => loadYear(true),
    reloadBoard: () => loadStatus(true),
    reloadAreas: () => loadAreas(true),
    reloadRanking: () => loadRanking(true),
  };
});
