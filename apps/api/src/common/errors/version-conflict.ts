import { AppError } from './app-error.js';

/** 409 VERSION_CONFLICT for a write made from an older version of `what` (an agency, a user...). */
export function versionConflict(what: string, currentVersion: number): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `The ${what} was changed by someone else (now at version ${currentVersion}). Reload it and apply your changes again.`,
    undefined,
    { currentVersion },
  );
}
