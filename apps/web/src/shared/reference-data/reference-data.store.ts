import type { AgencyDto, ReformAreaDto, ReportingPeriodDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ApiRequestError } from '../http/http.js';
import { referenceDataApi } from './reference-data.api.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Agencies, reform areas and reporting periods: what every screen needs to label its data. */
export const useReferenceDataStore = defineStore('reference-data', () => {
  const agencies = ref<AgencyDto[]>([]);
  const areas = ref<ReformAreaDto[]>([]);
  const periods = ref<ReportingPeriodDto[]>([]);
  const status = ref<LoadStatus>('idle');
  const errorCode = ref<string | null>(null);

  const years = computed(() => [...new Set(periods.value.map((p) => p.year))].sort((a, b) => b - a));

  async function load(): Promise<void> {
    status.value = 'loading';
    errorCode.value = null;
    try {
      const [loadedAgencies, loadedAreas, loadedPeriods] = await Promise.all([
        referenceDataApi.listAgencies(),
        referenceDataApi.listReformAreas(),
        referenceDataApi.listPeriods(),
      ]);
      agencies.value = loadedAgencies;
      areas.value = loadedAreas;
      periods.value = loadedPeriods;
      status.value = 'ready';
    } catch (error) {
      errorCode.value = error instanceof ApiRequestError ? error.code : 'UNKNOWN';
      status.value = 'error';
    }
  }

  let inFlight: Promise<void> | null = null;

  /**
   * Loads once; later calls reuse what is there, and a call made while loading waits for that
   * same load (two screens asking at start-up must both get the data).
   */
  function ensureLoaded(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    if (status.value === 'loading' && inFlight) return inFlight;
    inFlight = load().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return { agencies, areas, periods, status, errorCode, years, load, ensureLoaded };
});
