import { join } from 'node:path';
import { startAppProcess as startProcess, type AppProcess } from '@cchc/jest-preset/app-process';

export { freePort, waitForHealthy, type AppProcess } from '@cchc/jest-preset/app-process';

const MAIN = join(import.meta.dirname, '..', '..', 'dist', 'main.js');

/** Starts the built app (`dist/main.js`) as `npm start` does, with the given environment. */
export function startAppProcess(env: Record<string, string>): AppProcess {
  return startProcess(MAIN, env);
}
