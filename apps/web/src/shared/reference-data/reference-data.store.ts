import { toVietnamDate, type AgencyDto, type ReferenceDataDto, type ReformAreaDto, type ReportingPeriodDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { useLoadState } from '../load-state/load-state.js';
import { defaultFiguresPeriod, periodsNewestFirst } from './default-period.js';
import { referenceDataApi } from './reference-data.api.js';

/** Agencies, reform areas and reporting periods: what every screen needs to label its data. */
export const useReferenceDataStore = defineStore('reference-data', () => {
  // Read-only lists, replaced whole by each load: shallow, so that no item becomes a proxy when a
  // screen reads it. Deep reactivity made one per item looked at (every agency, for a reviewer's
  // `find`), some 30 ms of the dashboard's first view at a province's 120 agencies.
  const agencies = shallowRef<AgencyDto[]>([]);
  const areas = shallowRef<ReformAreaDto[]>([]);
  const periods = shallowRef<ReportingPeriodDto[]>([]);
  const loading = useLoadState();

  const years = computed(() => [...new Set(periods.value.map((p) => p.year))].sort((a, b) => b - a));
  const periodsByCutOff = computed(() => periodsNewestFirst(periods.value));
  /** The period a view of figures opens on today (see `defaultFiguresPeriod`). */
  const openingPeriod = computed(() => defaultFiguresPeriod(periods.value, toVietnamDate(new Date().toISOString())));

  // One request for the three lists (GET /api/reference-data).
  const fetchAll = (signal: AbortSignal): Promise<ReferenceDataDto> => referenceDataApi.load(signal);

  function apply(loaded: ReferenceDataDto): void {
    agencies.value = loaded.agencies;
    areas.value = loaded.areas;
    periods.value = loaded.periods;
  }

  /** Loads anew, even while a load is on its way (an administrator's change must show). */
  async function load(): Promise<void> {
    await loading.run(fetchAll, apply);
  }

  /**
   * Loads once; later calls reuse what is there, and a call made while loading waits for that
   * same load (two screens asking at start-up must both get the data).
   */
  async function ensureLoaded(): Promise<void> {
    if (loading.status.value !== 'ready') await loading.run(fetchAll, apply, { key: 'reference-data' });
  }

  return { agencies, areas, periods, periodsByCutOff, openingPeriod, status: loading.status, errorCode: loading.errorCode, years, load, ensureLoaded };
});
