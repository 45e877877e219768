import {
  AGENCY_ROLES,
  AgencyCreateBodySchema,
  AgencySuccessionBodySchema,
  AgencyUpdateBodySchema,
  PeriodCreateBodySchema,
  PeriodUpdateBodySchema,
  UserCreateBodySchema,
  UserPasswordResetBodySchema,
  UserUpdateBodySchema,
  type AgencyCreateBody,
  type AgencyDetailDto,
  type AgencyKind,
  type AgencySuccessionBody,
  type AgencyUpdateBody,
  type PeriodCreateBody,
  type PeriodKind,
  type PeriodUpdateBody,
  type ReportingPeriodDetailDto,
  type UserAccountDto,
  type UserCreateBody,
  type UserPasswordResetBody,
  type UserRole,
  type UserUpdateBody,
} from '@cchc/domain';
import type { z } from 'zod';
import { issuesToFieldErrors, type FieldErrors } from './field-errors.js';

// What the admin forms hold (strings, as inputs give them) and the request bodies they become.
// Each body is checked with the same contract the API validates with before it is sent.

/** A body ready to send, or the messages to show next to each field. */
export type Checked<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

/**
 * Checks a body with its contract; the body sent is the one built, not zod's output, so defaults
 * stay the API's business.
 */
export function checkBody<T>(schema: z.ZodType, body: T): Checked<T> {
  const result = schema.safeParse(body);
  return result.success ? { ok: true, body } : { ok: false, errors: issuesToFieldErrors(result.error.issues) };
}

/** '' (an empty input) as absent. */
const orUndefined = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
/** A whole number typed in an input; text that is not one is kept so the check reports it. */
// Vue's v-model gives a number input's value as a number once one is typed.
const toNumber = (value: string | number): number | undefined => (String(value).trim() === '' ? undefined : Number(String(value).trim()));

// ---------------------------------------------------------------------------------------------
// Agencies

export interface AgencyForm {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind | '';
  validFrom: string;
  validTo: string;
}

export function emptyAgencyForm(): AgencyForm {
  return { code: '', nameVi: '', nameEn: '', kind: 'department', validFrom: '', validTo: '' };
}

export function agencyFormOf(agency: AgencyDetailDto): AgencyForm {
  return {
    code: agency.code,
    nameVi: agency.name.vi,
    nameEn: agency.name.en,
    kind: agency.kind,
    validFrom: agency.validFrom,
    validTo: agency.validTo ?? '',
  };
}

/**
 * `POST /api/agencies` from the form; an empty end date means the agency still exists.
 *
 * @example
 * agencyCreateBody({ code: 'SNNMT', nameVi: 'Sở Nông nghiệp và Môi trường', nameEn: '…', kind: 'department', validFrom: '2025-03-01', validTo: '' })
 * // { ok: true, body: { code: 'SNNMT', name: { vi: …, en: … }, kind: 'department', validFrom: '2025-03-01', validTo: null } }
 */
export function agencyCreateBody(form: AgencyForm): Checked<AgencyCreateBody> {
  const body = {
    code: form.code.trim(),
    name: { vi: form.nameVi.trim(), en: form.nameEn.trim() },
    kind: form.kind,
    validFrom: orUndefined(form.validFrom),
    validTo: orUndefined(form.validTo) ?? null,
  } as AgencyCreateBody;
  return checkBody(AgencyCreateBodySchema, body);
}

/** `PATCH /api/agencies/:id`: only what changed, with the version the form was opened from. */
export function agencyUpdateBody(form: AgencyForm, agency: AgencyDetailDto): Checked<AgencyUpdateBody> {
  const code = form.code.trim();
  const name = { vi: form.nameVi.trim(), en: form.nameEn.trim() };
  const validFrom = orUndefined(form.validFrom);
  const validTo = orUndefined(form.validTo) ?? null;
  const body = {
    version: agency.version,
    ...(code !== agency.code && { code }),
    ...((name.vi !== agency.name.vi || name.en !== agency.name.en) && { name }),
    ...(form.kind !== agency.kind && { kind: form.kind }),
    ...(validFrom !== agency.validFrom && { validFrom }),
    ...(validTo !== agency.validTo && { validTo }),
  } as AgencyUpdateBody;
  // A cleared start date is not "no change": report it as a missing field.
  if (validFrom === undefined) return { ok: false, errors: { validFrom: [{ key: 'required' }] } };
  return checkBody(AgencyUpdateBodySchema, body);
}

export interface SuccessionForm {
  successorId: string;
  effectiveOn: string;
  note: string;
  closePredecessor: boolean;
}

export function emptySuccessionForm(): SuccessionForm {
  return { successorId: '', effectiveOn: '', note: '', closePredecessor: true };
}

/** `POST /api/agencies/:id/successors` from the form, made from the predecessor's `version`. */
export function successionBody(form: SuccessionForm, version: number): Checked<AgencySuccessionBody> {
  const body = {
    successorId: orUndefined(form.successorId),
    effectiveOn: orUndefined(form.effectiveOn),
    note: orUndefined(form.note) ?? null,
    closePredecessor: form.closePredecessor,
    version,
  } as AgencySuccessionBody;
  return checkBody(AgencySuccessionBodySchema, body);
}

// ---------------------------------------------------------------------------------------------
// Users

