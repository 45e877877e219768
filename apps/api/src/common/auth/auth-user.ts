import type { UserRole } from '@cchc/domain';
import type { Request } from 'express';

/** The signed-in user as the guard found it, on every authenticated request. */
export interface AuthUser {
  id: string;
  username: string;
  role: UserRole;
  agencyId: string | null;
}

/**
 * How the request proved who sent it: a bearer token (API clients) or the session cookie (the
 * browser). A cookie session gets its renewed session as a cookie too.
 */
export type SessionTransport = 'bearer' | 'cookie';

export type AuthenticatedRequest = Request & { user?: AuthUser; sessionTransport?: SessionTransport };
