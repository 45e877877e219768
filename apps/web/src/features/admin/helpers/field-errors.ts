import type { FieldError } from '@cchc/domain';
import { formatDate } from '../../../shared/format/format-date.js';
import type { FieldErrors, FieldMessage, SchemaIssue } from '../../../shared/forms/field-messages.js';

export type { FieldErrors, FieldMessage, SchemaIssue };

// Refinements of the admin contracts carry their path; the message a person reads depends on it.
const CUSTOM_BY_PATH: Record<string, string> = {
  validTo: 'validToBeforeFrom',
  agencyId: 'agencyForRole',
  windowTo: 'windowOrder',
  deadline: 'deadlineOrder',
};
const PATTERN_BY_PATH: Record<string, string> = { code: 'codeChars', username: 'usernameChars' };
// Fields filled from a list: a missing value is "choose one", not "type something".
const CHOSEN = new Set(['successorId', 'agencyId', 'kind', 'role']);

function add(errors: FieldErrors, path: string, message: FieldMessage): void {
  const list = errors[path] ?? (errors[path] = []);
  if (!list.some((m) => m.key === message.key && JSON.stringify(m.params) === JSON.stringify(message.params))) list.push(message);
}

/**
 * The message for one issue of the shared contract, checked before sending so the person sees
 * the same rule the API applies, in their language.
 *
 * @example
 * issueMessage({ code: 'too_small', path: ['password'], minimum: 8, origin: 'string' }) // { key: 'minLength', params: { min: 8 } }
 */
export function issueMessage(issue: SchemaIssue): FieldMessage {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      if (CHOSEN.has(path)) return { key: 'choose' };
      return issue.expected === 'number' || issue.expected === 'int' ? { key: 'wholeNumber' } : { key: 'required' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'choose' };
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'minLength', params: { min: Number(issue.minimum) } };
      return { key: 'minNumber', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string' ? { key: 'maxLength', params: { max: Number(issue.maximum) } } : { key: 'maxNumber', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'regex') {
        const key = PATTERN_BY_PATH[path];
        return key ? { key } : { key: 'other', params: { detail: issue.message ?? '' } };
      }
      return { key: 'date' };
    case 'custom':
      if (path === '') return { key: 'nothingChanged' };
      {
        const key = CUSTOM_BY_PATH[path];
        return key ? { key } : { key: 'other', params: { detail: issue.message ?? '' } };
      }
    default:
      return { key: 'other', params: { detail: issue.message ?? issue.code } };
  }
}

/**
 * Groups the issues of a failed client-side check by field path; whole-form issues go under ''.
 *
 * @example
 * issuesToFieldErrors([{ code: 'invalid_type', path: ['name', 'vi'] }]) // { 'name.vi': [{ key: 'required' }] }
 */
export function issuesToFieldErrors(issues: readonly SchemaIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const message = issueMessage(issue);
    add(errors, issue.path.map(String).join('.'), message);
  }
  return errors;
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;
const withDates = (text: string): string => text.replace(ISO_DATE, (d) => formatDate(d));

/**
 * The message for one field error the API answered with: the known ones in the person's
 * language (dates as dd/mm/yyyy), others with the API's own text.
 *
 * @example
 * apiDetailMessage('Already in use.') // { key: 'taken' }
 */
export function apiDetailMessage(message: string): FieldMessage {
  const exact: Record<string, string> = {
    'Already in use.': 'taken',
    'Used by another agency in this period.': 'codeUsed',
    'No such agency.': 'noAgency',
    'Must be another agency.': 'notSelf',
    'One period of each standard kind a year.': 'periodExists',
    'Not on your own account.': 'ownAccount',
  };
  const key = exact[message];
  if (key) return { key };
  const notExisting = /^(.+) exists from (\S+) to (\S+): it must exist on (\S+)\.$/.exec(message);
  if (notExisting) {
    const [, code = '', from = '', to = '', day = ''] = notExisting;
    if (to === 'today') return { key: 'existsOnlyFrom', params: { code, from: formatDate(from), day: formatDate(day) } };
    return { key: 'successorNotExisting', params: { code, from: formatDate(from), to: formatDate(to), day: formatDate(day) } };
  }
  const tooYoung = /^(.+) exists only from (\S+): it must have existed before (\S+)\.$/.exec(message);
  if (tooYoung) {
    const [, code = '', from = '', day = ''] = tooYoung;
    return { key: 'predecessorTooYoung', params: { code, from: formatDate(from), day: formatDate(day) } };
  }
  const cover = /^Must cover (.+)\.$/.exec(message);
  if (cover) return { key: 'reportsOutside', params: { dates: withDates(cover[1] ?? '') } };
  if (message.startsWith('Must keep windowFrom <= windowTo')) return { key: 'windowOrder' };
  if (message.startsWith('Must keep windowTo <= deadline')) return { key: 'deadlineOrder' };
  return { key: 'other', params: { detail: withDates(message) } };
}

/**
 * Groups the API's field errors by the field they name in the request body (`body.name.vi` ->
 * `name.vi`); errors about the query or path go under ''.
 *
 * @example
 * apiFieldErrors([{ path: 'body.username', message: 'Already in use.' }]) // { username: [{ key: 'taken' }] }
 */
export function apiFieldErrors(details: readonly FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of details) {
    const path = detail.path.startsWith('body.') ? detail.path.slice('body.'.length) : '';
    add(errors, path, apiDetailMessage(detail.message));
  }
  return errors;
}

/** The messages of one field, `[]` when it has none. */
export function messagesFor(errors: FieldErrors | null | undefined, path: string): FieldMessage[] {
  return errors?.[path] ?? [];
}
