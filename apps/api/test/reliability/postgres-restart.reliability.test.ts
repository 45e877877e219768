import type { INestApplication } from '@nestjs/common';
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createApp } from '../../src/app.factory.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { openDatabase, type OpenedDatabase } from '../../src/database/open-database.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Stops and starts this machine's PostgreSQL server, which other test runs share: only when
// asked for with RELIABILITY_PG_RESTART=1 (and DATABASE_URL pointing at that server).
const enabled = process.env.RELIABILITY_PG_RESTART === '1' && Boolean(process.env.DATABASE_URL?.trim());
const describeWhenAsked = enabled ? describe : describe.skip;

const ADMIN_PASSWORD = 'restart-admin-password';

/** `pg_ctlcluster` on the machine's one cluster (`main` of the version installed). */
function cluster(action: 'stop' | 'start'): void {
  const version = readdirSync('/etc/postgresql')[0];
  if (!version) throw new Error('No PostgreSQL cluster under /etc/postgresql.');
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main ${action}`, { stdio: 'inherit' });
}

describeWhenAsked('PostgreSQL restart under load (skipped unless RELIABILITY_PG_RESTART=1 with DATABASE_URL: it restarts the shared server)', () => {
  let testDatabase: TestDatabase;
  let database: OpenedDatabase;
  let app: INestApplication;
  let http: App;
  let admin: { authorization: string };

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    const config: AppConfig = {
      port: 0,
      host: '127.0.0.1',
      database: testDatabase.config,
      webDistDir: null,
      jwtSecret: null,
      tokenTtlSeconds: 3600,
      initialAdminPassword: ADMIN_PASSWORD,
    };
    database = await openDatabase(config.database);
    app = await createApp(config, database, { logger: false, now: () => new Date('2026-11-26T00:00:00Z') });
    http = app.getHttpServer() as App;
    const login = await request(http).post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    admin = { authorization: `Bearer ${(login.body as { accessToken: string }).accessToken}` };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await testDatabase?.drop();
  });

  it('loses no acknowledged write, answers 503 while the server is down and serves again within 2 s of its start', async () => {
    let sequence = 0;
    let writing = true;
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) {
        const code = `RST${(sequence += 1)}`;
        const response = await request(http)
          .post('/api/agencies')
          .set(admin)
          .send({ code, name: { vi: `Ban ${code}`, en: `Board ${code}` }, kind: 'board', validFrom: '2024-01-01' });
        statuses.push(response.status);
        if (response.status === 201) acknowledged.push(code);
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    // The restart in two steps, so that the down state is observed between them.
    cluster('stop');
    const down = await request(http).get('/api/agencies');
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBeDefined();
    expect(down.body.code).toBe('DATABASE_UNAVAILABLE');
    const health = await request(http).get('/api/health').expect(503);
    expect(health.body.checks.database.status).toBe('down');

    cluster('start');
    const started = performance.now();
    while ((await request(http).get('/api/agencies')).status !== 200) {
      if (performance.now() - started > 2000) throw new Error('Not serving again within 2 s of the server start.');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    writing = false;
    await Promise.all(writers);

    // Every write answered 201 or 503, never 500; every one acknowledged is stored.
    expect([...new Set(statuses)].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    const stored = await request(http).get('/api/agencies').expect(200);
    const codes = new Set((stored.body as { code: string }[]).map((a) => a.code));
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.filter((code) => !codes.has(code))).toEqual([]);
  }, 120_000);
});
