import { ReminderLetterBodySchema, SigningSchema, toVietnamDate, type ReminderLetterBody, type Signing, type SigningMode } from '@cchc/domain';
import { ApiRequestError, errorCodeOf } from '../../../shared/http/http.js';
import type { FieldMessage } from '../../../shared/forms/field-messages.js';

// The reminder letter's form (công văn đôn đốc): the number and date of issue from Home Affairs'
// register, the day the reports are asked for by, and who signs; checked with the contract the
// API applies before it is sent, and the API's refusals put under the fields they concern.

/** The form as typed; dates are `YYYY-MM-DD` from DateInput, or the text typed when it is not a day. */
export interface LetterForm {
  number: string;
  issuedOn: string;
  /** '' when the letter sets no day (the reports are asked for as soon as possible). */
  replyBy: string;
  mode: SigningMode | '';
  onBehalfOf: string;
  title: string;
  name: string;
}

/** The fields a message can stand under; `agencies` is the list of recipients as a whole. */
export type LetterField = 'agencies' | 'number' | 'issuedOn' | 'replyBy' | 'onBehalfOf' | 'title' | 'name';

/** What is wrong with a letter: per field, per recipient (by agency id), and for the form as a whole. */
export interface LetterErrors {
  fields: Partial<Record<LetterField, FieldMessage>>;
  agencies: Record<string, FieldMessage>;
  form: FieldMessage | null;
}

export const NO_LETTER_ERRORS: LetterErrors = { fields: {}, agencies: {}, form: null };

