import { AGENCY_ROLES } from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { AppError } from '../../common/errors/app-error.js';

// Who may do what to an agency's report. Agency users act on their own agency only; reviewers
// read everything and return or accept, never edit content; admins read.

const isOwnAgency = (user: AuthUser, agencyId: string): boolean =>
  AGENCY_ROLES.includes(user.role) && user.agencyId === agencyId;

const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);

/**
 * An agency's user does not learn whether another agency's report exists: its id answers as an
 * unknown id does (404 NOT_FOUND), before any other check. Reviewers and administrators see every
 * report, so for them the usual 403s apply.
 */
export function assertCanSee(user: AuthUser, agencyId: string): void {
  if (AGENCY_ROLES.includes(user.role) && user.agencyId !== agencyId) throw new AppError('NOT_FOUND', 'No such report.');
}

/** Listing an agency's reports: Home Affairs and administrators any agency's, an agency's users their own. */
export function assertCanList(user: AuthUser, agencyId: string): void {
  if (user.role === 'reviewer' || user.role === 'admin' || isOwnAgency(user, agencyId)) return;
  throw forbidden("You may read only your own agency's reports.");
}

export function assertCanEditContent(user: AuthUser, agencyId: string): void {
  if (isOwnAgency(user, agencyId)) return;
  throw forbidden("Only the agency's own reporters and approvers may write its report.");
}

export function assertCanSubmit(user: AuthUser, agencyId: string): void {
  if (user.role === 'approver' && user.agencyId === agencyId) return;
  throw forbidden("Only the agency's approver (its head) may submit its report.");
}

/** Putting a draft before the approver ("Trình ký"): the agency's own reporters. */
export function assertCanRequestSigning(user: AuthUser, agencyId: string): void {
  if (user.role === 'reporter' && user.agencyId === agencyId) return;
  throw forbidden("Only the agency's own reporters put its report before the approver for signature.");
}

export function assertCanReview(user: AuthUser): void {
  if (user.role === 'reviewer') return;
  throw forbidden('Only Home Affairs reviewers may return or accept reports.');
}
