import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { SNGV_M9_2020_TEXT, type ImportCreateResponse } from '@cchc/domain';
import { createUser, loginAs } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The built command line of `@cchc/cli` (a dev dependency, so turbo builds it before these tests). */
const CLI = join(import.meta.dirname, '..', '..', 'node_modules', '@cchc', 'cli', 'dist', 'cli.js');

// The API and the command line read a file the same way: `cchc extract FILE --json` prints the
// extraction the API stores for the same file, to the last offset and finding.
describe('Import: the API and the command line agree', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp();
    dir = await mkdtemp(join(tmpdir(), 'cchc-import-parity-'));
  });

  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives the same extraction of the seed report as `cchc extract --json`', async () => {
    const file = join(dir, 'sngv-9-thang-2020.md');
    const bytes = Buffer.from(SNGV_M9_2020_TEXT, 'utf8');
    await writeFile(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'extract', file, '--json'], { maxBuffer: 64 * 1024 * 1024 });

    const auth = { authorization: `Bearer ${await loginAs(t, await createUser(t, { role: 'reviewer', agencyId: null }))}` };
    const response = await request(t.http).post('/api/imports').set(auth).attach('files', bytes, 'sngv-9-thang-2020.md').expect(201);
    const [item] = (response.body as ImportCreateResponse).items;
    expect(JSON.parse(stdout)).toEqual(item?.extraction);
  });
});
