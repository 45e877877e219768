import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/agency-kind.js';
import { STANDARD_PERIOD_KINDS } from '../periods/period-kind.js';
import { reportingWindow } from '../periods/reporting-window.js';
import { auditActorFields } from './audit-actor.contract.js';
import { AGENCY_ROLES, USER_ROLES, UserSchema } from './auth.contract.js';
import { AgencySchema, ReportingPeriodSchema } from './reference-data.contract.js';

// The administration contracts: agencies with validity dates and successors
// (docs/domain.md §8), user accounts, reporting periods and their deadlines (docs/domain.md §4). Every
// update carries the version it was edited from; a stale one is refused with 409.

const isoDate = z.iso.date();
const version = z.number().int().min(1);
const timestamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const localizedName = z.strictObject({ vi: text(300), en: text(300) });
const year = z.number().int().min(2000).max(2100);
const graceDays = z.number().int().min(0).max(366);

/** Something to change must be sent besides the version. */
const changesSomething = (body: Record<string, unknown>): boolean =>
  Object.entries(body).some(([key, value]) => key !== 'version' && value !== undefined);
const nothingToChange = { message: 'Send at least one field to change' };

// ---------------------------------------------------------------------------------------------
// Agencies

/**
 * Agency codes as officials write them (`SNgV`, `SKHĐT`, `UBND.HBS`): letters (Vietnamese ones
 * included), digits and `.`, `-`, `_`, `&`.
 */
export const AgencyCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}.\-_&]+$/u, 'Letters, digits and . - _ & only');

/** One link of an agency's history: the agency it came from or went into, and from when. */
export const AgencyLinkSchema = z.object({
  agencyId: z.uuid(),
  code: z.string(),
  /** First day the successor carries the predecessor's duties. */
  effectiveOn: isoDate,
  note: z.string().nullable(),
});
export type AgencyLinkDto = z.infer<typeof AgencyLinkSchema>;

/**
 * An agency as `GET /api/agencies` and `GET /api/agencies/:id` return it: the fields of
 * {@link AgencySchema} (so older clients keep parsing it), its version for updates, and the
 * agencies it succeeded and was succeeded by.
 */
export const AgencyDetailSchema = AgencySchema.extend({
  version,
  predecessors: z.array(AgencyLinkSchema),
  successors: z.array(AgencyLinkSchema),
});
export type AgencyDetailDto = z.infer<typeof AgencyDetailSchema>;

