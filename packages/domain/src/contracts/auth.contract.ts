import { z } from 'zod';

/**
 * Who may do what (docs/domain.md §1): a reporter drafts its agency's report, an approver (the agency
 * head) submits it, a reviewer (Home Affairs) reads every agency and returns or accepts reports,
 * an admin manages agencies, users, periods and deadlines.
 */
export const USER_ROLES = ['reporter', 'approver', 'reviewer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles bound to one agency: they see and change that agency's data only. */
export const AGENCY_ROLES: readonly UserRole[] = ['reporter', 'approver'];

export const LoginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  agencyId: z.uuid().nullable(),
  /**
   * Set when an administrator reset the password: until the user chooses a new one, the API
   * answers every other route 403 PASSWORD_CHANGE_REQUIRED.
   */
  mustChangePassword: z.boolean(),
  /**
   * The user's unread notifications when this answer was made: the bell's count on the first
   * view, without a request of its own (docs/domain.md §16).
   */
  unreadNotifications: z.number().int().min(0),
});
export type UserDto = z.infer<typeof UserSchema>;

export const LoginResponseSchema = z.object({
  accessToken: z.string(),
  /** When the token stops being accepted, as an ISO timestamp. */
  expiresAt: z.iso.datetime(),
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/**
 * The answer of a session the browser holds as an httpOnly cookie (`POST /api/auth/session`, a
 * changed password or the first-run set-up with a cookie session): the same as
 * {@link LoginResponseSchema} without the token, which no script of the page ever sees.
 */
export const SessionResponseSchema = LoginResponseSchema.omit({ accessToken: true });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/**
 * The cookie the page reads its CSRF token from, and the header it echoes it in on every POST,
 * PUT, PATCH and DELETE authenticated by the session cookie (requests with a bearer token need
 * none). The token is bound to the session: a new session comes with a new one.
 */
export const CSRF_COOKIE = 'cchc_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * How a route that starts a session without a sign-in (the first-run set-up) answers it:
 * `token` (the default) as {@link LoginResponseSchema}; `cookie` as the session cookie and
 * {@link SessionResponseSchema}.
 *
 * @example
 * SessionModeQuerySchema.parse({}) // { session: 'token' }
 */
export const SessionModeQuerySchema = z.strictObject({ session: z.enum(['token', 'cookie']).default('token') });
export type SessionModeQuery = z.infer<typeof SessionModeQuerySchema>;
