import type { ReminderRunResponse, ReminderSettingsBody, ReminderSettingsDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { adminApi } from './admin.api.js';
import { attemptSave, type SaveResult } from './helpers/save-failure.js';
import { useLoadState } from '../../shared/load-state/load-state.js';

/** The deadline reminders as an administrator sees them: the days they go out, the last run, a run now. */
export const useAdminRemindersStore = defineStore('admin-reminders', () => {
  const settings = ref<ReminderSettingsDto | null>(null);
  const lastRunResult = ref<ReminderRunResponse | null>(null);
  const running = ref(false);
  const runFailure = ref<string | null>(null);
  const loading = useLoadState();

  async function load(quiet = false): Promise<void> {
    await loading.run((signal) => adminApi.getReminders(signal), (loaded) => (settings.value = loaded), { quiet });
  }

  async function save(body: ReminderSettingsBody): Promise<SaveResult<ReminderSettingsDto>> {
    const result = await attemptSave(() => adminApi.updateReminders(body));
    if (result.ok) settings.value = result.value;
    return result;
  }

  /** Runs the job now; its answer is the new last run. */
  async function runNow(): Promise<void> {
    running.value = true;
    runFailure.value = null;
    const result = await attemptSave(() => adminApi.runReminders());
    running.value = false;
    if (result.ok) {
      if (settings.value) settings.value = { ...settings.value, lastRun: { at: result.value.at, sent: result.value.sent, trigger: 'admin' } };
      lastRunResult.value = result.value;
    } else {
      runFailure.value = result.failure.kind === 'failed' ? result.failure.code : result.failure.kind;
    }
  }

  return { settings, lastRunResult, running, runFailure, status: loading.status, errorCode: loading.errorCode, load, save, runNow };
});
