import { PGlite } from '@electric-sql/pglite';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    return { config: { kind: 'embedded', dataDir: 'memory://', initialData: await freshClusterDump() }, drop: () => Promise.resolve() };
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

/**
 * An empty PGlite cluster, just after initdb, dumped once per PGlite build into the temporary
 * folder and loaded by every test database (initdb costs 2-3 s, loading the dump a fraction of
 * one). Written under another name and renamed, so parallel workers never read half a file.
 */
async function freshClusterDump(): Promise<Blob> {
  const pglitePath = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const key = createHash('sha256').update(pglitePath).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `cchc-pglite-initdb-${key}.tar`);
  if (!existsSync(path)) {
    const pglite = await PGlite.create('memory://');
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  }
  return new Blob([readFileSync(path)]);
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
