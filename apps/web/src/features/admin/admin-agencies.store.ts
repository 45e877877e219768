import type { AgencyCreateBody, AgencyDetailDto, AgencySuccessionBody, AgencyUpdateBody } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi } from './admin.api.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';

/**
 * Agencies as administrators manage them: with versions, predecessors and successors. After a
 * change the list is reloaded (a succession changes two agencies) and so are the reference data
 * every other screen labels with.
 */
export const useAdminAgenciesStore = defineStore('admin-agencies', () => {
  const agencies = ref<AgencyDetailDto[]>([]);
  const loading = useLoadState();

  /** Loads the list; `quiet` keeps the table on screen while it refreshes. */
  async function load(quiet = false): Promise<void> {
    await loading.run((signal) => adminApi.listAgencies(signal), (loaded) => (agencies.value = loaded), { quiet });
  }

  async function ensureLoaded(): Promise<void> {
    if (loading.status.value === 'idle' || loading.status.value === 'error') await load();
  }

  async function afterChange<T>(result: SaveResult<T>): Promise<SaveResult<T>> {
    if (result.ok) {
      await load(true);
      void useReferenceDataStore().load();
    }
    return result;
  }

  const create = async (body: AgencyCreateBody): Promise<SaveResult<AgencyDetailDto>> =>
    afterChange(await attemptSave(() => adminApi.createAgency(body)));
  const update = async (id: string, body: AgencyUpdateBody): Promise<SaveResult<AgencyDetailDto>> =>
    afterChange(await attemptSave(() => adminApi.updateAgency(id, body)));
  const addSuccessor = async (id: string, body: AgencySuccessionBody): Promise<SaveResult<AgencyDetailDto>> =>
    afterChange(await attemptSave(() => adminApi.addSuccessor(id, body)));

  const byId = (id: string): AgencyDetailDto | undefined => agencies.value.find((a) => a.id === id);

  return { agencies, status: loading.status, errorCode: loading.errorCode, load, ensureLoaded, create, update, addSuccessor, byId };
});
