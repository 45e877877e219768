import type { PeriodCreateBody, PeriodUpdateBody, ReportingPeriodDetailDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { adminApi } from './admin.api.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';

/** Reporting periods with their versions; deadlines and grace days as administrators set them. */
export const useAdminPeriodsStore = defineStore('admin-periods', () => {
  const periods = ref<ReportingPeriodDetailDto[]>([]);
  const loading = useLoadState();

  const years = computed(() => [...new Set(periods.value.map((p) => p.year))].sort((a, b) => b - a));

  /** Loads the list; `quiet` keeps the table on screen while it refreshes. */
  async function load(quiet = false): Promise<void> {
    await loading.run((signal) => adminApi.listPeriods(signal), (loaded) => (periods.value = loaded), { quiet });
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

  return { periods, years, status: loading.status, errorCode: loading.errorCode, load, create, update, byId };
});