/** Reporters and approvers belong to an agency; reviewers and admins to none. */
export function roleNeedsAgency(role: UserRole | ''): boolean {
  return role !== '' && AGENCY_ROLES.includes(role);
}

export interface UserForm {
  username: string;
  displayName: string;
  role: UserRole | '';
  agencyId: string;
  password: string;
}

export function emptyUserForm(): UserForm {
  return { username: '', displayName: '', role: 'reporter', agencyId: '', password: '' };
}

export function userFormOf(user: UserAccountDto): UserForm {
  return { username: user.username, displayName: user.displayName, role: user.role, agencyId: user.agencyId ?? '', password: '' };
}

/**
 * `POST /api/users` from the form; the agency is sent only for the roles that have one, so a
 * choice left over from switching the role is not sent.
 */
export function userCreateBody(form: UserForm): Checked<UserCreateBody> {
  const body = {
    username: form.username.trim(),
    password: form.password,
    displayName: form.displayName.trim(),
    role: form.role === '' ? undefined : form.role,
    agencyId: roleNeedsAgency(form.role) ? orUndefined(form.agencyId) : null,
  } as UserCreateBody;
  const checked = checkBody(UserCreateBodySchema, body);
  // An agency role without an agency: say "choose one" at the agency field.
  if (roleNeedsAgency(form.role) && body.agencyId === undefined) {
    const errors = checked.ok ? {} : checked.errors;
    return { ok: false, errors: { ...errors, agencyId: [{ key: 'choose' }] } };
  }
  return checked;
}

/** `PATCH /api/users/:id`: display name, role and agency as changed (the username is fixed). */
export function userUpdateBody(form: UserForm, user: UserAccountDto): Checked<UserUpdateBody> {
  const displayName = form.displayName.trim();
  const agencyId = roleNeedsAgency(form.role) ? (orUndefined(form.agencyId) ?? null) : null;
  if (roleNeedsAgency(form.role) && agencyId === null) return { ok: false, errors: { agencyId: [{ key: 'choose' }] } };
  const body = {
    version: user.version,
    ...(displayName !== user.displayName && { displayName }),
    ...(form.role !== user.role && { role: form.role }),
    ...(agencyId !== user.agencyId && { agencyId }),
  } as UserUpdateBody;
  return checkBody(UserUpdateBodySchema, body);
}

/** `PATCH /api/users/:id` deactivating or reactivating the account. */
export function userActiveBody(user: UserAccountDto, active: boolean): UserUpdateBody {
  return { version: user.version, active };
}

/** `POST /api/users/:id/password`. */
export function passwordResetBody(password: string, version: number): Checked<UserPasswordResetBody> {
  return checkBody(UserPasswordResetBodySchema, { password, version });
}

// ---------------------------------------------------------------------------------------------
// Periods

export interface PeriodCreateForm {
  kind: PeriodKind;
  year: string;
  titleVi: string;
  titleEn: string;
  windowFrom: string;
  windowTo: string;
  deadline: string;
  graceDays: string;
}

export function emptyPeriodCreateForm(year: number): PeriodCreateForm {
  return { kind: 'Q1', year: String(year), titleVi: '', titleEn: '', windowFrom: '', windowTo: '', deadline: '', graceDays: '0' };
}

/**
 * `POST /api/periods`: a standard kind sends its year (and a deadline only when one is typed:
 * the domain's default otherwise); an ad hoc one its title and every date.
 */
export function periodCreateBody(form: PeriodCreateForm): Checked<PeriodCreateBody> {
  const year = toNumber(form.year);
  const graceDays = toNumber(form.graceDays);
  const body =
    form.kind === 'ADHOC'
      ? {
          kind: form.kind,
          year,
          title: { vi: form.titleVi.trim(), en: form.titleEn.trim() },
          windowFrom: orUndefined(form.windowFrom),
          windowTo: orUndefined(form.windowTo),
          deadline: orUndefined(form.deadline),
          graceDays,
        }
      : { kind: form.kind, year, ...(orUndefined(form.deadline) !== undefined && { deadline: orUndefined(form.deadline) }), graceDays };
  return checkBody(PeriodCreateBodySchema, body as PeriodCreateBody);
}

export interface PeriodEditForm {
  deadline: string;
  graceDays: string;
}

export function periodEditFormOf(period: ReportingPeriodDetailDto): PeriodEditForm {
  return { deadline: period.deadline, graceDays: String(period.graceDays) };
}

/** `PATCH /api/periods/:id`: the deadline and grace days as changed, from the period's version. */
export function periodUpdateBody(form: PeriodEditForm, period: ReportingPeriodDetailDto): Checked<PeriodUpdateBody> {
  const deadline = orUndefined(form.deadline);
  const graceDays = toNumber(form.graceDays);
  const errors: FieldErrors = {};
  if (deadline === undefined) errors.deadline = [{ key: 'required' }];
  if (graceDays === undefined) errors.graceDays = [{ key: 'required' }];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const body = {
    version: period.version,
    ...(deadline !== period.deadline && { deadline }),
    ...(graceDays !== period.graceDays && { graceDays }),
  } as PeriodUpdateBody;
  const checked = checkBody(PeriodUpdateBodySchema, body);
  if (!checked.ok) return checked;
  if (body.deadline !== undefined && body.deadline < period.windowTo) return { ok: false, errors: { deadline: [{ key: 'deadlineOrder' }] } };
  return checked;
}
