import { ref, type Ref } from 'vue';
import type { z } from 'zod';
import { ApiRequestError } from '../../../shared/http/http.js';
import { errorsOfIssues, errorsOfRefusal, type FormErrors } from './form-errors.js';

/**
 * One account form's sending: the shared contract checks it first (so the messages are those the
 * API would answer), then `send` runs once at a time, and a refusal lands next to its fields.
 * `submit` resolves to the answer, or to null when nothing was sent or the API refused.
 */
export function useAccountForm<S extends z.ZodType, R>(
  schema: S,
  send: (body: z.output<S>) => Promise<R>,
): { errors: Ref<FormErrors>; saving: Ref<boolean>; submit: (form: z.input<S>) => Promise<R | null>; refusedWith: Ref<string | null> } {
  const errors = ref<FormErrors>({});
  const saving = ref(false);
  const refusedWith = ref<string | null>(null);

  async function submit(form: z.input<S>): Promise<R | null> {
    if (saving.value) return null;
    refusedWith.value = null;
    const checked = schema.safeParse(form);
    if (!checked.success) {
      errors.value = errorsOfIssues(checked.error.issues);
      return null;
    }
    errors.value = {};
    saving.value = true;
    try {
      return await send(checked.data);
    } catch (failure) {
      const refusal = failure instanceof ApiRequestError ? failure : { code: 'UNKNOWN', details: [] };
      refusedWith.value = refusal.code;
      errors.value = errorsOfRefusal(refusal);
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { errors, saving, submit, refusedWith };
}
