import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config/app-config.js';

/** A database of its own for one test file, and how to throw it away. */
export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * Embedded by default: a fresh in-memory PGlite. With DATABASE_URL set: a fresh database created
 * on that server for this test file and dropped after it, so runs never see each other's data.
 */
export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  const serverUrl = env.DATABASE_URL?.trim();
  if (!serverUrl) {
    return { config: { kind: 'embedded', dataDir: 'memory://' }, drop: () => Promise.resolve() };
  }
  const name = `cchc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: () =>
      withAdminClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

async function withAdminClient<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** The database kind the API should report for this run. */
export const expectedDatabaseKind = (): 'embedded' | 'postgres' => (process.env.DATABASE_URL?.trim() ? 'postgres' : 'embedded');
