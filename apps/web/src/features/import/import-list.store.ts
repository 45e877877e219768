import type { ImportSummary } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { fileProblem, pendingFirst } from './helpers/import-files.js';
import { importApi } from './import.api.js';

/** One file chosen for upload and how far it got: sent, read by the server, or refused (with the code). */
export interface UploadItem {
  key: string;
  file: File;
  state: 'waiting' | 'uploading' | 'reading' | 'done' | 'failed';
  /** Share of the bytes sent, 0 to 1. */
  progress: number;
  importId: string | null;
  errorCode: string | null;
}

let nextKey = 0;

/**
 * The imports the user may see (pending first) and the files being uploaded. Each file goes in
 * a request of its own, one after the other, so each shows its own progress and a file the
 * server cannot read never holds back the others; files the API would refuse (format, size)
 * are refused here before anything is sent.
 */
export const useImportListStore = defineStore('import-list', () => {
  const items = ref<ImportSummary[]>([]);
  const loading = useLoadState();
  const uploads = ref<UploadItem[]>([]);
  const uploading = ref(false);
  /** The imports uploaded since the page opened, marked in the list. */
  const fresh = ref<string[]>([]);

  const sorted = computed(() => pendingFirst(items.value));

  async function load(): Promise<void> {
    await loading.run((signal) => importApi.list(signal), (answer) => (items.value = answer.items), { quiet: true });
  }

  function add(files: readonly File[]): void {
    const added = files.map((file): UploadItem => {
      const problem = fileProblem(file);
      return { key: `upload-${nextKey++}`, file, state: problem ? 'failed' : 'waiting', progress: 0, importId: null, errorCode: problem };
    });
    uploads.value = [...uploads.value, ...added];
  }

  function remove(key: string): void {
    uploads.value = uploads.value.filter((item) => item.key !== key || item.state === 'uploading' || item.state === 'reading');
  }

  /** Forgets the files that are done with (read or refused). */
  function clear(): void {
    uploads.value = uploads.value.filter((item) => item.state === 'waiting' || item.state === 'uploading' || item.state === 'reading');
  }

  function patch(key: string, change: Partial<UploadItem>): void {
    uploads.value = uploads.value.map((item) => (item.key === key ? { ...item, ...change } : item));
  }

  /** Sends the waiting files one by one, then loads the list with the new imports in it. */
  async function send(): Promise<void> {
    if (uploading.value) return;
    uploading.value = true;
    try {
      for (const item of uploads.value.filter((u) => u.state === 'waiting')) {
        patch(item.key, { state: 'uploading', progress: 0, errorCode: null });
        try {
          const answer = await importApi.upload([item.file], (sent) => patch(item.key, sent >= 1 ? { progress: 1, state: 'reading' } : { progress: sent }));
          const created = answer.items[0];
          patch(item.key, { state: 'done', progress: 1, importId: created?.id ?? null });
          if (created) {
            fresh.value = [...fresh.value, created.id];
            // Shown at once, before the list is loaded again.
            const { extraction: _text, ...summary } = created;
            items.value = [{ ...summary, title: created.extraction.draft.title, agencyCode: created.extraction.draft.agencyCode }, ...items.value.filter((i) => i.id !== created.id)];
          }
        } catch (error) {
          patch(item.key, { state: 'failed', errorCode: errorCodeOf(error) });
        }
      }
    } finally {
      uploading.value = false;
    }
    await load();
  }

  return { items, sorted, status: loading.status, errorCode: loading.errorCode, uploads, uploading, fresh, load, add, remove, clear, send };
});
