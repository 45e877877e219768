import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createApp } from '../../src/app.factory.js';
import { MIN_OUTAGE_MS } from '../../src/common/database/database-availability.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { openDatabase, type OpenedDatabase } from '../../src/database/open-database.js';
import { CaptureLogger } from '../support/capture-logger.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { createTestDatabase, expectedDatabaseKind, type TestDatabase } from '../support/test-database.js';

// The app reaches PostgreSQL through a proxy the test cuts and restores: an outage played
// without stopping the server other tests use. The embedded database has no connection to lose.
const onServer = expectedDatabaseKind() === 'postgres';
const describeOnServer = onServer ? describe : describe.skip;

const ADMIN_PASSWORD = 'outage-admin-password';

describeOnServer('Database outage (PostgreSQL pass only: the embedded database has no connection to cut)', () => {
  let testDatabase: TestDatabase;
  let proxy: TcpProxy;
  let database: OpenedDatabase;
  let app: INestApplication;
  let http: App;
  let logger: CaptureLogger;
  let admin: { authorization: string };
  let sequence = 0;

  const createAgency = (code: string) =>
    request(http)
      .post('/api/agencies')
      .set(admin)
      .send({ code, name: { vi: `Ban ${code}`, en: `Board ${code}` }, kind: 'board', validFrom: '2024-01-01' });

  /** Writes agencies one after another until told to stop; returns the codes acknowledged with 201. */
  const writeUntil = (stop: () => boolean): Promise<{ acknowledged: string[]; statuses: number[] }> =>
    (async () => {
      const acknowledged: string[] = [];
      const statuses: number[] = [];
      while (!stop()) {
        sequence += 1;
        const code = `OUT${sequence}`;
        const response = await createAgency(code);
        statuses.push(response.status);
        if (response.status === 201) acknowledged.push(code);
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { acknowledged, statuses };
    })();

  /** Polls until `ok` holds, and answers after how many milliseconds (or throws after `limitMs`). */
  async function timeUntil(ok: () => Promise<boolean>, limitMs: number): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < limitMs) {
      if (await ok()) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Not back within ${limitMs} ms.`);
  }

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    if (testDatabase.config.kind !== 'postgres') throw new Error('A PostgreSQL database was expected.');
    const url = new URL(testDatabase.config.url);
    proxy = await TcpProxy.start(url.hostname, Number(url.port || 5432));
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const config: AppConfig = {
      port: 0,
      host: '127.0.0.1',
      database: { kind: 'postgres', url: url.toString() },
      webDistDir: null,
      jwtSecret: null,
      tokenTtlSeconds: 3600,
      initialAdminPassword: ADMIN_PASSWORD,
    };
    logger = new CaptureLogger();
    database = await openDatabase(config.database);
    app = await createApp(config, database, { logger, now: () => new Date('2026-11-26T00:00:00Z') });
    http = app.getHttpServer() as App;
    const login = await request(http).post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    admin = { authorization: `Bearer ${(login.body as { accessToken: string }).accessToken}` };
  }, 60_000);

  afterAll(async () => {
    await proxy?.restore();
    await app?.close();
    await database?.close();
    await proxy?.close();
    await testDatabase?.drop();
  });

  it('answers 503 with Retry-After while the database is cut off, logs it once, and is back within 2 s with no acknowledged write lost', async () => {
    // Writers under way when the connection is cut.
    let stopWriting = false;
    const writers = [writeUntil(() => stopWriting), writeUntil(() => stopWriting)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    logger.lines.splice(0);
    await proxy.cut();

    const started = performance.now();
    const refused = await request(http).get('/api/agencies');
    const refusedMs = performance.now() - started;
    expect(refused.status).toBe(503);
    expect(refusedMs).toBeLessThan(1000);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body).toEqual({ code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('database') });

    const health = await request(http).get('/api/health').expect(503);
    expect(health.headers['retry-after']).toBe('5');
    expect(health.body).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'down', kind: 'postgres', reason: 'connection refused' } },
    });
    for (let i = 0; i < 5; i++) await request(http).get('/api/agencies').expect(503);
    const write = await createAgency('DURINGOUTAGE');
    expect(write.status).toBe(503);
    expect(write.body.code).toBe('DATABASE_UNAVAILABLE');

    await proxy.restore();
    const backMs = await timeUntil(async () => (await request(http).get('/api/agencies')).status === 200, 2000);
    expect(backMs).toBeLessThan(2000);
    await request(http).get('/api/health').expect(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    stopWriting = true;
    const results = await Promise.all(writers);

    // Every write answered either 201 or 503, never 500.
    const statuses = new Set(results.flatMap((r) => r.statuses));
    expect([...statuses].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    // Every acknowledged write is there.
    const acknowledged = results.flatMap((r) => r.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = await request(http).get('/api/agencies').expect(200);
    const codes = new Set((stored.body as { code: string }[]).map((a) => a.code));
    expect(acknowledged.filter((code) => !codes.has(code))).toEqual([]);

    // The outage is in the log twice, when it started and when it ended (successes in its first
    // second do not end it: MIN_OUTAGE_MS), with no stack per request.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, MIN_OUTAGE_MS + 100 - (performance.now() - started))));
    await request(http).get('/api/agencies').expect(200);
    const outageLines = logger.lines.filter((l) => l.parts.at(-1) === 'Database');
    expect(outageLines.map((l) => l.level)).toEqual(['error', 'log']);
    expect(outageLines[0]?.parts[0]).toMatch(/^Database unavailable \((connection refused|connection lost|connection reset)\)/);
    expect(outageLines[1]?.parts[0]).toMatch(/^Database available again after \d+\.\d s; \d+ requests? (was|were) answered 503 meanwhile\.$/);
    expect(logger.at('error').filter((l) => l.parts.at(-1) === 'HTTP')).toEqual([]);
  }, 30_000);
});
