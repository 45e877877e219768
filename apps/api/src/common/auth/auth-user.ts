import type { UserRole } from '@cchc/domain';
import type { Request } from 'express';

/** The signed-in user as the guard found it, on every authenticated request. */
export interface AuthUser {
  id: string;
  username: string;
  role: UserRole;
  agencyId: string | null;
}

export type AuthenticatedRequest = Request & { user?: AuthUser };
