import type { AdminAuditEntryDto, AdminEntityType } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi } from './admin.api.js';
import { useLoadState } from '../../shared/load-state/load-state.js';

/** The most recent changes administrators made, optionally of one kind of record. */
export const useAdminAuditStore = defineStore('admin-audit', () => {
  const entries = ref<AdminAuditEntryDto[]>([]);
  const entityType = ref<AdminEntityType | ''>('');
  const loading = useLoadState();

  async function load(): Promise<void> {
    await loading.run(
      (signal) => adminApi.listAudit({ entityType: entityType.value || undefined, limit: 100 }, signal),
      (loaded) => (entries.value = loaded),
    );
  }

  return { entries, entityType, status: loading.status, errorCode: loading.errorCode, load };
});
