import {
  EmailAddressSchema,
  NotificationSettingsBodySchema,
  type FieldError,
  type NotificationKind,
  type NotificationSettingsBody,
  type NotificationSettingsDto,
} from '@cchc/domain';
import type { FieldErrors, FieldMessage } from '../../../shared/forms/field-messages.js';

export type { FieldErrors, FieldMessage };

/** What the e-mail settings form holds while it is edited. */
export interface SettingsForm {
  email: string;
  emailKinds: NotificationKind[];
}

/** The field of the form an error of a chosen kind goes under: its own checkbox. */
export const kindField = (kind: NotificationKind): string => `emailKinds.${kind}`;

/** The form filled from the stored settings: no address reads as an empty field. */
export function formOf(settings: NotificationSettingsDto): SettingsForm {
  return { email: settings.email ?? '', emailKinds: settings.availableKinds.filter((kind) => settings.emailKinds.includes(kind)) };
}

/**
 * The body of `PUT /api/account/notifications`: the address as typed without its spaces ('' for
 * none), the kinds in the order the page offers them, and the version the form was filled from.
 */
export function settingsBody(form: SettingsForm, settings: Pick<NotificationSettingsDto, 'availableKinds' | 'version'>): NotificationSettingsBody {
  const chosen = new Set(form.emailKinds);
  // A kind no longer offered (the role changed meanwhile) is sent as well: the API says it is refused.
  const extra = form.emailKinds.filter((kind) => !settings.availableKinds.includes(kind));
  return { email: form.email.trim(), emailKinds: [...settings.availableKinds.filter((kind) => chosen.has(kind)), ...extra], version: settings.version };
}

function add(errors: FieldErrors, path: string, message: FieldMessage): void {
  const list = errors[path] ?? (errors[path] = []);
  if (!list.some((m) => m.key === message.key)) list.push(message);
}

/** The field a path of the body names: `email`, a kind's checkbox, or '' for the form as a whole. */
function fieldOf(path: readonly string[], kinds: readonly NotificationKind[]): string {
  if (path[0] === 'email') return 'email';
  if (path[0] === 'emailKinds') {
    const kind = kinds[Number(path[1])];
    return kind ? kindField(kind) : 'emailKinds';
  }
  return '';
}

/**
 * Checks the body with the domain's own schemas before it is sent, so the person reads the rule
 * the API applies under the field it is about. No errors: `{}`.
 *
 * @example
 * checkSettings({ email: 'ten.canbo', emailKinds: [], version: 1 }) // { email: [{ key: 'email' }] }
 */
export function checkSettings(body: NotificationSettingsBody): FieldErrors {
  const errors: FieldErrors = {};
  const email = body.email?.trim() ?? '';
  if (email !== '') {
    const parsed = EmailAddressSchema.safeParse(email);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      add(errors, 'email', issue.code === 'too_big' ? { key: 'emailTooLong', params: { max: Number(issue.maximum) } } : { key: 'email' });
    }
  }
  if (Object.keys(errors).length > 0) return errors;
  const whole = NotificationSettingsBodySchema.safeParse(body);
  for (const issue of whole.success ? [] : whole.error.issues) {
    const field = fieldOf(issue.path.map(String), body.emailKinds);
    add(errors, field, field.startsWith('emailKinds') ? { key: 'kind' } : field === 'email' ? { key: 'email' } : { key: 'other', params: { detail: issue.message } });
  }
  return errors;
}

/**
 * The API's field errors (400 VALIDATION_FAILED) under the field each names: `body.email` under the
 * address, `body.emailKinds.1` under the checkbox of the second kind sent (`sent`), anything else
 * for the form as a whole.
 *
 * @example
 * apiSettingsErrors([{ path: 'body.emailKinds.1', message: 'SUBMITTED never reaches a reporter.' }], ['RETURNED', 'SUBMITTED'])
 * // { 'emailKinds.SUBMITTED': [{ key: 'kind' }] }
 */
export function apiSettingsErrors(details: readonly FieldError[], sent: readonly NotificationKind[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of details) {
    const path = detail.path.startsWith('body.') ? detail.path.slice('body.'.length).split('.') : [];
    const field = fieldOf(path, sent);
    if (field === 'email') add(errors, field, { key: 'email' });
    else if (field.startsWith('emailKinds')) add(errors, field, { key: 'kind' });
    else add(errors, '', { key: 'other', params: { detail: detail.message } });
  }
  return errors;
}
