import { AGENCY_ROLES, type UserRole } from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { AppError } from '../../common/errors/app-error.js';

// Who may do what with an import. Agency users upload for their own agency, see the imports their
// agency's users made and confirm them into their own agency's draft; Home Affairs reviewers and
// administrators see every import and confirm any into an accepted report of any agency. Home
// Affairs' imports of an agency's past reports are Home Affairs' work: the agency sees the report
// once confirmed, not the pending import.

export const isAgencyUser = (user: AuthUser): boolean => AGENCY_ROLES.includes(user.role);

/**
 * An import an agency user may not see answers as an unknown id does (404), as another agency's
 * report does: another agency's, or one Home Affairs made.
 */
export function assertCanSeeImport(user: AuthUser, imported: { agencyId: string | null; createdByRole: UserRole }): void {
  if (!isAgencyUser(user)) return;
  if (imported.agencyId === null || imported.agencyId !== user.agencyId || !AGENCY_ROLES.includes(imported.createdByRole)) {
    throw new AppError('NOT_FOUND', 'No such import.');
  }
}

/** An agency user confirms into their own agency's report only. */
export function assertCanConfirmFor(user: AuthUser, agencyId: string): void {
  if (isAgencyUser(user) && user.agencyId !== agencyId) {
    throw new AppError('FORBIDDEN', "Only the agency's own reporters and approvers may write its report.", [
      { path: 'body.agencyId', message: 'Must be your own agency.' },
    ]);
  }
}
