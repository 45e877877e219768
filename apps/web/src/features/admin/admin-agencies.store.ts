import type { AgencyCreateBody, AgencyDetailDto, AgencySuccessionBody, AgencyUpdateBody } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi } from './admin.api.js';
import { ApiRequestError } from '../../shared/http/http.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import { useReferenceDataStore, type LoadStatus } from '../../shared/reference-data/reference-data.store.js';

/**
 * Agencies as administrators manage them: with versions, predecessors and successors. After a
 * change the list is reloaded (a succession changes two agencies) and so are the reference data
 * every other screen labels with.
 */
export const useAdminAgenciesStore = defineStore('admin-agencies', () => {
  const agencies = ref<AgencyDetailDto[]>([]);
  const status = ref<LoadStatus>('idle');
  const errorCode = ref('');

  /** Loads the list; `quiet` keeps the table on screen while it refreshes. */
  async function load(quiet = false): Promise<void> {
    if (!quiet || status.value !== 'ready') status.value = 'loading';
    try {
      agencies.value = await adminApi.listAgencies();
      status.value = 'ready';
    } catch (error) {
      errorCode.value = error instanceof ApiRequestError ? error.code : 'UNKNOWN';
      status.value = 'error';
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (status.value === 'idle' || status.value === 'error') await load();
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

  return { agencies, status, errorCode, load, ensureLoaded, create, update, addSuccessor, byId };
});
