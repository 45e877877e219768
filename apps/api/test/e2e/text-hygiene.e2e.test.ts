import request from 'supertest';
import type { ReportResponse } from '@cchc/domain';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Text that PostgreSQL cannot store (a NUL byte) or that is not Unicode (half of a surrogate
// pair) is refused at the boundary with 400 and the field's path, whoever sends it, and nothing
// is written.
describe('Text hygiene over HTTP', () => {
  let t: TestApp;
  let reporter: string;

  const paths = (body: { details?: { path: string }[] }): string[] => (body.details ?? []).map((d) => d.path);

  beforeAll(async () => {
    t = await createTestApp();
    reporter = await loginAs(t, await createUser(t, { role: 'reporter', agencyId: await agencyId(t, 'STP') }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses a NUL byte in the sign-in username with 400, without signing in', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ username: 'ad\u0000min', password: 'whatever-1' }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(paths(response.body)).toEqual(['body.username']);
  });

  it('refuses a lone surrogate in the password with 400', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ username: 'admin', password: 'abc\ud800def' }).expect(400);
    expect(paths(response.body)).toEqual(['body.password']);
  });

  it('refuses a bad text deep in a report and leaves the report as it was', async () => {
    const created = await request(t.http)
      .post('/api/reports')
      .set('authorization', `Bearer ${reporter}`)
      .send({ agencyId: await agencyId(t, 'STP'), periodId: await periodId(t, 2021, 'M9'), content: reportContent('STP', 2021, 'M9') })
      .expect(201);
    const report = created.body as ReportResponse;
    const sections = report.content.sections.map((s, i) => (i === 1 ? { ...s, narrative: 'Rà soát\u0000 văn bản' } : s));
    const refused = await request(t.http)
      .patch(`/api/reports/${report.id}`)
      .set('authorization', `Bearer ${reporter}`)
      .send({ version: report.version, content: { title: 'Báo cáo \udfff', sections } })
      .expect(400);
    expect(paths(refused.body).sort()).toEqual(['body.content.sections.1.narrative', 'body.content.title']);
    const after = (await request(t.http).get(`/api/reports/${report.id}`).set('authorization', `Bearer ${reporter}`).expect(200)).body as ReportResponse;
    expect(after.version).toBe(report.version);
    expect(after.content.title).toBe(report.content.title);
  });

  it('keeps a well-formed pair (an emoji) and Vietnamese text', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ username: 'Nguyễn😀', password: 'whatever-1' });
    expect(response.status).toBe(401);
  });
});
