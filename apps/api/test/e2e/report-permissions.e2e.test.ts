import request from 'supertest';
import type { UserRole } from '@cchc/domain';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Actor = 'reporterA' | 'approverA' | 'reporterB' | 'approverB' | 'reviewer' | 'admin';
const ACTORS: Actor[] = ['reporterA', 'approverA', 'reporterB', 'approverB', 'reviewer', 'admin'];

interface Route {
  name: string;
  /** Who may do it; everyone else must get 403, but for `hidden`. */
  allowed: Actor[];
  /** Who must get 404, as for an unknown id: another agency's users, on routes naming a report. */
  hidden?: Actor[];
  send: (token: string) => request.Test;
}

// The whole matrix: every role, own agency (A) or another (B), every report route. Writes carry
// a stale version (or hit an existing report), so an allowed caller gets 409 and nothing changes.
describe('Report permissions: roles x own/other agency x routes', () => {
  let t: TestApp;
  const tokens = {} as Record<Actor, string>;
  let draftId: string;
  let submittedId: string;
  let agencyA: string;
  let q1: string;

  const readers: Actor[] = ['reporterA', 'approverA', 'reviewer', 'admin'];
  const otherAgency: Actor[] = ['reporterB', 'approverB'];
  const writers: Actor[] = ['reporterA', 'approverA'];

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z') });
    agencyA = await agencyId(t, 'SNgV');
    const agencyB = await agencyId(t, 'STP');
    const users: Record<Actor, { role: UserRole; agencyId: string | null }> = {
      reporterA: { role: 'reporter', agencyId: agencyA },
      approverA: { role: 'approver', agencyId: agencyA },
      reporterB: { role: 'reporter', agencyId: agencyB },
      approverB: { role: 'approver', agencyId: agencyB },
      reviewer: { role: 'reviewer', agencyId: null },
      admin: { role: 'admin', agencyId: null },
    };
    for (const actor of ACTORS) tokens[actor] = await loginAs(t, await createUser(t, users[actor]));

    q1 = await periodId(t, 2021, 'Q1');
    const auth = { authorization: `Bearer ${tokens.approverA}` };
    draftId = (await request(t.http).post('/api/reports').set(auth).send({ agencyId: agencyA, periodId: q1, content: reportContent('SNgV', 2021, 'Q1') }).expect(201))
      .body.id;
    const h1 = await periodId(t, 2021, 'H1');
    submittedId = (
      await request(t.http).post('/api/reports').set(auth).send({ agencyId: agencyA, periodId: h1, content: reportContent('SNgV', 2021, 'H1') }).expect(201)
    ).body.id;
    await request(t.http).post(`/api/reports/${submittedId}/submit`).set(auth).send({ version: 1 }).expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const routes = (): Route[] => [
    { name: 'GET /api/reports?agencyId=A', allowed: readers, send: (tk) => request(t.http).get(`/api/reports?agencyId=${agencyA}`).set(bearer(tk)) },
    { name: 'GET /api/reports/:id', allowed: readers, hidden: otherAgency, send: (tk) => request(t.http).get(`/api/reports/${draftId}`).set(bearer(tk)) },
    { name: 'GET /api/reports/:id/submissions', allowed: readers, hidden: otherAgency, send: (tk) => request(t.http).get(`/api/reports/${submittedId}/submissions`).set(bearer(tk)) },
    { name: 'GET /api/reports/:id/changes', allowed: readers, hidden: otherAgency, send: (tk) => request(t.http).get(`/api/reports/${submittedId}/changes`).set(bearer(tk)) },
    {
      name: 'POST /api/reports (agency A)',
      allowed: writers,
      send: (tk) => request(t.http).post('/api/reports').set(bearer(tk)).send({ agencyId: agencyA, periodId: q1, content: reportContent('SNgV', 2021, 'Q1') }),
    },
    {
      name: 'PUT /api/reports/:id',
      hidden: otherAgency,
      allowed: writers,
      send: (tk) => request(t.http).put(`/api/reports/${draftId}`).set(bearer(tk)).send({ version: 99, content: reportContent('SNgV', 2021, 'Q1') }),
    },
    {
      name: 'PATCH /api/reports/:id',
      hidden: otherAgency,
      allowed: writers,
      send: (tk) => request(t.http).patch(`/api/reports/${draftId}`).set(bearer(tk)).send({ version: 99, content: { title: 'Đổi tên' } }),
    },
    {
      name: 'POST /api/reports/:id/submit',
      hidden: otherAgency,
      allowed: ['approverA'],
      send: (tk) => request(t.http).post(`/api/reports/${draftId}/submit`).set(bearer(tk)).send({ version: 99 }),
    },
    {
      name: 'POST /api/reports/:id/return',
      allowed: ['reviewer'],
      send: (tk) => request(t.http).post(`/api/reports/${submittedId}/return`).set(bearer(tk)).send({ version: 99, reasons: [{ message: 'Bổ sung.' }] }),
    },
    {
      name: 'POST /api/reports/:id/accept',
      allowed: ['reviewer'],
      send: (tk) => request(t.http).post(`/api/reports/${submittedId}/accept`).set(bearer(tk)).send({ version: 99 }),
    },
    { name: 'GET /api/audit?reportId=', allowed: ['reviewer', 'admin'], send: (tk) => request(t.http).get(`/api/audit?reportId=${draftId}`).set(bearer(tk)) },
  ];

  it("answers 403 to every caller outside the allowed set, 404 to another agency's users on its report, and lets the allowed ones through", async () => {
    const outcomes: string[] = [];
    for (const route of routes()) {
      for (const actor of ACTORS) {
        const response = await route.send(tokens[actor]);
        const expected = route.allowed.includes(actor) ? 'allowed' : route.hidden?.includes(actor) ? 404 : 403;
        const hidden = route.hidden?.includes(actor) ?? false;
        // An allowed reader may get 404 for a reason of its own (changes between two submissions of one).
        const got = response.status === 403 || (hidden && response.status === 404) ? response.status : 'allowed';
        if (hidden) expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'No such report.' });
        if (got !== expected) outcomes.push(`${route.name} as ${actor}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
        if (response.status === 403) expect(response.body.code).toBe('FORBIDDEN');
        if (response.status >= 500) outcomes.push(`${route.name} as ${actor}: ${response.status}`);
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('answers 401 to every route without a token', async () => {
    for (const route of routes()) {
      const response = await route.send('');
      expect([route.name, response.status]).toEqual([route.name, 401]);
    }
  });

  it('changed nothing: the allowed writes all carried stale versions', async () => {
    const rows: { status: string; version: number }[] = await t.dataSource.query('SELECT status, version FROM report ORDER BY status');
    expect(rows).toEqual([
      { status: 'DRAFT', version: 1 },
      { status: 'SUBMITTED', version: 2 },
    ]);
  });

  it('lists only their own agency to agency users, even without a filter', async () => {
    const own = await request(t.http).get('/api/reports').set(bearer(tokens.reporterA)).expect(200);
    expect(own.body.total).toBe(2);
    const other = await request(t.http).get('/api/reports').set(bearer(tokens.reporterB)).expect(200);
    expect(other.body.total).toBe(0);
  });
});
