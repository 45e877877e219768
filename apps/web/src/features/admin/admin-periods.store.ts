import type { PeriodCreateBody, PeriodUpdateBody, ReportingPeriodDetailDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { adminApi } from './admin.api.js';
import { ApiRequestError } from '../../shared/http/http.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import { useReferenceDataStore, type LoadStatus } from '../../shared/reference-data/reference-data.store.js';

/** Reporting periods with their versions; deadlines and grace days as administrators set them. */
export const useAdminPeriodsStore = defineStore('admin-periods', () => {
  const periods = ref<ReportingPeriodDetailDto[]>([]);
  const status = ref<LoadStatus>('idle');
  const errorCode = ref('');

  const years = computed(() => [...new Set(periods.value.map((p) => p.year))].sort((a, b) => b - a));

  async function load(quiet = false): Promise<void> {
    if (!quiet || status.value !== 'ready') status.value = 'loading';
    try {
      periods.value = await adminApi.listPeriods();
      status.value = 'ready';
    } catch (error) {
      errorCode.value = error instanceof ApiRequestError ? error.code : 'UNKNOWN';
      status.value = 'error';
    }
  }

  async function afterChange<T>(result: SaveResult<T>): Promise<SaveResult<T>> {
    if (result.ok) {
      await load(true);
      void useReferenceDataStore().load();
    }
    return result;
  }

  const create = async (body: PeriodCreateBody): Promise<SaveResult<ReportingPeriodDetailDto>> =>
    afterChange(await attemptSave(() => adminApi.createPeriod(body)));
  const update = async (id: string, body: PeriodUpdateBody): Promise<SaveResult<ReportingPeriodDetailDto>> =>
    afterChange(await attemptSave(() => adminApi.updatePeriod(id, body)));

  const byId = (id: string): ReportingPeriodDetailDto | undefined => periods.value.find((p) => p.id === id);

  return { periods, years, status, errorCode, load, create, update, byId };
});
