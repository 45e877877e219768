import type { AdminAuditEntryDto, AdminEntityType } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi } from './admin.api.js';
import { ApiRequestError } from '../../shared/http/http.js';
import type { LoadStatus } from '../../shared/reference-data/reference-data.store.js';

/** The most recent changes administrators made, optionally of one kind of record. */
export const useAdminAuditStore = defineStore('admin-audit', () => {
  const entries = ref<AdminAuditEntryDto[]>([]);
  const entityType = ref<AdminEntityType | ''>('');
  const status = ref<LoadStatus>('idle');
  const errorCode = ref('');
  let request = 0;

  async function load(): Promise<void> {
    const mine = ++request;
    status.value = 'loading';
    try {
      const loaded = await adminApi.listAudit({ entityType: entityType.value || undefined, limit: 100 });
      if (mine !== request) return;
      entries.value = loaded;
      status.value = 'ready';
    } catch (error) {
      if (mine !== request) return;
      errorCode.value = error instanceof ApiRequestError ? error.code : 'UNKNOWN';
      status.value = 'error';
    }
  }

  return { entries, entityType, status, errorCode, load };
});
