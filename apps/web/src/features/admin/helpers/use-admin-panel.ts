import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { Checked } from './admin-forms.js';
import type { FieldErrors } from './field-errors.js';
import { failureFields, type SaveFailure, type SaveResult } from './save-failure.js';

/** What an admin page needs to reload after someone else changed a record. */
export interface AdminPanelOptions<T> {
  /** Fetches the page's records again (`store.load(true)`). */
  load: () => Promise<unknown>;
  /** Called with the saved record once a write went through, before the message is shown. */
  onSaved?: (saved: T) => void;
}

/** The edit/create panel of an admin page: which form is open, its errors and the last message. */
export interface AdminPanel<P, T> {
  /** The open form, or `null`. */
  panel: ShallowRef<P | null>;
  /** Re-mounts the open form (fresh values) after a reload. */
  panelKey: Ref<number>;
  errors: Ref<FieldErrors>;
  failure: Ref<SaveFailure | null>;
  saving: Ref<boolean>;
  /** The message of the last write that went through. */
  done: Ref<string | null>;
  /** Opens `next` with no errors and no message. */
  open: (next: P) => void;
  close: () => void;
  /** Fetches the records again and re-mounts the open form with the values stored now. */
  reload: () => Promise<void>;
  /** Sends a write; on success closes the form with `message`, else shows why. */
  run: (write: () => Promise<SaveResult<T>>, message: (saved: T) => string) => Promise<void>;
  /** Shows the errors of a body that did not pass the checks, or sends it with {@link AdminPanel.run}. */
  submit: <B>(checked: Checked<B>, write: (body: B) => Promise<SaveResult<T>>, message: (saved: T) => string) => Promise<void>;
}

/**
 * The shared state of the admin pages' edit panels.
 *
 * @example
 * const { panel, open, submit } = useAdminPanel<Panel, AgencyDetailDto>({ load: () => store.load(true) });
 * await submit(agencyCreateBody(form), (body) => store.create(body), (saved) => t('admin.agencies.created', { code: saved.code }));
 */
export function useAdminPanel<P, T>(options: AdminPanelOptions<T>): AdminPanel<P, T> {
  const panel = shallowRef<P | null>(null);
  const panelKey = ref(0);
  const errors = ref<FieldErrors>({});
  const failure = ref<SaveFailure | null>(null);
  const saving = ref(false);
  const done = ref<string | null>(null);

  function open(next: P): void {
    panel.value = next;
    errors.value = {};
    failure.value = null;
    done.value = null;
    panelKey.value++;
  }

  function close(): void {
    panel.value = null;
  }

  async function reload(): Promise<void> {
    await options.load();
    errors.value = {};
    failure.value = null;
    panelKey.value++;
  }

  async function run(write: () => Promise<SaveResult<T>>, message: (saved: T) => string): Promise<void> {
    errors.value = {};
    failure.value = null;
    saving.value = true;
    const result = await write();
    saving.value = false;
    if (result.ok) {
      panel.value = null;
      options.onSaved?.(result.value);
      done.value = message(result.value);
    } else {
      failure.value = result.failure;
      errors.value = failureFields(result.failure);
    }
  }

  async function submit<B>(checked: Checked<B>, write: (body: B) => Promise<SaveResult<T>>, message: (saved: T) => string): Promise<void> {
    failure.value = null;
    if (!checked.ok) errors.value = checked.errors;
    else await run(() => write(checked.body), message);
  }

  return { panel, panelKey, errors, failure, saving, done, open, close, reload, run, submit };
}
