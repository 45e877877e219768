import { ConfigError } from '../config/app-config.js';
import { OpsError } from './ops-error.js';

/**
 * Runs a command-line operation: an expected failure (bad arguments, configuration, a refused or
 * failed backup or restore) prints its message alone and exits with status 1; anything else
 * prints its stack too.
 */
export function runOperation(what: string, usage: string, operation: () => Promise<void>): void {
  operation().then(
    () => process.exit(0),
    (error: unknown) => {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        console.error(`${what} failed: ${(error as Error).message}\n\n${usage}`);
      } else if (error instanceof OpsError || error instanceof ConfigError) {
        console.error(`${what} failed: ${error.message}`);
      } else {
        console.error(`${what} failed:`, error);
      }
      process.exit(1);
    },
  );
}