/** The signature block Home Affairs' letters usually carry: a deputy director signing for the director. */
export const DEFAULT_SIGNER: Signing = { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' };

/** Where the last signer is kept on this device; a `cchc.` key, so it is forgotten at sign-out. */
export const SIGNER_STORAGE_KEY = 'cchc.dashboard.reminderSigner';

/**
 * The signer of the last letter issued on this device, or the usual one; a stored value that is
 * not a signature block (an older format, a hand edit) gives the usual one.
 *
 * @example
 * rememberedSigner(localStorage) // { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' }
 */
export function rememberedSigner(storage: Pick<Storage, 'getItem'>): Signing {
  try {
    const stored = storage.getItem(SIGNER_STORAGE_KEY);
    if (stored === null) return DEFAULT_SIGNER;
    const parsed = SigningSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_SIGNER;
  } catch {
    // Storage disabled, or not JSON: the usual signer.
    return DEFAULT_SIGNER;
  }
}

/** Keeps the signer of a letter issued for the next one. */
export function rememberSigner(storage: Pick<Storage, 'setItem'>, signer: Signing): void {
  try {
    storage.setItem(SIGNER_STORAGE_KEY, JSON.stringify(signer));
  } catch {
    // Storage disabled or full: the next letter starts from the usual signer.
  }
}

/** Today in Vietnam (`YYYY-MM-DD`), whatever the clock of the computer says of its own zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return toVietnamDate(now.toISOString());
}

/** A new letter: issued today, no reply-by day, the signer given. */
export function newLetterForm(today: string, signer: Signing): LetterForm {
  return { number: '', issuedOn: today, replyBy: '', mode: signer.mode ?? '', onBehalfOf: signer.onBehalfOf ?? '', title: signer.title, name: signer.name };
}

const SIGNER_FIELDS: Partial<Record<string, LetterField>> = { onBehalfOf: 'onBehalfOf', title: 'title', name: 'name' };

/** The message of a signer's field, which can only be wrong by being left empty. */
const SIGNER_REQUIRED = { onBehalfOf: 'onBehalfOfRequired', title: 'titleRequired', name: 'nameRequired' } as const;

/** One issue the contract finds in a letter's body. */
type ContractIssue = NonNullable<ReturnType<typeof ReminderLetterBodySchema.safeParse>['error']>['issues'][number];

/** The message of an issue of the contract, for the field it concerns (a limit as the contract sets it). */
function issueMessage(field: LetterField, issue: ContractIssue, form: LetterForm): FieldMessage {
  switch (field) {
    case 'agencies':
      if (issue.code === 'too_big') return { key: 'tooMany', params: { max: Number(issue.maximum) } };
      return issue.code === 'custom' ? { key: 'agencyTwice' } : { key: 'noAgency' };
    case 'number':
      return form.number.trim() === '' ? { key: 'numberRequired' } : { key: 'numberFormat' };
    case 'issuedOn':
      return form.issuedOn.trim() === '' ? { key: 'dateRequired' } : { key: 'date' };
    case 'replyBy':
      // The contract's own check: the reply-by day is not before the day of issue.
      return issue.code === 'custom' ? { key: 'replyBeforeIssue' } : { key: 'date' };
    case 'onBehalfOf':
    case 'title':
    case 'name':
      return { key: SIGNER_REQUIRED[field] };
  }
}

/** The field a path of the body names (`signer.title` → `title`), null for the form as a whole. */
function fieldOfPath(path: readonly PropertyKey[]): LetterField | null {
  const [first, second] = path.map(String);
  if (first === 'agencyIds') return 'agencies';
  if (first === 'number' || first === 'issuedOn' || first === 'replyBy') return first;
  if (first === 'signer') return SIGNER_FIELDS[second ?? ''] ?? 'title';
  return null;
}

/**
 * The body of `POST /api/reminder-letters` from the form, checked with the API's contract; with
 * what is wrong, field by field, when it does not pass. A reply-by day before the day of issue
 * is refused here too: the letter would ask for what is already late.
 *
 * @example
 * letterBody(periodId, [sngvId], { number: '152', issuedOn: '2025-09-22', replyBy: '', mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' })
 * // { body: { periodId, agencyIds: [sngvId], number: '152', issuedOn: '2025-09-22', replyBy: null, signer: { mode: 'KT.', … } }, errors: NO_LETTER_ERRORS }
 */
export function letterBody(periodId: string, agencyIds: readonly string[], form: LetterForm): { body: ReminderLetterBody | null; errors: LetterErrors } {
  const mode = form.mode === '' ? null : form.mode;
  const candidate = {
    periodId,
    agencyIds: [...agencyIds],
    number: form.number.trim(),
    issuedOn: form.issuedOn.trim(),
    signer: { mode, onBehalfOf: mode ? form.onBehalfOf.trim() : null, title: form.title.trim(), name: form.name.trim() },
    replyBy: form.replyBy.trim() === '' ? null : form.replyBy.trim(),
  };
  const fields: LetterErrors['fields'] = {};
  let formMessage: FieldMessage | null = null;
  const parsed = ReminderLetterBodySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field === null) formMessage ??= { key: 'other', params: { detail: issue.message } };
      else fields[field] ??= issueMessage(field, issue, form);
    }
  }
  if (!fields.issuedOn && !fields.replyBy && candidate.replyBy !== null && candidate.replyBy < candidate.issuedOn) fields.replyBy = { key: 'replyBeforeIssue' };
  const failed = formMessage !== null || Object.keys(fields).length > 0;
  return { body: failed || !parsed.success ? null : parsed.data, errors: failed ? { fields, agencies: {}, form: formMessage } : NO_LETTER_ERRORS };
}

/** The message of a refusal of one recipient by the API (its text is English, for developers). */
function agencyMessage(message: string): FieldMessage {
  if (/has submitted its report/.test(message)) return { key: 'agencySubmitted' };
  if (/not expected to report/.test(message)) return { key: 'agencyNotExpected' };
  if (message === 'No such agency.') return { key: 'agencyUnknown' };
  return { key: 'other', params: { detail: message } };
}

/** The message of a refused field (the contract's checks, which the form runs first, or the API's own). */
function detailMessage(field: LetterField, message: string): FieldMessage {
  switch (field) {
    case 'number':
      return { key: 'numberFormat' };
    case 'issuedOn':
    case 'replyBy':
      return { key: 'date' };
    case 'onBehalfOf':
    case 'title':
    case 'name':
      return { key: SIGNER_REQUIRED[field] };
    case 'agencies':
      return { key: 'other', params: { detail: message } };
  }
}

