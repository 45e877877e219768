import type { DatabaseConfig } from './config/app-config.js';

export interface StartupFacts {
  url: string;
  database: DatabaseConfig;
  servesDashboard: boolean;
  /** The one-time code to create the first administrator, when none exists yet. */
  setupCode: string | null;
}

/**
 * The short block `npm start` prints once listening: where the app is, on which database, and,
 * on an installation without an administrator, the two ways in with the setup code.
 *
 * @example
 * startupNotice({ url: 'http://localhost:3000', database: { kind: 'embedded', dataDir: '/srv/.data/pglite' }, servesDashboard: true, setupCode: null })
 * // 'CCHC reporting is running on http://localhost:3000/ (API http://localhost:3000/api, documentation http://localhost:3000/api/docs)\nDatabase: embedded PostgreSQL (PGlite) in /srv/.data/pglite'
 */
export function startupNotice(facts: StartupFacts): string {
  const { url } = facts;
  const lines = [
    `CCHC reporting is running on ${url}/ (API ${url}/api, documentation ${url}/api/docs)`,
    `Database: ${describeDatabase(facts.database)}`,
  ];
  if (facts.setupCode) {
    const where = facts.servesDashboard ? `Open ${url}/ and create the administrator on the sign-in page` : `Create the administrator with POST ${url}/api/setup/administrator`;
    lines.push(
      'No administrator account yet. Two ways in:',
      `  1. ${where} with this one-time setup code:  ${facts.setupCode}`,
      '  2. Or stop the app (Ctrl+C), load the demo data with `npm run seed:demo` and start again (demo users in the README).',
    );
  }
  return lines.join('\n');
}

/** The database in words, never with a password. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'embedded') return `embedded PostgreSQL (PGlite) in ${database.dataDir}`;
  try {
    const url = new URL(database.url);
    return `PostgreSQL server ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL server (DATABASE_URL)';
  }
}
