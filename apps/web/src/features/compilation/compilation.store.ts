import type { CompilationRefreshResponse, CompilationResponse } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ApiRequestError, errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { compilationApi } from './compilation.api.js';
import { NO_EDITS, pendingContent, remainingEdits, type CompilationEdits } from './helpers/compilation-edits.js';

/**
 * The province's compiled report of one period: loading it (or learning there is none yet),
 * compiling, what Home Affairs types (kept until saved, and through a reload after someone else's
 * change), saving with the version read, and refreshing the figures.
 */
export const useCompilationStore = defineStore('compilation', () => {
  const compilation = ref<CompilationResponse | null>(null);
  const loading = useLoadState();
  const edits = ref<CompilationEdits>(NO_EDITS);
  const busy = ref<'compile' | 'save' | 'refresh' | null>(null);
  const actionError = ref<string | null>(null);
  const conflict = ref(false);
  const lastRefresh = ref<Pick<CompilationRefreshResponse, 'reports' | 'totals'> | null>(null);

  /** The unit of each indicator, to read the values Home Affairs states. */
  const units = computed(() => Object.fromEntries((compilation.value?.set?.indicators ?? []).map((indicator) => [indicator.code, indicator.unit])));
  const pending = computed(() => (compilation.value ? pendingContent(compilation.value.content, edits.value, units.value) : null));

  /** Loads the period's compiled report; null when the period has none yet. */
  async function open(periodId: string): Promise<void> {
    lastRefresh.value = null;
    await loading.run(
      async (signal) => {
        const [summary] = await compilationApi.list(periodId, signal);
        return summary ? compilationApi.get(summary.id, signal) : null;
      },
      (answer) => {
        if (answer?.id !== compilation.value?.id) edits.value = NO_EDITS;
        compilation.value = answer;
        conflict.value = false;
      },
    );
  }

  async function act<T>(kind: 'compile' | 'save' | 'refresh', work: () => Promise<T>): Promise<T | null> {
    busy.value = kind;
    actionError.value = null;
    try {
      return await work();
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'VERSION_CONFLICT') conflict.value = true;
      else actionError.value = errorCodeOf(error);
      return null;
    } finally {
      busy.value = null;
    }
  }

  async function compile(periodId: string, includeSubmitted: boolean): Promise<void> {
    const created = await act('compile', () => compilationApi.create(periodId, includeSubmitted));
    if (created) {
      compilation.value = created;
      edits.value = NO_EDITS;
    }
  }

  function type(key: string, text: string): void {
    edits.value = { ...edits.value, narratives: { ...edits.value.narratives, [key]: text } };
  }

  function typeStated(code: string, text: string): void {
    edits.value = { ...edits.value, stated: { ...edits.value.stated, [code]: text } };
  }

  function typeTitle(title: string): void {
    edits.value = { ...edits.value, title };
  }

  async function save(): Promise<void> {
    const current = compilation.value;
    const content = pending.value;
    if (!current || !content) return;
    const saved = await act('save', () => compilationApi.patch(current.id, { version: current.version, content }));
    if (saved) {
      compilation.value = saved;
      edits.value = remainingEdits(saved.content, edits.value);
    }
  }

  /** Loads someone else's change; what this person typed stays on screen, to save over it. */
  async function reload(): Promise<void> {
    const current = compilation.value;
    if (!current) return;
    const fresh = await act('save', () => compilationApi.get(current.id));
    if (fresh) {
      compilation.value = fresh;
      conflict.value = false;
    }
  }

  async function refresh(): Promise<void> {
    const current = compilation.value;
    if (!current) return;
    const answer = await act('refresh', () => compilationApi.refresh(current.id, current.version));
    if (answer) {
      compilation.value = answer.compilation;
      lastRefresh.value = { reports: answer.reports, totals: answer.totals };
    }
  }

  return { compilation, status: loading.status, errorCode: loading.errorCode, edits, pending, busy, actionError, conflict, lastRefresh, open, compile, type, typeStated, typeTitle, save, reload, refresh };
});
