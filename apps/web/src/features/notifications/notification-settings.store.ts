import type { NotificationKind, NotificationSettingsDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiRequestError, errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { apiSettingsErrors, checkSettings, formOf, settingsBody, type FieldErrors, type SettingsForm } from './helpers/settings-form.js';
import { notificationsApi } from './notifications.api.js';

/** How the latest save ended: saved, refused as stale (the settings were reloaded), or failed with a code. */
export type SaveOutcome = { kind: 'saved' } | { kind: 'changed' } | { kind: 'failed'; code: string };

/**
 * The signed-in user's e-mail settings (`/api/account/notifications`): their address and the kinds
 * of notification that also reach them by e-mail, edited in `form` and saved with the version they
 * were read at. A save the API refuses as stale (409) reloads the stored settings into the form.
 */
export const useNotificationSettingsStore = defineStore('notification-settings', () => {
  const settings = ref<NotificationSettingsDto | null>(null);
  const form = ref<SettingsForm>({ email: '', emailKinds: [] });
  const loading = useLoadState();
  const saving = ref(false);
  const errors = ref<FieldErrors>({});
  const outcome = ref<SaveOutcome | null>(null);

  function show(answer: NotificationSettingsDto): void {
    settings.value = answer;
    form.value = formOf(answer);
    errors.value = {};
  }

  /** Loads the stored settings into the form (what was typed and not saved is dropped). */
  function load(): Promise<boolean> {
    return loading.run((signal) => notificationsApi.settings(signal), show, { key: 'settings' });
  }

  function setEmail(email: string): void {
    form.value = { ...form.value, email };
  }

  function setKind(kind: NotificationKind, chosen: boolean): void {
    const others = form.value.emailKinds.filter((k) => k !== kind);
    form.value = { ...form.value, emailKinds: chosen ? [...others, kind] : others };
  }

  /**
   * Checks the form with the domain's rules, then saves it. Field errors (the check's or the API's)
   * go under their fields; a stale version reloads the settings and says so. True when saved.
   */
  async function save(): Promise<boolean> {
    const current = settings.value;
    if (!current || saving.value) return false;
    outcome.value = null;
    const body = settingsBody(form.value, current);
    errors.value = checkSettings(body);
    if (Object.keys(errors.value).length > 0) return false;
    saving.value = true;
    try {
      show(await notificationsApi.saveSettings(body));
      outcome.value = { kind: 'saved' };
      return true;
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'VALIDATION_FAILED' && error.details.length > 0) {
        errors.value = apiSettingsErrors(error.details, body.emailKinds);
      } else if (error instanceof ApiRequestError && error.code === 'VERSION_CONFLICT') {
        outcome.value = { kind: 'changed' };
        await load();
      } else {
        outcome.value = { kind: 'failed', code: errorCodeOf(error) };
      }
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { settings, form, status: loading.status, errorCode: loading.errorCode, saving, errors, outcome, load, setEmail, setKind, save };
});
