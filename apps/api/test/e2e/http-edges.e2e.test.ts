import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What the HTTP layer promises around the API: a body limit large enough for a long report, the
// dashboard's page never cached stale, a missing file answered 404 (not the page), and no
// password in the public API documentation.
describe('HTTP edges', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cchc-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CCHC</title><div id="app"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.info(1);');
    t = await createTestApp({ config: { webDistDir: dist } });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('takes a report of 1 MiB and refuses one over 2 MiB with 413', async () => {
    const reporter = await loginAs(t, await createUser(t, { role: 'reporter', agencyId: await agencyId(t, 'STP') }));
    const content = reportContent('STP', 2021, 'M9');
    const long = (size: number) => ({
      agencyId: '',
      periodId: '',
      content: { ...content, sections: (content.sections ?? []).map((s, i) => (i === 1 ? { ...s, narrative: 'Rà soát văn bản. '.repeat(size / 17) } : s)) },
    });
    const body = { ...long(1024 * 1024), agencyId: await agencyId(t, 'STP'), periodId: await periodId(t, 2021, 'M9') };
    await request(t.http).post('/api/reports').set('authorization', `Bearer ${reporter}`).send(body).expect(201);
    const tooLarge = await request(t.http).post('/api/reports').set('authorization', `Bearer ${reporter}`).send({ ...body, ...long(2.2 * 1024 * 1024) });
    expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses a body nested deeper than any contract with 400 naming where, not a 500', async () => {
    const reporter = await loginAs(t, await createUser(t, { role: 'reporter', agencyId: await agencyId(t, 'STP') }));
    for (const depth of [40, 100_000]) {
      const response = await request(t.http)
        .post('/api/reports/validate')
        .set('authorization', `Bearer ${reporter}`)
        .set('content-type', 'application/json')
        .send(`{"content":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(response.body.details[0].path).toMatch(/^body\.content(\.0)+$/);
    }
  });

  it('serves the dashboard page uncached, its hashed files for long', async () => {
    const page = await request(t.http).get('/reports/123').set('accept', 'text/html').expect(200);
    expect(page.text).toContain('<div id="app">');
    expect(page.headers['cache-control']).toBe('no-cache');
    const root = await request(t.http).get('/').set('accept', 'text/html').expect(200);
    expect(root.headers['cache-control']).toBe('no-cache');
    const asset = await request(t.http).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a missing file instead of the page, as a JSON error with the security headers', async () => {
    await request(t.http).get('/assets/index-gone.js').set('accept', '*/*').expect(404);
    const missing = await request(t.http).get('/favicon-missing.svg').set('accept', 'text/html,*/*').expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('shows no password in the API documentation', async () => {
    const document = await request(t.http).get('/api/docs/json').expect(200);
    expect(JSON.stringify(document.body)).not.toContain('demo123');
  });
});
