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
    const app = startAppProcess({ PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: 'none' });
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

    expect(await first.app.stop()).toBe(0);

    const restarted = await start();
    const after = (await (await fetch(`${restarted.base}/api/agencies`)).json()) as AgencyDto[];
    // Same generated ids: the rows were kept, not seeded again.
    expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    expect(restarted.app.output()).toContain('Reference data already present');
  }, 120_000);
});
