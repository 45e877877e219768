import fc from 'fast-check';
import request from 'supertest';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// 1,000 random bodies against the writing routes: every answer is a 4xx with a stable error code,
// never a 500, and the database is exactly as it was. `POST /api/reports/validate` writes nothing and
// may also answer 200 (findings) for a body that happens to be a report, but never a 5xx either.
describe('Malformed requests (property-based)', () => {
  let t: TestApp;
  let token: string;
  let reportId: string;
  const snapshot = async (): Promise<string> =>
    JSON.stringify(
      await t.dataSource.query(
        `SELECT (SELECT json_agg(r ORDER BY r.id) FROM (SELECT id, status, version, content FROM report) r) AS reports,
                (SELECT count(*)::int FROM audit_entry) AS audit, (SELECT count(*)::int FROM report_submission) AS submissions,
                (SELECT count(*)::int FROM app_user) AS users`,
      ),
    );

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z') });
    const snv = await agencyId(t, 'SNgV');
    // The approver of the agency: the caller with the most rights over its report.
    token = await loginAs(t, await createUser(t, { role: 'approver', agencyId: snv }));
    const created = await request(t.http)
      .post('/api/reports')
      .set('authorization', `Bearer ${token}`)
      .send({ agencyId: snv, periodId: await periodId(t, 2021, 'Q1'), content: reportContent('SNgV', 2021, 'Q1') })
      .expect(201);
    reportId = created.body.id;
    // Submitted: even a well-formed write now fails, so no generated body can change anything.
    await request(t.http).post(`/api/reports/${reportId}/submit`).set('authorization', `Bearer ${token}`).send({ version: 1 }).expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  const targets = (): { method: 'post' | 'put' | 'patch'; url: string }[] => [
    { method: 'post', url: '/api/reports' },
    { method: 'put', url: `/api/reports/${reportId}` },
    { method: 'patch', url: `/api/reports/${reportId}` },
    { method: 'post', url: `/api/reports/${reportId}/submit` },
    { method: 'post', url: `/api/reports/${reportId}/return` },
    { method: 'post', url: `/api/reports/${reportId}/accept` },
    { method: 'post', url: '/api/reports/validate' },
    { method: 'post', url: '/api/auth/login' },
  ];

  // Bodies: any JSON, a valid body with one part replaced by anything, or text that is not JSON.
  const valid = reportContent('SNgV', 2021, 'Q1') as Record<string, unknown>;
  const body = fc.oneof(
    fc.jsonValue().map((value) => ({ json: value })),
    fc
      .tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue())
      .map(([key, value]) => ({ json: { version: 1, content: { ...valid, [key]: value } } })),
    fc.string().map((text) => ({ raw: `{${text}` })),
  );

  it('answers every one with a 4xx and an error code, and changes nothing', async () => {
    const before = await snapshot();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: targets().length - 1 }), body, async (index, generated) => {
        const target = targets()[index]!;
        let call = request(t.http)[target.method](target.url).set('authorization', `Bearer ${token}`);
        const text = 'raw' in generated ? generated.raw : JSON.stringify(generated.json);
        call = call.set('content-type', 'application/json').send(text);
        const response = await call;
        const refused = response.status >= 400 && response.status < 500 && typeof response.body?.code === 'string';
        const checked = target.url.endsWith('/validate') && response.status === 200 && Array.isArray(response.body?.findings);
        const ok = refused || checked;
        if (!ok) failures.push(`${target.method} ${target.url} ${JSON.stringify(generated).slice(0, 200)} -> ${response.status}`);
        return ok;
      }),
      { numRuns: 1000 },
    );
    expect(failures).toEqual([]);
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
