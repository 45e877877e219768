import request from 'supertest';
import type { UserRole } from '@cchc/domain';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { cookieHeaders, cookieSessionAs } from '../support/cookie-session.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Actor = 'reporterA' | 'approverA' | 'reporterB' | 'approverB' | 'reviewer' | 'admin';
const ACTORS: Actor[] = ['reporterA', 'approverA', 'reporterB', 'approverB', 'reviewer', 'admin'];

interface Route {
  name: string;
  /** Who may do it; everyone else must get 403, but for `hidden`. */
  allowed: Actor[];
  /** Who must get 404, as for an unknown id: another agency's users, on routes naming a report. */
  hidden?: Actor[];
  send: (headers: Record<string, string>) => request.Test;
}

// The whole matrix: every role, own agency (A) or another (B), every report route, with a bearer
// token and with the browser's session cookie (and its CSRF token). Writes carry a stale version
// (or hit an existing report), so an allowed caller gets 409 and nothing changes.
describe.each(['bearer', 'cookie'] as const)('Report permissions: roles x own/other agency x routes, with a %s session', (transport) => {
  let t: TestApp;
  const credentials = {} as Record<Actor, Record<string, string>>;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  let draftId: string;
  let submittedId: string;
  let agencyA: string;
  let q1: string;

  const readers: Actor[] = ['reporterA', 'approverA', 'reviewer', 'admin'];
  const otherAgency: Actor[] = ['reporterB', 'approverB'];
  const writers: Actor[] = ['reporterA', 'approverA'];

  beforeAll(async () => {
    // Without LibreOffice: a PDF route lets an allowed reader through to 501, quickly.
    t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z'), config: { sofficePath: 'none' } });
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
    for (const actor of ACTORS) {
      const user = await createUser(t, users[actor]);
      credentials[actor] = transport === 'bearer' ? bearer(await loginAs(t, user)) : cookieHeaders(await cookieSessionAs(t, user));
    }

    q1 = await periodId(t, 2021, 'Q1');
    const auth = credentials.approverA;
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

  const routes = (): Route[] => [
    { name: 'GET /api/reports?agencyId=A', allowed: readers, send: (h) => request(t.http).get(`/api/reports?agencyId=${agencyA}`).set(h) },
    { name: 'GET /api/reports/:id', allowed: readers, hidden: otherAgency, send: (h) => request(t.http).get(`/api/reports/${draftId}`).set(h) },
    { name: 'GET /api/reports/:id/submissions', allowed: readers, hidden: otherAgency, send: (h) => request(t.http).get(`/api/reports/${submittedId}/submissions`).set(h) },
    { name: 'GET /api/reports/:id/changes', allowed: readers, hidden: otherAgency, send: (h) => request(t.http).get(`/api/reports/${submittedId}/changes`).set(h) },
    {
      name: 'POST /api/reports (agency A)',
      allowed: writers,
      send: (h) => request(t.http).post('/api/reports').set(h).send({ agencyId: agencyA, periodId: q1, content: reportContent('SNgV', 2021, 'Q1') }),
    },
    {
      name: 'PUT /api/reports/:id',
      hidden: otherAgency,
      allowed: writers,
      send: (h) => request(t.http).put(`/api/reports/${draftId}`).set(h).send({ version: 99, content: reportContent('SNgV', 2021, 'Q1') }),
    },
    {
      name: 'PATCH /api/reports/:id',
      hidden: otherAgency,
      allowed: writers,
      send: (h) => request(t.http).patch(`/api/reports/${draftId}`).set(h).send({ version: 99, content: { title: 'Đổi tên' } }),
    },
    {
      name: 'POST /api/reports/:id/submit',
      hidden: otherAgency,
      allowed: ['approverA'],
      send: (h) => request(t.http).post(`/api/reports/${draftId}/submit`).set(h).send({ version: 99 }),
    },
    {
      name: 'POST /api/reports/:id/return',
      allowed: ['reviewer'],
      send: (h) => request(t.http).post(`/api/reports/${submittedId}/return`).set(h).send({ version: 99, reasons: [{ message: 'Bổ sung.' }] }),
    },
    {
      name: 'POST /api/reports/:id/accept',
      allowed: ['reviewer'],
      send: (h) => request(t.http).post(`/api/reports/${submittedId}/accept`).set(h).send({ version: 99 }),
    },
    { name: 'GET /api/reports/:id/document.docx', allowed: readers, hidden: otherAgency, send: (h) => request(t.http).get(`/api/reports/${draftId}/document.docx`).set(h) },
    { name: 'GET /api/reports/:id/document.pdf', allowed: readers, hidden: otherAgency, send: (h) => request(t.http).get(`/api/reports/${draftId}/document.pdf`).set(h) },
    {
      name: 'GET /api/reports/:id/submissions/:sequence/document.docx',
      allowed: readers,
      hidden: otherAgency,
      send: (h) => request(t.http).get(`/api/reports/${submittedId}/submissions/1/document.docx`).set(h),
    },
    {
      name: 'GET /api/reports/:id/submissions/:sequence/document.pdf',
      allowed: readers,
      hidden: otherAgency,
      send: (h) => request(t.http).get(`/api/reports/${submittedId}/submissions/1/document.pdf`).set(h),
    },
    {
      name: 'PUT /api/reports/:id/registration',
      hidden: otherAgency,
      allowed: writers,
      send: (h) => request(t.http).put(`/api/reports/${submittedId}/registration`).set(h).send({ version: 99, registration: { number: '7', issuedOn: '2021-03-17' } }),
    },
    { name: 'GET /api/documents/formats', allowed: ACTORS, send: (h) => request(t.http).get('/api/documents/formats').set(h) },
    { name: 'GET /api/audit?reportId=', allowed: ['reviewer', 'admin'], send: (h) => request(t.http).get(`/api/audit?reportId=${draftId}`).set(h) },
  ];

  it("answers 403 to every caller outside the allowed set, 404 to another agency's users on its report, and lets the allowed ones through", async () => {
    const outcomes: string[] = [];
    for (const route of routes()) {
      for (const actor of ACTORS) {
        const response = await route.send(credentials[actor]);
        const expected = route.allowed.includes(actor) ? 'allowed' : route.hidden?.includes(actor) ? 404 : 403;
        const hidden = route.hidden?.includes(actor) ?? false;
        // An allowed reader may get 404 for a reason of its own (changes between two submissions of one).
        const got = response.status === 403 || (hidden && response.status === 404) ? response.status : 'allowed';
        if (hidden) expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'No such report.' });
        if (got !== expected) outcomes.push(`${route.name} as ${actor}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
        // A refusal says why, for the person refused.
        if (response.status === 403) expect([response.body.code, response.body.message.length > 20]).toEqual(['FORBIDDEN', true]);
        // 501 PDF_UNAVAILABLE is how an allowed reader's PDF request ends on this server.
        const noPdf = response.status === 501 && response.body.code === 'PDF_UNAVAILABLE';
        if (response.status >= 500 && !noPdf) outcomes.push(`${route.name} as ${actor}: ${response.status}`);
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('answers 401 to every route without a session', async () => {
    for (const route of routes()) {
      const response = await route.send({});
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
    const own = await request(t.http).get('/api/reports').set(credentials.reporterA).expect(200);
    expect(own.body.total).toBe(2);
    const other = await request(t.http).get('/api/reports').set(credentials.reporterB).expect(200);
    expect(other.body.total).toBe(0);
  });
});
