import type {
  AgencyKind,
  DashboardAreasResponse,
  DashboardDossierResponse,
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
import { hasAnyReport } from './helpers/status-board.js';
import { useLoadState, type LoadStatus } from '../../shared/load-state/load-state.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';

/** One panel's answer and how its loading went; each panel loads and fails on its own. */
export interface PanelState<T> {
  readonly data: T | null;
  readonly status: LoadStatus;
  readonly errorCode: string | null;
}

/** How many years back the first visit looks for one with reports, from the current one. */
const YEARS_TO_LOOK_BACK = 6;

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

  /** Keeps an answer fetched elsewhere as the one for `key`. */
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
 * The board and the charts across periods load per year and agency kind (all periods of the
 * year: the period kind only narrows the board's columns, on the client); the comparison
 * across agencies loads per period (the chosen kind's, or the latest one past its deadline),
 * figure and agency kind.
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
  /** Looking for the year to open with (first visit). */
  const choosingYear = ref(false);
  /** The dashboard is on screen: once it is left, no new request starts (those running end). */
  const active = ref(false);

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

  const yearKey = (): string => `${year.value}|${agencyKind.value ?? ''}`;
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
    await dossier.load(`${yearKey()}|${structure.value}`, (signal) => dashboardApi.dossier({ ...query, ...restated }, signal), force);
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
    await ranking.load(`${period.id}|${figure.value}|${agencyKind.value ?? ''}|${structure.value}`, (signal) => dashboardApi.ranking(query, signal), force);
  }

  /**
   * The year to open with: the most recent one, up to this one, that has any report, so that
   * the first screen shows data; its status answer is kept, not fetched again.
   */
  async function chooseYear(): Promise<void> {
    const thisYear = new Date().getFullYear();
    const candidates = reference.years.filter((y) => y <= thisYear);
    const fallback = candidates[0] ?? reference.years[0] ?? null;
    choosingYear.value = true;
    try {
      for (const candidate of candidates.slice(0, YEARS_TO_LOOK_BACK)) {
        if (!active.value) return;
        const query = { year: candidate, ...(agencyKind.value ? { agencyKind: agencyKind.value } : {}) };
        const answer = await dashboardApi.status(query);
        if (hasAnyReport(answer)) {
          status.keep(`${candidate}|${agencyKind.value ?? ''}`, answer);
          year.value = candidate;
          return;
        }
      }
    } catch {
      // The panels report the error when they load the fallback year.
    } finally {
      choosingYear.value = false;
    }
    if (active.value) year.value ??= fallback;
  }

  /**
   * Opens the dashboard: takes the filters a link asks for, loads the reference data, picks the
   * year on the first visit, and otherwise reloads every panel, since reports may have moved on
   * since the last visit.
   */
  async function open(link: DashboardLink = {}): Promise<void> {
    if (link.year !== undefined) year.value = link.year;
    if (link.kind !== undefined) kind.value = link.kind;
    if (link.agencyKind !== undefined) agencyKind.value = link.agencyKind;
    if (link.structure !== undefined) structure.value = link.structure;
    // The filters' watchers run while the dashboard is still inactive: the loads below fetch once.
    await nextTick();
    active.value = true;
    await reference.ensureLoaded();
    if (choosingYear.value || !active.value) return;
    if (year.value === null) await chooseYear();
    else await Promise.all([loadYear(true), loadRanking(true)]);
  }

  /** The dashboard was left: what it would load next waits for the next `open`. */
  function close(): void {
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
    choosingYear,
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
