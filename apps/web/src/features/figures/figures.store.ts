import type { PeriodFiguresResponse } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { figuresApi } from './figures.api.js';

/** One period's figures table: every agency's indicator values and the province's totals. */
export const useFiguresStore = defineStore('figures', () => {
  const figures = ref<PeriodFiguresResponse | null>(null);
  const loading = useLoadState();

  async function load(periodId: string, includeSubmitted: boolean): Promise<void> {
    await loading.run(
      (signal) => figuresApi.figures(periodId, includeSubmitted, signal),
      (answer) => (figures.value = answer),
    );
  }

  return { figures, status: loading.status, errorCode: loading.errorCode, load };
});
