import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgencyDto } from '@cchc/domain';
import { type AppProcess, freePort, startAppProcess, waitForHealthy } from '../support/app-process.js';

// The built app as `npm start` runs it, on an embedded data directory of its own.
describe('The app process on the embedded database', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cchc-process-')), 'pglite');
  const running: AppProcess[] = [];

  const start = async (): Promise<{ app: AppProcess; base: string }> => {
    const port = await freePort();
    // At the debug level, to see the reference data's own line.
    const app = startAppProcess({ PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: 'none', LOG_LEVEL: 'debug' });
    running.push(app);
    const base = `http://127.0.0.1:${port}`;
    await waitForHealthy(`${base}/api/health`, app);
    return { app, base };
  };

  afterAll(async () => {
    await Promise.all(running.map((app) => app.stop()));
  });

  it('keeps its data across a restart and refuses a second process on the same directory', async () => {
    const first = await start();
    const health = (await (await fetch(`${first.base}/api/health`)).json()) as { database: { kind: string } };
    expect(health.database.kind).toBe('embedded');
    const before = (await (await fetch(`${first.base}/api/agencies`)).json()) as AgencyDto[];

    const second = startAppProcess({ PORT: String(await freePort()), PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: 'none' });
    running.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('is in use by another process');

    // A process that sees the same PID as the holder, as two containers that are both PID 1 on one
    // volume do: a lock naming a process id would take this one for its own and open the database.
    const samePid = startAppProcess({
      PORT: String(await freePort()),
      PGLITE_DATA_DIR: dataDir,
      WEB_DIST_DIR: 'none',
      NODE_OPTIONS: `--import=data:text/javascript,Object.defineProperty(process,'pid',{value:${first.app.child.pid}})`,
    });
    running.push(samePid);
    expect(await samePid.exited).toBe(1);
    expect(samePid.output()).toContain('is in use by another process');

    expect(await first.app.stop()).toBe(0);

    const restarted = await start();
    const after = (await (await fetch(`${restarted.base}/api/agencies`)).json()) as AgencyDto[];
    // Same generated ids: the rows were kept, not seeded again.
    expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    expect(restarted.app.output()).toContain('Reference data already present');
  }, 120_000);
});

describe('The first start of the app process: the start-up notice', () => {
  const running: AppProcess[] = [];

  const start = async (env: Record<string, string> = {}): Promise<{ app: AppProcess; base: string }> => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cchc-first-run-')), 'pglite');
    const port = await freePort();
    const app = startAppProcess({ PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: 'none', ...env });
    running.push(app);
    const base = `http://127.0.0.1:${port}`;
    await waitForHealthy(`${base}/api/health`, app);
    // The notice follows the listening socket by a moment.
    for (let i = 0; i < 40 && !app.output().includes('npm run seed:demo'); i++) await new Promise((r) => setTimeout(r, 50));
    return { app, base };
  };

  afterAll(async () => {
    await Promise.all(running.map((app) => app.stop()));
  });

  it('prints one short block with the address, the database, the setup code and the two ways in, and the code works', async () => {
    const { app, base } = await start();
    const output = app.output();
    expect(output).not.toMatch(/Mapped \{/);
    expect(output).not.toContain('InstanceLoader');
    expect(output.trim().split('\n').length).toBeLessThanOrEqual(12);
    expect(output).toContain(`http://localhost:`);
    expect(output).toContain('embedded PostgreSQL (PGlite)');
    expect(output).toContain('npm run seed:demo');
    const code = /setup code:\s+([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(output)?.[1];
    expect(code).toBeDefined();

    const created = await fetch(`${base}/api/setup/administrator`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setupCode: code, username: 'quantri', displayName: 'Quản trị', password: 'mat-khau-dai', confirmPassword: 'mat-khau-dai' }),
    });
    expect(created.status).toBe(201);
  }, 120_000);

  it('logs every route at LOG_LEVEL=debug, and no setup code once ADMIN_PASSWORD made the administrator', async () => {
    const { app } = await start({ LOG_LEVEL: 'debug', ADMIN_PASSWORD: 'first-admin-password' });
    // The process may answer before its log is read back on a loaded machine: wait for it (up to 10 s).
    for (let i = 0; i < 200 && !/Mapped \{\/api\/setup, GET\} route/.test(app.output()); i++) await new Promise((r) => setTimeout(r, 50));
    const output = app.output();
    expect(output).toMatch(/Mapped \{\/api\/setup, GET\} route/);
    expect(output).not.toContain('setup code');
  }, 120_000);

  it('refuses an unknown LOG_LEVEL', async () => {
    const app = startAppProcess({ PORT: String(await freePort()), PGLITE_DATA_DIR: 'memory://', WEB_DIST_DIR: 'none', LOG_LEVEL: 'loud' });
    running.push(app);
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('LOG_LEVEL');
  });
});