/** `POST /api/agencies`. `validTo` is the last day of existence, inclusive; null while it exists. */
export const AgencyCreateBodySchema = z
  .strictObject({
    code: AgencyCodeSchema,
    name: localizedName,
    kind: z.enum(AGENCY_KINDS),
    parentId: z.uuid().nullable().default(null),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .refine((b) => b.validTo === null || b.validTo >= b.validFrom, { path: ['validTo'], message: 'Must be on or after validFrom' });
export type AgencyCreateBody = z.input<typeof AgencyCreateBodySchema>;

/** `PATCH /api/agencies/:id`: the fields sent replace the stored ones; `validTo: null` reopens. */
export const AgencyUpdateBodySchema = z
  .strictObject({
    version,
    code: AgencyCodeSchema.optional(),
    name: localizedName.optional(),
    kind: z.enum(AGENCY_KINDS).optional(),
    parentId: z.uuid().nullable().optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.nullable().optional(),
  })
  .refine(changesSomething, nothingToChange)
  .refine((b) => !b.validFrom || !b.validTo || b.validTo >= b.validFrom, { path: ['validTo'], message: 'Must be on or after validFrom' });
export type AgencyUpdateBody = z.input<typeof AgencyUpdateBodySchema>;

/**
 * `POST /api/agencies/:id/successors`: the agency `:id` was succeeded by `successorId` from
 * `effectiveOn` (e.g. Sở Kế hoạch và Đầu tư by Sở Tài chính on 2025-03-01). Unless
 * `closePredecessor` is false (a transfer of some duties only), the predecessor's validity is
 * closed on the day before, if it was still open then. `version`, when sent, is the
 * predecessor's version the change was made from.
 */
export const AgencySuccessionBodySchema = z.strictObject({
  successorId: z.uuid(),
  effectiveOn: isoDate,
  note: z.string().trim().max(1000).nullable().default(null),
  closePredecessor: z.boolean().default(true),
  version: version.optional(),
});
export type AgencySuccessionBody = z.input<typeof AgencySuccessionBodySchema>;

// ---------------------------------------------------------------------------------------------
// Users

/** The shortest password an administrator may set. */
export const PASSWORD_MIN_LENGTH = 8;
export const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(256);
export const UsernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'Latin letters, digits and . _ - only');

/** A user account as administrators see it: never with its password. */
/** An account as administrators see it: the user without their own unread count. */
export const UserAccountSchema = UserSchema.omit({ unreadNotifications: true }).extend({
  active: z.boolean(),
  version,
});
export type UserAccountDto = z.infer<typeof UserAccountSchema>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** `GET /api/users` filters. */
export const UserListQuerySchema = z.strictObject({
  role: z.enum(USER_ROLES).optional(),
  agencyId: z.uuid().optional(),
  active: booleanFlag.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

const agencyMatchesRole = (b: { role: (typeof USER_ROLES)[number]; agencyId: string | null }): boolean =>
  AGENCY_ROLES.includes(b.role) === (b.agencyId !== null);
const agencyRoleMessage = {
  path: ['agencyId'],
  message: 'Reporters and approvers belong to one agency; reviewers and admins to none',
};

/** `POST /api/users`. */
export const UserCreateBodySchema = z
  .strictObject({
    username: UsernameSchema,
    password: PasswordSchema,
    displayName: text(200),
    role: z.enum(USER_ROLES),
    agencyId: z.uuid().nullable().default(null),
  })
  .refine(agencyMatchesRole, agencyRoleMessage);
export type UserCreateBody = z.input<typeof UserCreateBodySchema>;

/**
 * `PATCH /api/users/:id`. A role and agency are checked together after merging with the stored
 * ones (moving a reporter to reviewer needs `agencyId: null`). `active: false` deactivates the
 * account and ends its sessions.
 */
export const UserUpdateBodySchema = z
  .strictObject({
    version,
    displayName: text(200).optional(),
    role: z.enum(USER_ROLES).optional(),
    agencyId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine(changesSomething, nothingToChange);
export type UserUpdateBody = z.input<typeof UserUpdateBodySchema>;

/**
 * `POST /api/users/:id/password`: an administrator sets a new password; sessions end and the user
 * must choose a password of their own at their next sign-in (`mustChangePassword`).
 */
export const UserPasswordResetBodySchema = z.strictObject({
  password: PasswordSchema,
  version: version.optional(),
});
export type UserPasswordResetBody = z.input<typeof UserPasswordResetBodySchema>;

// ---------------------------------------------------------------------------------------------
// Reporting periods

/** A period as the API returns it: {@link ReportingPeriodSchema} with its version for updates. */
export const ReportingPeriodDetailSchema = ReportingPeriodSchema.extend({ version });
export type ReportingPeriodDetailDto = z.infer<typeof ReportingPeriodDetailSchema>;

/** The last day of a standard window, or '' when the year is out of range (reported on its own). */
const windowEnd = (y: number, kind: (typeof STANDARD_PERIOD_KINDS)[number]): string => {
  try {
    return reportingWindow(y, kind).to;
  } catch {
    return '';
  }
};

const standardPeriodBody = z
  .strictObject({
    kind: z.enum(STANDARD_PERIOD_KINDS),
    year,
    /** Defaults to the 20th of the period's last month (docs/domain.md §4). */
    deadline: isoDate.optional(),
    graceDays: graceDays.default(0),
  })
  .refine((b) => b.deadline === undefined || b.deadline >= windowEnd(b.year, b.kind), {
    path: ['deadline'],
    message: 'Must be on or after the last day of the data window',
  });

const adhocPeriodBody = z
  .strictObject({
    kind: z.literal('ADHOC'),
    year,
    title: localizedName,
    windowFrom: isoDate,
    windowTo: isoDate,
    deadline: isoDate,
    graceDays: graceDays.default(0),
  })
  .refine((b) => b.windowFrom <= b.windowTo, { path: ['windowTo'], message: 'Must be on or after windowFrom' })
  .refine((b) => b.windowTo <= b.deadline, { path: ['deadline'], message: 'Must be on or after windowTo' });

/**
 * `POST /api/periods`. A standard kind takes its window from the year (Decree 09/2019) and its
 * deadline by default too; an ad hoc (*đột xuất*) period brings its title and every date.
 */
export const PeriodCreateBodySchema = z.discriminatedUnion('kind', [standardPeriodBody, adhocPeriodBody]);
export type PeriodCreateBody = z.input<typeof PeriodCreateBodySchema>;

/**
 * `PATCH /api/periods/:id`: deadline and grace days of any period; title and window dates of an
 * ad hoc one only. The result must keep windowFrom <= windowTo <= deadline.
 */
export const PeriodUpdateBodySchema = z
  .strictObject({
    version,
    deadline: isoDate.optional(),
    graceDays: graceDays.optional(),
    title: localizedName.optional(),
    windowFrom: isoDate.optional(),
    windowTo: isoDate.optional(),
  })
  .refine(changesSomething, nothingToChange);
export type PeriodUpdateBody = z.input<typeof PeriodUpdateBodySchema>;

// ---------------------------------------------------------------------------------------------
// The administration log

export const ADMIN_ENTITY_TYPES = ['agency', 'user', 'period', 'setting', 'letter'] as const;
export type AdminEntityType = (typeof ADMIN_ENTITY_TYPES)[number];
/**
 * `SETUP`: the first administrator, created on a fresh installation with the setup code (the
 * actor is that administrator). `PASSWORD_CHANGE`: a user chose their own new password.
 * `SIGN_IN`: a user signed in (`after.address`: from where). `LOCKOUT`: failed sign-ins locked
 * the account for a while (`after`: address, failures, lockedSeconds, lockedUntil); the account is
 * its own actor in both.
 */
export const ADMIN_AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'SUCCESSION', 'PASSWORD_RESET', 'PASSWORD_CHANGE', 'SETUP', 'SIGN_IN', 'LOCKOUT'] as const;
export type AdminAuditAction = (typeof ADMIN_AUDIT_ACTIONS)[number];

/** `GET /api/admin/audit`: changes to agencies, users and periods, newest first. */
export const AdminAuditQuerySchema = z.strictObject({
  entityType: z.enum(ADMIN_ENTITY_TYPES).optional(),
  entityId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AdminAuditQuery = z.infer<typeof AdminAuditQuerySchema>;

export const AdminAuditEntrySchema = z.strictObject({
  id: z.string(),
  entityType: z.enum(ADMIN_ENTITY_TYPES),
  entityId: z.uuid(),
  action: z.enum(ADMIN_AUDIT_ACTIONS),
  ...auditActorFields,
  at: timestamp,
  before: z.unknown(),
  after: z.unknown(),
});
export type AdminAuditEntryDto = z.infer<typeof AdminAuditEntrySchema>;
