import type {
  AgencyKind,
  DashboardAreasResponse,
  DashboardDossierResponse,
  DashboardOverviewQuery,
  DashboardOverviewResponse,
  DashboardRankingResponse,
  DashboardStatusResponse,
  DashboardStructure,
  PeriodKind,
  RankingFigure,
  ReportingPeriodDto,
} from '@cchc/domain';
import { PERIOD_KINDS, toVietnamDate } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, nextTick, reactive, ref, shallowRef, watch } from 'vue';
import { dashboardApi } from './dashboard.api.js';
import type { DashboardLink } from './helpers/dashboard-link.js';
import { useLoadState, type LoadStatus } from '../../shared/load-state/load-state.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';

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
 * The Home Affairs dashboard: the chosen year, period kind and agency kind, the figure the
 * agencies are ranked by, the agencies picked for the rate charts, and the four answers of the
 * dashboard API, each with its own loading and error state.
 *
 * The dashboard opens with one request, the overview, which holds the four answers (and, on a
 * first visit, the year to show); a change of filter then loads only the answer it changes, from
 * the endpoint of that answer. The board and the charts across periods load per year and agency
 * kind (all periods of the year: the period kind only narrows the board's columns, on the
 * client); the comparison across agencies loads per period (the chosen kind's, or the latest one
 * past its deadline), figure and agency kind.
 */
export const useDashboardStore = defineStore('dashboard', () => {
  const reference = useReferenceDataStore();

  const year = ref<number | null>(null);
  const kind = ref<PeriodKind | null>(null);
  const agencyKind = ref<AgencyKind | null>(null);
  const figure = ref<RankingFigure>('onTimeRate');
  /** Comparisons across agencies and periods as reported, or restated onto today's agencies (docs/domain.md §13). */
  const structure = ref<DashboardStructure>('reported');
  /** The period compared across agencies when the reviewer chose one; else a default. */
  const chosenPeriodId = ref<string | null>(null);
  /** Agencies charted beside the province; null until the reviewer picks (a default applies). */
  const pickedAgencyIds = ref<string[] | null>(null);

  const status = createPanel<DashboardStatusResponse>();
  const dossier = createPanel<DashboardDossierResponse>();
  const areas = createPanel<DashboardAreasResponse>();
  const ranking = createPanel<DashboardRankingResponse>();
  /** The overview asked for on a first visit, before any year is on show; its failure is the page's. */
  const opening = useLoadState();
  /** The API knows no reporting period at all: there is no year to show. */
  const noYear = ref(false);
  /** The dashboard is on screen: once it is left, no new request starts (those running end). */
  const active = ref(false);
  /** Counts the openings and closings, so an opening still waiting knows when it was left. */
  let visits = 0;

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

  const yearKey = (y: number | null = year.value): string => `${y}|${agencyKind.value ?? ''}`;
  const dossierKey = (y: number | null = year.value): string => `${yearKey(y)}|${structure.value}`;
  const rankingKey = (periodId: string): string => `${periodId}|${figure.value}|${agencyKind.value ?? ''}|${structure.value}`;
  const yearQuery = () => (year.value === null ? null : { year: year.value, ...(agencyKind.value ? { agencyKind: agencyKind.value } : {}) });

  async function loadYear(force = false): Promise<void> {
    const query = yearQuery();
    if (!query) return;
    const key = yearKey();
    await Promise.all([
      status.load(key, (signal) => dashboardApi.status(query, signal), force),
      loadDossier(force),
      areas.load(key, (signal) => dashboardApi.areas(query, signal), force),
    ]);
  }

  async function loadDossier(force = false): Promise<void> {
    const query = yearQuery();
    if (!query) return;
    const restated = structure.value === 'restated' ? { structure: structure.value } : {};
    await dossier.load(dossierKey(), (signal) => dashboardApi.dossier({ ...query, ...restated }, signal), force);
  }

  async function loadRanking(force = false): Promise<void> {
    const period = comparePeriod.value;
    if (!period) return;
    const query = {
      periodId: period.id,
      figure: figure.value,
      ...(agencyKind.value ? { agencyKind: agencyKind.value } : {}),
      ...(structure.value === 'restated' ? { structure: structure.value } : {}),
    };
    await ranking.load(rankingKey(period.id), (signal) => dashboardApi.ranking(query, signal), force);
  }

  /**
   * What the overview is asked for: the filters on show, defaults left out (the API applies the
   * same), and the period compared once it is known (chosen, or the default of the year).
   */
  function overviewQuery(): DashboardOverviewQuery {
    const period = year.value === null ? null : comparePeriod.value;
    return {
      ...(year.value !== null ? { year: year.value } : {}),
      ...(kind.value ? { kind: kind.value } : {}),
      ...(agencyKind.value ? { agencyKind: agencyKind.value } : {}),
      ...(structure.value === 'restated' ? { structure: structure.value } : {}),
      ...(figure.value !== 'onTimeRate' ? { figure: figure.value } : {}),
      ...(period ? { periodId: period.id } : {}),
    };
  }

  /**
   * Keeps the four answers of an overview as the panels' answers for the year it chose, then shows
   * that year: the loads its change sets off find their answers there and ask nothing.
   */
  function keepOverview(answer: DashboardOverviewResponse): void {
    noYear.value = answer.year === null;
    if (answer.year === null) return;
    if (answer.status) status.keep(yearKey(answer.year), answer.status);
    if (answer.dossier) dossier.keep(dossierKey(answer.year), answer.dossier);
    if (answer.areas) areas.keep(yearKey(answer.year), answer.areas);
    if (answer.ranking) ranking.keep(rankingKey(answer.ranking.period.id), answer.ranking);
    year.value = answer.year;
  }

  /** First visit: one overview, which also says which year to open with (the latest with a report). */
  async function openOverview(): Promise<void> {
    const query = overviewQuery();
    await opening.run((signal) => dashboardApi.overview(query, signal), keepOverview, { key: 'overview' });
  }

  /**
   * A later visit, or a link naming the year: every panel loads afresh (reports may have moved on)
   * from one overview for the filters on show, each keeping its part of the shared answer.
   */
  async function reloadAll(): Promise<void> {
    const query = overviewQuery();
    const period = comparePeriod.value;
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
      status.load(yearKey(), part((o) => o.status), true),
      dossier.load(dossierKey(), part((o) => o.dossier), true),
      areas.load(yearKey(), part((o) => o.areas), true),
      period ? ranking.load(rankingKey(period.id), part((o) => (o.ranking?.period.id === period.id ? o.ranking : null)), true) : undefined,
    ]);
  }

  /**
   * Opens the dashboard: takes the filters a link asks for, and loads the reference data and the
   * overview, one request each: on the first visit side by side (the overview picks the year), on
   * a later one the overview for the filters on show, since reports may have moved on.
   */
  async function open(link: DashboardLink = {}): Promise<void> {
    const visit = (visits += 1);
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

  /** The dashboard was left: what it would load next waits for the next `open`. */
  function close(): void {
    visits += 1;
    active.value = false;
  }

  // A change of filter loads what it changes, and only that.
  watch([year, agencyKind], () => {
    if (active.value) void loadYear();
  });
  watch([() => comparePeriod.value?.id, figure, agencyKind, structure], () => {
    if (active.value) void loadRanking();
  });
  watch(structure, () => {
    if (active.value) void loadDossier();
  });
  // A kind the new year has no period of would empty the board. (The picked agencies and the
  // chosen period need no reset: agencies keep their ids, and another year's period falls back.)
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
    close,
    reloadYear: () => loadYear(true),
    reloadRanking: () => loadRanking(true),
  };
});
