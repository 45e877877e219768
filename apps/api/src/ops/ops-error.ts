/**
 * A backup or restore that cannot go on, with a message that says what is wrong and what to do.
 * The command line prints the message alone (no stack) and exits with status 1.
 */
export class OpsError extends Error {
  override name = 'OpsError';
}
