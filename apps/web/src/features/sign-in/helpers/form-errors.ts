import type { FieldError } from '@cchc/domain';
import type { FieldErrors, FieldMessage, SchemaIssue } from '../../../shared/forms/field-messages.js';

/** Messages per field of the form (its path in the request body); '' holds the form's own. */
export type FormErrors = FieldErrors;
export type { FieldMessage, SchemaIssue };

function add(errors: FormErrors, field: string, message: FieldMessage): FormErrors {
  (errors[field] ??= []).push(message);
  return errors;
}

/**
 * The message for one issue of the account contracts, checked before sending so the person sees
 * the rule the API applies, in their language. The refinements are told apart by their path.
 *
 * @example
 * issueMessage({ code: 'too_small', path: ['newPassword'], minimum: 8 }) // { key: 'minLength', params: { min: 8 } }
 * issueMessage({ code: 'custom', path: ['confirmPassword'] }) // { key: 'mismatch' }
 */
export function issueMessage(issue: SchemaIssue): FieldMessage {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'minLength', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'maxLength', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: 'usernameChars' };
    case 'custom':
      return field === 'confirmPassword' ? { key: 'mismatch' } : { key: 'sameAsCurrent' };
    default:
      return { key: 'required' };
  }
}

/** The issues of a failed check before sending, grouped by field. */
export function errorsOfIssues(issues: readonly SchemaIssue[]): FormErrors {
  return issues.reduce<FormErrors>((errors, issue) => add(errors, issue.path.map(String).join('.'), issueMessage(issue)), {});
}

/** What the API refused, as the error code and field details it answered with. */
export interface Refusal {
  code: string;
  details: readonly FieldError[];
}

const FIELD_OF_CODE: Record<string, [string, string]> = {
  WRONG_PASSWORD: ['currentPassword', 'wrongPassword'],
  SETUP_CODE_INVALID: ['setupCode', 'setupCodeInvalid'],
};
const FORM_MESSAGE_OF_CODE: Record<string, string> = {
  SETUP_LOCKED: 'setupLocked',
  SETUP_DONE: 'setupDone',
  VERSION_CONFLICT: 'changedMeanwhile',
};

/**
 * The API's refusal, next to the fields it names: a wrong current password or setup code, a
 * taken username, any field the contract refused; anything else is the form's own message.
 *
 * @example
 * errorsOfRefusal({ code: 'WRONG_PASSWORD', details: [{ path: 'body.currentPassword', message: 'Not the current password.' }] })
 * // { currentPassword: [{ key: 'wrongPassword' }] }
 */
export function errorsOfRefusal(refusal: Refusal): FormErrors {
  const known = FIELD_OF_CODE[refusal.code];
  if (known) return add({}, known[0], { key: known[1] });
  const formMessage = FORM_MESSAGE_OF_CODE[refusal.code];
  if (formMessage) return add({}, '', { key: formMessage });
  const fields = refusal.details.filter((d) => d.path.startsWith('body.'));
  if ((refusal.code === 'VALIDATION_FAILED' || refusal.code === 'CONFLICT') && fields.length > 0) {
    return fields.reduce<FormErrors>((errors, detail) => {
      const field = detail.path.slice('body.'.length);
      return add(errors, field, refusal.code === 'CONFLICT' && field === 'username' ? { key: 'usernameTaken' } : { key: 'other', params: { detail: detail.message } });
    }, {});
  }
  return add({}, '', { key: 'unavailable', params: { code: refusal.code } });
}