/**
 * Why the API did not issue a letter, put where the reviewer acts on it: a number already used
 * this year under the number; a recipient that submitted meanwhile (or is not expected) beside
 * that agency, by the index of its id in `agencyIds` as sent; other refusals for the whole form,
 * as the reason's key (`failed`, with the API's code to say it in words) or a known case.
 *
 * @example
 * letterFailure(new ApiRequestError(409, 'REMINDER_LETTER_NUMBER_TAKEN', '…', [{ path: 'body.number', message: '…' }]), ids)
 * // { fields: { number: { key: 'numberTaken' } }, agencies: {}, form: null }
 */
export function letterFailure(error: unknown, agencyIds: readonly string[]): LetterErrors {
  if (!(error instanceof ApiRequestError)) return { ...NO_LETTER_ERRORS, form: { key: 'failed', params: { code: errorCodeOf(error) } } };
  if (error.code === 'REMINDER_LETTER_NUMBER_TAKEN') return { fields: { number: { key: 'numberTaken' } }, agencies: {}, form: null };
  if (error.code === 'FORBIDDEN') return { ...NO_LETTER_ERRORS, form: { key: 'forbidden' } };
  if (error.code !== 'VALIDATION_FAILED') return { ...NO_LETTER_ERRORS, form: { key: 'failed', params: { code: error.code } } };
  const fields: LetterErrors['fields'] = {};
  const agencies: LetterErrors['agencies'] = {};
  let form: FieldMessage | null = null;
  for (const detail of error.details) {
    const path = detail.path.startsWith('body.') ? detail.path.slice('body.'.length).split('.') : [];
    const agencyId = path[0] === 'agencyIds' && path[1] !== undefined ? agencyIds[Number(path[1])] : undefined;
    if (agencyId !== undefined) {
      agencies[agencyId] ??= agencyMessage(detail.message);
      continue;
    }
    const field = fieldOfPath(path);
    if (field === null) form ??= path[0] === 'periodId' ? { key: 'noPeriod' } : { key: 'other', params: { detail: detail.message } };
    else fields[field] ??= detailMessage(field, detail.message);
  }
  if (form === null && Object.keys(fields).length === 0 && Object.keys(agencies).length === 0) form = { key: 'failed', params: { code: error.code } };
  return { fields, agencies, form };
}

/** Whether a letter has anything wrong with it. */
export function hasLetterErrors(errors: LetterErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0 || Object.keys(errors.agencies).length > 0;
}

/** The form's key behind each field a message can stand under (the recipients have none). */
const FORM_KEY: Record<Exclude<LetterField, 'agencies'>, keyof LetterForm> = {
  number: 'number',
  issuedOn: 'issuedOn',
  replyBy: 'replyBy',
  onBehalfOf: 'onBehalfOf',
  title: 'title',
  name: 'name',
};

/**
 * What of the API's refusal still stands once the reviewer edits the form: a field's message goes
 * as soon as the field differs from what was sent (a new number for one already used); the
 * recipients' messages and the form's stay until the next attempt.
 */
export function standingErrors(errors: LetterErrors, sent: LetterForm, form: LetterForm): LetterErrors {
  const fields: LetterErrors['fields'] = {};
  for (const [field, message] of Object.entries(errors.fields) as [LetterField, FieldMessage][]) {
    if (field === 'agencies' || sent[FORM_KEY[field]] === form[FORM_KEY[field]]) fields[field] = message;
  }
  return { fields, agencies: errors.agencies, form: errors.form };
}

/** The form's own check and the API's refusal together; the form's message first where both speak of a field. */
export function mergeLetterErrors(check: LetterErrors, server: LetterErrors): LetterErrors {
  if (!hasLetterErrors(server)) return check;
  if (!hasLetterErrors(check)) return server;
  return { fields: { ...server.fields, ...check.fields }, agencies: { ...server.agencies, ...check.agencies }, form: check.form ?? server.form };
}
