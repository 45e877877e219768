import { z } from 'zod';
import { PERIOD_KINDS } from '../periods/period-kind.js';
import { SigningSchema } from '../reports/signing.schema.js';
import type { UserRole } from './auth.contract.js';

// What tells people that something waits for them (docs/domain.md §16): in-app notifications with
// a read state per user, the same events by e-mail for those who ask, deadline reminders sent by a
// scheduled job, and the reminder letter (công văn đôn đốc) Home Affairs sends to late agencies.

const timestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

/**
 * What a notification is about, and whom it goes to:
 * - READY_FOR_SIGNATURE: a reporter put a draft before the agency's approvers ("Trình ký");
 * - SUBMITTED: an agency submitted its report (to Home Affairs);
 * - RETURNED, ACCEPTED: Home Affairs returned (with reasons) or accepted it (to the agency's users);
 * - DEADLINE_SOON, DEADLINE_PASSED: a deadline in some days, or passed without a submission (to
 *   the agency's users);
 * - OVERDUE_LIST: the agencies that have not submitted when the deadline passed (to Home Affairs);
 * - REMINDER_LETTER: Home Affairs sent the agency a reminder letter (to the agency's users).
 */
export const NOTIFICATION_KINDS = [
  'READY_FOR_SIGNATURE',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'DEADLINE_SOON',
  'DEADLINE_PASSED',
  'OVERDUE_LIST',
  'REMINDER_LETTER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);

const AGENCY_KINDS: readonly NotificationKind[] = ['RETURNED', 'ACCEPTED', 'DEADLINE_SOON', 'DEADLINE_PASSED', 'REMINDER_LETTER'];

/** The kinds of notification that reach each role: what a person can choose to receive by e-mail. */
export const NOTIFICATION_KINDS_BY_ROLE: Readonly<Record<UserRole, readonly NotificationKind[]>> = {
  reporter: AGENCY_KINDS,
  approver: ['READY_FOR_SIGNATURE', ...AGENCY_KINDS],
  reviewer: ['SUBMITTED', 'OVERDUE_LIST'],
  admin: [],
};

/**
 * Where a notification leads in the app (a path): its report when it has one; the new report of
 * the period for a reminder before the agency started one; the status board of the period's year
 * for Home Affairs' overdue list.
 */
export function notificationPath(notification: { kind: NotificationKind; reportId: string | null; period: { id: string; year: number } | null }): string {
  if (notification.reportId) return `/reports/${notification.reportId}`;
  if (notification.kind === 'OVERDUE_LIST') return notification.period ? `/?year=${notification.period.year}` : '/';
  return notification.period ? `/reports/new?periodId=${notification.period.id}` : '/reports';
}

const NotificationAgencySchema = z.strictObject({ id: z.uuid(), code: z.string(), name: z.strictObject({ vi: z.string(), en: z.string() }) });
export type NotificationAgency = z.infer<typeof NotificationAgencySchema>;

/** The period a notification is about, with its deadline. */
const NotificationPeriodSchema = z.strictObject({ id: z.uuid(), year: z.number().int(), kind: z.enum(PERIOD_KINDS), deadline: isoDate });

/** What a notification says beyond its kind; each kind fills the fields it needs. */
export const NotificationDetailsSchema = z.strictObject({
  /** Who acted (a reporter, an approver, a reviewer), by display name. */
  actor: z.string().optional(),
  /** RETURNED: the reasons given. */
  reasons: z.array(z.strictObject({ path: z.string().nullable(), message: z.string() })).optional(),
  /** DEADLINE_SOON: days left until the deadline (1 = tomorrow). */
  daysLeft: z.number().int().min(0).optional(),
  /** OVERDUE_LIST: how many agencies have not submitted (the first OVERDUE_LIST_NAMED of them named), out of how many expected. */
  agencies: z.array(NotificationAgencySchema).optional(),
  late: z.number().int().min(0).optional(),
  expected: z.number().int().min(0).optional(),
  /** REMINDER_LETTER: the letter's number and symbol and its date of issue. */
  letter: z.strictObject({ id: z.uuid(), symbol: z.string(), issuedOn: isoDate }).optional(),
});
export type NotificationDetails = z.infer<typeof NotificationDetailsSchema>;

export const NotificationSchema = z.strictObject({
  id: z.uuid(),
  kind: NotificationKindSchema,
  createdAt: timestamp,
  /** Null while unread. */
  readAt: timestamp.nullable(),
  /** The report it links to; null when there is none yet (a reminder before the agency started one). */
  reportId: z.uuid().nullable(),
  agency: NotificationAgencySchema.nullable(),
  period: NotificationPeriodSchema.nullable(),
  details: NotificationDetailsSchema,
});
export type NotificationDto = z.infer<typeof NotificationSchema>;

/** `GET /api/notifications`: the newest first, a page at a time; `unread` alone with `unreadOnly`. */
export const NotificationListQuerySchema = z.strictObject({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

export const NotificationListResponseSchema = z.strictObject({
  items: z.array(NotificationSchema),
  /** Of every notification of the user, those not read yet. */
  unread: z.number().int().min(0),
  /** How many the query matches (for paging). */
  total: z.number().int().min(0),
});
export type NotificationListResponse = z.infer<typeof NotificationListResponseSchema>;

/** `POST /api/notifications/read-all`: how many were marked read. */
export const NotificationReadAllResponseSchema = z.strictObject({ marked: z.number().int().min(0), unread: z.literal(0) });
export type NotificationReadAllResponse = z.infer<typeof NotificationReadAllResponseSchema>;

/** The events a person can receive by e-mail: every kind that can reach them. */
export const EmailAddressSchema = z.string().trim().max(254).pipe(z.email());

/**
 * `GET`/`PUT /api/account/notifications`: the user's own e-mail address (null: none) and the kinds
 * of notification that also reach them by e-mail; `emailEnabled` says whether the server can send
 * mail at all (SMTP configured), so the page can say why nothing would arrive.
 */
export const NotificationSettingsSchema = z.strictObject({
  email: z.string().nullable(),
  emailKinds: z.array(NotificationKindSchema),
  /** The kinds that can reach this user (by role), the choices the page offers. */
  availableKinds: z.array(NotificationKindSchema),
  emailEnabled: z.boolean(),
  version: z.number().int().min(1),
});
export type NotificationSettingsDto = z.infer<typeof NotificationSettingsSchema>;

export const NotificationSettingsBodySchema = z.strictObject({
  email: z.union([EmailAddressSchema, z.literal('').transform(() => null), z.null()]),
  emailKinds: z.array(NotificationKindSchema).max(NOTIFICATION_KINDS.length),
  version: z.number().int().min(1),
});
export type NotificationSettingsBody = z.input<typeof NotificationSettingsBodySchema>;

/** The id the reminders' settings are logged under in the administration log (entity type `setting`): settings have no row id of their own. */
export const REMINDER_SETTINGS_ID = '00000000-0000-4000-8000-000000000001';

/** How many of the late agencies an OVERDUE_LIST notification names; the status board lists them all. */
export const OVERDUE_LIST_NAMED = 20;

/** The default days of the deadline reminders: 5 and 1 days before the deadline, the day after it. */
export const DEFAULT_REMINDER_DAYS = { before: [5, 1], after: [1] } as const;

const reminderDays = z
  .array(z.number().int().min(1).max(60))
  .max(5)
  .refine((days) => new Set(days).size === days.length, { message: 'Each day once' });

/**
 * `GET`/`PUT /api/admin/reminders`: the days the deadline reminders go out (before the deadline,
 * and after it for agencies still without a submission), and the job's last run.
 */
export const ReminderSettingsSchema = z.strictObject({
  before: reminderDays,
  after: reminderDays,
  lastRun: z
    .strictObject({
      at: timestamp,
      /** Notifications created by that run. */
      sent: z.number().int().min(0),
      /** Run by an administrator (POST /api/admin/reminders/run) or by the schedule. */
      trigger: z.enum(['schedule', 'admin']),
    })
    .nullable(),
});
export type ReminderSettingsDto = z.infer<typeof ReminderSettingsSchema>;

export const ReminderSettingsBodySchema = z.strictObject({ before: reminderDays, after: reminderDays });
export type ReminderSettingsBody = z.infer<typeof ReminderSettingsBodySchema>;

/** `POST /api/admin/reminders/run`: what the run sent, step by step. */
export const ReminderRunResponseSchema = z.strictObject({
  at: timestamp,
  sent: z.number().int().min(0),
  steps: z.array(
    z.strictObject({
      periodId: z.uuid(),
      kind: z.enum(['DEADLINE_SOON', 'DEADLINE_PASSED']),
      days: z.number().int(),
      agencies: z.number().int().min(0),
      notifications: z.number().int().min(0),
    }),
  ),
});
export type ReminderRunResponse = z.infer<typeof ReminderRunResponseSchema>;

/**
 * `POST /api/reminder-letters`: Home Affairs' reminder letter (công văn đôn đốc) to agencies of a
 * period that have not submitted, with the number and date of issue from its register and who
 * signs it. The answer is the letter; its Word document is at `/api/reminder-letters/:id/document`.
 */
export const ReminderLetterBodySchema = z.strictObject({
  periodId: z.uuid(),
  agencyIds: z
    .array(z.uuid())
    .min(1)
    .max(5000)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each agency once' }),
  number: z.string().trim().min(1).max(16).regex(/^[0-9]+[a-zA-Z]?$/, { message: 'A number from the register, like 152' }),
  issuedOn: isoDate,
  /** Who signs, as on every document Home Affairs issues: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name". */
  signer: SigningSchema,
  /** A deadline the letter sets for the reports (null: as soon as possible). */
  replyBy: isoDate.nullable().default(null),
}).refine(
  // Compared only once both are days: a malformed date of issue has its own message.
  (body) => body.replyBy === null || !/^\d{4}-\d{2}-\d{2}$/.test(body.issuedOn) || body.replyBy >= body.issuedOn,
  { path: ['replyBy'], message: 'Not before the date of the letter' },
);
export type ReminderLetterBody = z.input<typeof ReminderLetterBodySchema>;

export const ReminderLetterSchema = z.strictObject({
  id: z.uuid(),
  periodId: z.uuid(),
  symbol: z.string(),
  number: z.string(),
  issuedOn: isoDate,
  agencies: z.array(NotificationAgencySchema),
  /** In-app notifications created for the agencies' users. */
  notified: z.number().int().min(0),
  createdAt: timestamp,
});
export type ReminderLetterDto = z.infer<typeof ReminderLetterSchema>;
