import request from 'supertest';
import type { AdminAuditEntryDto, AgencyDetailDto, ReportingPeriodDetailDto, UserAccountDto, UserRole } from '@cchc/domain';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Caller = 'reporter' | 'approver' | 'reviewer' | 'admin';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const newAgency = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: { vi: `Ban thử nghiệm ${code}`, en: `Test board ${code}` },
  kind: 'board',
  validFrom: '2024-01-01',
  ...overrides,
});
const paths = (body: { details?: { path: string }[] }): string[] => [...new Set((body.details ?? []).map((d) => d.path))].sort();

describe('Administration over HTTP', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller, string>;
  let adminId: string;
  let sngv: string;

  const as = (caller: Caller) => ({ authorization: `Bearer ${tokens[caller]}` });

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z') });
    sngv = await agencyId(t, 'SNgV');
    for (const role of ['reporter', 'approver', 'reviewer', 'admin'] as const) {
      const user = await createUser(t, { role });
      if (role === 'admin') adminId = user.id;
      tokens[role] = await loginAs(t, user);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  describe('who may administer', () => {
    const routes = (): { name: string; send: (headers: Record<string, string>) => request.Test }[] => [
      { name: 'POST /api/agencies', send: (h) => request(t.http).post('/api/agencies').set(h).send(newAgency('PERM')) },
      { name: 'PATCH /api/agencies/:id', send: (h) => request(t.http).patch(`/api/agencies/${sngv}`).set(h).send({ version: 99, validTo: '2030-01-01' }) },
      {
        name: 'POST /api/agencies/:id/successors',
        send: (h) => request(t.http).post(`/api/agencies/${sngv}/successors`).set(h).send({ successorId: UNKNOWN_ID, effectiveOn: '2030-01-01' }),
      },
      { name: 'GET /api/users', send: (h) => request(t.http).get('/api/users').set(h) },
      { name: 'GET /api/users/:id', send: (h) => request(t.http).get(`/api/users/${adminId}`).set(h) },
      {
        name: 'POST /api/users',
        send: (h) => request(t.http).post('/api/users').set(h).send({ username: 'perm', password: 'long-enough', displayName: 'P', role: 'reviewer' }),
      },
      { name: 'PATCH /api/users/:id', send: (h) => request(t.http).patch(`/api/users/${adminId}`).set(h).send({ version: 99, displayName: 'X' }) },
      { name: 'POST /api/users/:id/password', send: (h) => request(t.http).post(`/api/users/${adminId}/password`).set(h).send({ password: 'long-enough', version: 99 }) },
      { name: 'POST /api/periods', send: (h) => request(t.http).post('/api/periods').set(h).send({ kind: 'M9', year: 2020 }) },
      { name: 'PATCH /api/periods/:id', send: (h) => request(t.http).patch(`/api/periods/${UNKNOWN_ID}`).set(h).send({ version: 1, graceDays: 1 }) },
      { name: 'GET /api/admin/audit', send: (h) => request(t.http).get('/api/admin/audit').set(h) },
    ];

    it('answers 401 without a token', async () => {
      for (const route of routes()) expect([route.name, (await route.send({})).status]).toEqual([route.name, 401]);
    });

    it('answers 403 FORBIDDEN to reporters, approvers and reviewers', async () => {
      const outcomes: string[] = [];
      for (const route of routes()) {
        for (const caller of ['reporter', 'approver', 'reviewer'] as const) {
          const response = await route.send(as(caller));
          if (response.status !== 403 || response.body.code !== 'FORBIDDEN') outcomes.push(`${route.name} as ${caller}: ${response.status}`);
        }
      }
      expect(outcomes).toEqual([]);
    });

    it('lets admins through (writes here are refused for other reasons, never 401/403/500)', async () => {
      for (const route of routes()) {
        const response = await route.send(as('admin'));
        expect([route.name, response.status < 500 && ![401, 403].includes(response.status)]).toEqual([route.name, true]);
      }
    });
  });

  describe('agencies', () => {
    it('creates an agency (201) that anyone can read back, with version 1 and no history', async () => {
      const created = await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN1')).expect(201);
      const agency = created.body as AgencyDetailDto;
      expect(agency).toMatchObject({ code: 'BTN1', kind: 'board', parentId: null, validFrom: '2024-01-01', validTo: null, version: 1 });
      expect(agency).toMatchObject({ predecessors: [], successors: [] });
      const read = await request(t.http).get(`/api/agencies/${agency.id}`).expect(200);
      expect(read.body).toEqual(agency);
      const listed = (await request(t.http).get('/api/agencies?kind=board').expect(200)).body as AgencyDetailDto[];
      expect(listed.find((a) => a.id === agency.id)).toEqual(agency);
    });

    it('answers 400 naming every malformed field', async () => {
      const response = await request(t.http)
        .post('/api/agencies')
        .set(as('admin'))
        .send({ code: 'A B', name: { vi: '' }, kind: 'ministry', validFrom: '2024-02-30' })
        .expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(paths(response.body)).toEqual(['body.code', 'body.kind', 'body.name.en', 'body.name.vi', 'body.validFrom']);
    });

    it('answers 400 for an unknown parent', async () => {
      const response = await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN2', { parentId: UNKNOWN_ID })).expect(400);
      expect(paths(response.body)).toEqual(['body.parentId']);
    });

    it('answers 409 for a duplicate code and start date, and for a code in use on overlapping dates', async () => {
      await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN3')).expect(201);
      const duplicate = await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN3')).expect(409);
      expect(duplicate.body.code).toBe('CONFLICT');
      const overlapping = await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('btn3', { validFrom: '2025-01-01' })).expect(409);
      expect(overlapping.body.code).toBe('CONFLICT');
      // SNgV exists from 2020 on: the same code before it, ending the day before, is no conflict.
      await request(t.http)
        .post('/api/agencies')
        .set(as('admin'))
        .send(newAgency('SNgV', { kind: 'department', validFrom: '2010-01-01', validTo: '2019-12-31' }))
        .expect(201);
    });

    it('answers 404 for an unknown agency and 400 for an id that is not a UUID', async () => {
      expect((await request(t.http).get(`/api/agencies/${UNKNOWN_ID}`).expect(404)).body.code).toBe('NOT_FOUND');
      expect((await request(t.http).patch(`/api/agencies/${UNKNOWN_ID}`).set(as('admin')).send({ version: 1, validTo: null }).expect(404)).body.code).toBe(
        'NOT_FOUND',
      );
      expect(paths((await request(t.http).get('/api/agencies/not-a-uuid').expect(400)).body)).toEqual(['param.id']);
    });

    it('updates with the current version, raising it, and refuses a stale one with the current version', async () => {
      const agency = (await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN4')).expect(201)).body as AgencyDetailDto;
      const renamed = await request(t.http)
        .patch(`/api/agencies/${agency.id}`)
        .set(as('admin'))
        .send({ version: 1, name: { vi: 'Ban mới', en: 'New board' }, validTo: '2024-12-31' })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: { vi: 'Ban mới', en: 'New board' }, validTo: '2024-12-31', version: 2 });
      const stale = await request(t.http).patch(`/api/agencies/${agency.id}`).set(as('admin')).send({ version: 1, kind: 'department' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
      expect((await request(t.http).get(`/api/agencies/${agency.id}`).expect(200)).body.kind).toBe('board');
    });

    it('lets exactly one of two concurrent writers with the same version through', async () => {
      const agency = (await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN5')).expect(201)).body as AgencyDetailDto;
      const [a, b] = await Promise.all([
        request(t.http).patch(`/api/agencies/${agency.id}`).set(as('admin')).send({ version: 1, name: { vi: 'A', en: 'A' } }),
        request(t.http).patch(`/api/agencies/${agency.id}`).set(as('admin')).send({ version: 1, name: { vi: 'B', en: 'B' } }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? 'A' : 'B';
      expect((await request(t.http).get(`/api/agencies/${agency.id}`).expect(200)).body).toMatchObject({ version: 2, name: { vi: winner } });
    });

    it('answers 400 for a validity that would end before it starts', async () => {
      const agency = (await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BTN6')).expect(201)).body as AgencyDetailDto;
      const response = await request(t.http).patch(`/api/agencies/${agency.id}`).set(as('admin')).send({ version: 1, validTo: '2023-12-31' }).expect(400);
      expect(paths(response.body)).toEqual(['body.validTo']);
    });

    it('refuses (409) closing an agency before the cut-off of a period it has reported for', async () => {
      const approver = await createUser(t, { role: 'approver', agencyId: sngv });
      const token = await loginAs(t, approver);
      await request(t.http)
        .post('/api/reports')
        .set({ authorization: `Bearer ${token}` })
        .send({ agencyId: sngv, periodId: await periodId(t, 2021, 'Q1'), content: reportContent('SNgV', 2021, 'Q1') })
        .expect(201);
      const current = (await request(t.http).get(`/api/agencies/${sngv}`).expect(200)).body as AgencyDetailDto;
      const response = await request(t.http)
        .patch(`/api/agencies/${sngv}`)
        .set(as('admin'))
        .send({ version: current.version, validTo: '2020-12-31' })
        .expect(409);
      expect(response.body.message).toContain('2021-03-14');
    });

    describe('successors', () => {
      let from: AgencyDetailDto;
      let into: AgencyDetailDto;

      beforeAll(async () => {
        from = (await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BCU', { validFrom: '2020-01-01' })).expect(201)).body;
        into = (await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BMOI', { validFrom: '2023-07-01' })).expect(201)).body;
      });

      it('refuses a successor that does not exist yet on the day (409) and an unknown or identical one (400)', async () => {
        const early = await request(t.http).post(`/api/agencies/${from.id}/successors`).set(as('admin')).send({ successorId: into.id, effectiveOn: '2023-01-01' });
        expect([early.status, paths(early.body)]).toEqual([409, ['body.effectiveOn']]);
        const unknown = await request(t.http).post(`/api/agencies/${from.id}/successors`).set(as('admin')).send({ successorId: UNKNOWN_ID, effectiveOn: '2023-07-01' });
        expect([unknown.status, paths(unknown.body)]).toEqual([400, ['body.successorId']]);
        const self = await request(t.http).post(`/api/agencies/${from.id}/successors`).set(as('admin')).send({ successorId: from.id, effectiveOn: '2023-07-01' });
        expect([self.status, paths(self.body)]).toEqual([400, ['body.successorId']]);
        await request(t.http).post(`/api/agencies/${UNKNOWN_ID}/successors`).set(as('admin')).send({ successorId: from.id, effectiveOn: '2023-07-01' }).expect(404);
        await request(t.http).post(`/api/agencies/${from.id}/successors`).set(as('admin')).send({ successorId: into.id }).expect(400);
      });

      it('records the succession, closes the predecessor the day before, and shows it on both agencies', async () => {
        const response = await request(t.http)
          .post(`/api/agencies/${from.id}/successors`)
          .set(as('admin'))
          .send({ successorId: into.id, effectiveOn: '2023-07-01', note: 'Hợp nhất', version: 1 })
          .expect(201);
        expect(response.body).toMatchObject({
          id: from.id,
          validTo: '2023-06-30',
          version: 2,
          successors: [{ agencyId: into.id, code: 'BMOI', effectiveOn: '2023-07-01', note: 'Hợp nhất' }],
        });
        const successor = (await request(t.http).get(`/api/agencies/${into.id}`).expect(200)).body as AgencyDetailDto;
        expect(successor.predecessors).toEqual([{ agencyId: from.id, code: 'BCU', effectiveOn: '2023-07-01', note: 'Hợp nhất' }]);
        expect(successor.version).toBe(1);
      });

      it('answers 409 for the same succession twice', async () => {
        const again = await request(t.http).post(`/api/agencies/${from.id}/successors`).set(as('admin')).send({ successorId: into.id, effectiveOn: '2023-07-01' });
        expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
      });

      it('refuses (409) moving the successor\'s start after the succession', async () => {
        const response = await request(t.http).patch(`/api/agencies/${into.id}`).set(as('admin')).send({ version: 1, validFrom: '2023-08-01' }).expect(409);
        expect(paths(response.body)).toEqual(['body.validFrom']);
      });

      it('keeps the predecessor open when only some duties moved', async () => {
        const parent = (await request(t.http).post('/api/agencies').set(as('admin')).send(newAgency('BME', { validFrom: '2020-01-01' })).expect(201)).body as AgencyDetailDto;
        const response = await request(t.http)
          .post(`/api/agencies/${parent.id}/successors`)
          .set(as('admin'))
          .send({ successorId: into.id, effectiveOn: '2024-01-01', closePredecessor: false })
          .expect(201);
        expect(response.body).toMatchObject({ validTo: null, version: 1, successors: [{ code: 'BMOI', effectiveOn: '2024-01-01' }] });
      });
    });
  });

  describe('users', () => {
    const body = (overrides: Record<string, unknown> = {}) => ({
      username: 'snv.cchc',
      password: 'a-long-password',
      displayName: 'Phòng CCHC',
      role: 'reviewer',
      ...overrides,
    });

    it('creates an account (201) that can sign in, and never returns a password', async () => {
      const response = await request(t.http)
        .post('/api/users')
        .set(as('admin'))
        .send(body({ username: 'stp.cv', role: 'reporter', agencyId: await agencyId(t, 'STP') }))
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        username: 'stp.cv',
        displayName: 'Phòng CCHC',
        role: 'reporter',
        agencyId: await agencyId(t, 'STP'),
        mustChangePassword: false,
        active: true,
        version: 1,
      });
      await loginAs(t, { username: 'stp.cv', password: 'a-long-password' });
    });

    it('answers 400 naming the fields: short password, bad username, agency not matching the role', async () => {
      const malformed = await request(t.http).post('/api/users').set(as('admin')).send(body({ username: 'a b', password: 'short' })).expect(400);
      expect(paths(malformed.body)).toEqual(['body.password', 'body.username']);
      const noAgency = await request(t.http).post('/api/users').set(as('admin')).send(body({ role: 'approver' })).expect(400);
      expect(paths(noAgency.body)).toEqual(['body.agencyId']);
      const unknownAgency = await request(t.http).post('/api/users').set(as('admin')).send(body({ role: 'approver', agencyId: UNKNOWN_ID })).expect(400);
      expect(paths(unknownAgency.body)).toEqual(['body.agencyId']);
    });

    it('answers 409 for a username taken in another case', async () => {
      await request(t.http).post('/api/users').set(as('admin')).send(body({ username: 'dup.user' })).expect(201);
      const response = await request(t.http).post('/api/users').set(as('admin')).send(body({ username: 'DUP.User' })).expect(409);
      expect(response.body.code).toBe('CONFLICT');
    });

    it('lists accounts with filters by role, agency and state, without hashes', async () => {
      const all = await request(t.http).get('/api/users').set(as('admin')).expect(200);
      expect(JSON.stringify(all.body)).not.toMatch(/argon2|passwordHash|tokenVersion/);
      expect((all.body as UserAccountDto[]).map((u) => u.role)).toEqual(expect.arrayContaining(['reporter', 'approver', 'reviewer', 'admin']));
      const reviewers = (await request(t.http).get('/api/users?role=reviewer').set(as('admin')).expect(200)).body as UserAccountDto[];
      expect(reviewers.length).toBeGreaterThan(0);
      expect(reviewers.every((u) => u.role === 'reviewer')).toBe(true);
      const ofSngv = (await request(t.http).get(`/api/users?agencyId=${sngv}`).set(as('admin')).expect(200)).body as UserAccountDto[];
      expect(ofSngv.length).toBeGreaterThan(0);
      expect(ofSngv.every((u) => u.agencyId === sngv)).toBe(true);
      expect(paths((await request(t.http).get('/api/users?role=boss').set(as('admin')).expect(400)).body)).toEqual(['query.role']);
    });

    it('reads one account, and answers 404 for an unknown one', async () => {
      expect((await request(t.http).get(`/api/users/${adminId}`).set(as('admin')).expect(200)).body).toMatchObject({ id: adminId, role: 'admin' });
      await request(t.http).get(`/api/users/${UNKNOWN_ID}`).set(as('admin')).expect(404);
      await request(t.http).patch(`/api/users/${UNKNOWN_ID}`).set(as('admin')).send({ version: 1, displayName: 'X' }).expect(404);
      await request(t.http).post(`/api/users/${UNKNOWN_ID}/password`).set(as('admin')).send({ password: 'a-long-password' }).expect(404);
    });

    it('changes display name, role and agency with the current version, and refuses a stale one', async () => {
      const user = await createUser(t, { role: 'reporter', agencyId: sngv });
      const renamed = await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 1, displayName: 'Tên mới' }).expect(200);
      expect(renamed.body).toMatchObject({ displayName: 'Tên mới', version: 2 });
      const stale = await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 1, displayName: 'Cũ' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
      const mismatched = await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 2, role: 'reviewer' }).expect(400);
      expect(paths(mismatched.body)).toEqual(['body.agencyId']);
      const moved = await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 2, role: 'reviewer', agencyId: null }).expect(200);
      expect(moved.body).toMatchObject({ role: 'reviewer', agencyId: null, version: 3 });
    });

    it('ends the sessions of a deactivated account, refuses its sign-in, and does not revive old tokens on reactivation', async () => {
      const user = await createUser(t, { role: 'approver', agencyId: sngv });
      const token = await loginAs(t, user);
      await request(t.http).get('/api/me').set({ authorization: `Bearer ${token}` }).expect(200);
      const deactivated = await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 1, active: false }).expect(200);
      expect(deactivated.body).toMatchObject({ active: false, version: 2 });
      await request(t.http).get('/api/me').set({ authorization: `Bearer ${token}` }).expect(401);
      await request(t.http).post('/api/auth/login').send({ username: user.username, password: user.password }).expect(401);
      const inactive = (await request(t.http).get('/api/users?active=false').set(as('admin')).expect(200)).body as UserAccountDto[];
      expect(inactive.map((u) => u.id)).toContain(user.id);

      await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 2, active: true }).expect(200);
      await request(t.http).get('/api/me').set({ authorization: `Bearer ${token}` }).expect(401);
      const fresh = await loginAs(t, user);
      await request(t.http).get('/api/me').set({ authorization: `Bearer ${fresh}` }).expect(200);
    });

    it('refuses (409) an admin deactivating or demoting their own account', async () => {
      const self = (await request(t.http).get(`/api/users/${adminId}`).set(as('admin')).expect(200)).body as UserAccountDto;
      const response = await request(t.http).patch(`/api/users/${adminId}`).set(as('admin')).send({ version: self.version, active: false }).expect(409);
      expect(paths(response.body)).toEqual(['body.active']);
      await request(t.http).patch(`/api/users/${adminId}`).set(as('admin')).send({ version: self.version, role: 'reviewer' }).expect(409);
    });

    it('resets a password: the old one and the old sessions stop working, the new one signs in', async () => {
      const user = await createUser(t, { role: 'reviewer' as UserRole });
      const token = await loginAs(t, user);
      const short = await request(t.http).post(`/api/users/${user.id}/password`).set(as('admin')).send({ password: 'short' }).expect(400);
      expect(paths(short.body)).toEqual(['body.password']);
      const stale = await request(t.http).post(`/api/users/${user.id}/password`).set(as('admin')).send({ password: 'a-new-password', version: 7 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
      const reset = await request(t.http).post(`/api/users/${user.id}/password`).set(as('admin')).send({ password: 'a-new-password' }).expect(200);
      expect(reset.body).toMatchObject({ id: user.id, version: 2 });
      expect(JSON.stringify(reset.body)).not.toContain('argon2');
      await request(t.http).get('/api/me').set({ authorization: `Bearer ${token}` }).expect(401);
      await request(t.http).post('/api/auth/login').send({ username: user.username, password: user.password }).expect(401);
      await loginAs(t, { username: user.username, password: 'a-new-password' });
    });
  });

  describe('periods', () => {
    it('creates a standard period with the window and deadline of the domain (201), public to read', async () => {
      const response = await request(t.http).post('/api/periods').set(as('admin')).send({ kind: 'Q3', year: 2021 }).expect(201);
      const period = response.body as ReportingPeriodDetailDto;
      expect(period).toMatchObject({
        year: 2021,
        kind: 'Q3',
        windowFrom: '2021-06-15',
        windowTo: '2021-09-14',
        deadline: '2021-09-20',
        graceDays: 0,
        version: 1,
        label: { vi: expect.stringContaining('2021') },
      });
      expect((await request(t.http).get(`/api/periods/${period.id}`).expect(200)).body).toEqual(period);
      await request(t.http).get(`/api/periods/${UNKNOWN_ID}`).expect(404);
    });

    it('takes a province deadline and grace days, but not a deadline before the window closes', async () => {
      const response = await request(t.http).post('/api/periods').set(as('admin')).send({ kind: 'Q3', year: 2022, deadline: '2022-09-23', graceDays: 2 }).expect(201);
      expect(response.body).toMatchObject({ deadline: '2022-09-23', graceDays: 2 });
      const early = await request(t.http).post('/api/periods').set(as('admin')).send({ kind: 'Q3', year: 2023, deadline: '2023-09-01' }).expect(400);
      expect(paths(early.body)).toEqual(['body.deadline']);
    });

    it('answers 409 for a second period of a standard kind in a year', async () => {
      const response = await request(t.http).post('/api/periods').set(as('admin')).send({ kind: 'M9', year: 2020 }).expect(409);
      expect(response.body.code).toBe('CONFLICT');
    });

    it('creates an ad hoc period with its title and dates, and answers 400 without them', async () => {
      const adhoc = {
        kind: 'ADHOC',
        year: 2021,
        title: { vi: 'Báo cáo đột xuất về phòng chống dịch', en: 'Ad hoc report on the epidemic response' },
        windowFrom: '2021-01-01',
        windowTo: '2021-02-28',
        deadline: '2021-03-05',
      };
      const created = await request(t.http).post('/api/periods').set(as('admin')).send(adhoc).expect(201);
      expect(created.body).toMatchObject({ kind: 'ADHOC', label: adhoc.title, windowFrom: '2021-01-01', deadline: '2021-03-05' });
      const missing = await request(t.http).post('/api/periods').set(as('admin')).send({ kind: 'ADHOC', year: 2021 }).expect(400);
      expect(paths(missing.body)).toEqual(['body.deadline', 'body.title', 'body.windowFrom', 'body.windowTo']);
    });

    it('changes a deadline and grace days with the current version, refusing a stale one and an inconsistent window', async () => {
      const m9 = await periodId(t, 2020, 'M9');
      const changed = await request(t.http).patch(`/api/periods/${m9}`).set(as('admin')).send({ version: 1, deadline: '2020-09-25', graceDays: 3 }).expect(200);
      expect(changed.body).toMatchObject({ deadline: '2020-09-25', graceDays: 3, version: 2, windowTo: '2020-09-14' });
      const stale = await request(t.http).patch(`/api/periods/${m9}`).set(as('admin')).send({ version: 1, graceDays: 0 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
      const early = await request(t.http).patch(`/api/periods/${m9}`).set(as('admin')).send({ version: 2, deadline: '2020-09-13' }).expect(400);
      expect(paths(early.body)).toEqual(['body.deadline']);
      const fixed = await request(t.http).patch(`/api/periods/${m9}`).set(as('admin')).send({ version: 2, windowFrom: '2020-01-01', title: { vi: 'X', en: 'X' } }).expect(400);
      expect(paths(fixed.body)).toEqual(['body.title', 'body.windowFrom']);
      const nothing = await request(t.http).patch(`/api/periods/${m9}`).set(as('admin')).send({ version: 2 }).expect(400);
      expect(nothing.body.code).toBe('VALIDATION_FAILED');
    });

    it('moves the dates of an ad hoc period but never past its deadline', async () => {
      const created = (
        await request(t.http)
          .post('/api/periods')
          .set(as('admin'))
          .send({ kind: 'ADHOC', year: 2022, title: { vi: 'Đột xuất', en: 'Ad hoc' }, windowFrom: '2022-01-01', windowTo: '2022-01-31', deadline: '2022-02-05' })
          .expect(201)
      ).body as ReportingPeriodDetailDto;
      const past = await request(t.http).patch(`/api/periods/${created.id}`).set(as('admin')).send({ version: 1, windowTo: '2022-02-10' }).expect(400);
      expect(paths(past.body)).toEqual(['body.windowTo']);
      const moved = await request(t.http)
        .patch(`/api/periods/${created.id}`)
        .set(as('admin'))
        .send({ version: 1, windowTo: '2022-02-10', deadline: '2022-02-15', title: { vi: 'Đột xuất (sửa)', en: 'Ad hoc (revised)' } })
        .expect(200);
      expect(moved.body).toMatchObject({ windowTo: '2022-02-10', deadline: '2022-02-15', label: { vi: 'Đột xuất (sửa)' }, version: 2 });
    });
  });

  describe('the administration log', () => {
    it('records who changed which agency, user or period, with the state before and after, and never a hash', async () => {
      const user = (await request(t.http).post('/api/users').set(as('admin')).send({ username: 'logged', password: 'a-long-password', displayName: 'L', role: 'reviewer' }).expect(201))
        .body as UserAccountDto;
      await request(t.http).patch(`/api/users/${user.id}`).set(as('admin')).send({ version: 1, displayName: 'Logged' }).expect(200);
      await request(t.http).post(`/api/users/${user.id}/password`).set(as('admin')).send({ password: 'another-password' }).expect(200);
      const entries = (await request(t.http).get(`/api/admin/audit?entityType=user&entityId=${user.id}`).set(as('admin')).expect(200)).body as AdminAuditEntryDto[];
      expect(entries.map((e) => e.action)).toEqual(['PASSWORD_RESET', 'UPDATE', 'CREATE']);
      expect(entries[1]).toMatchObject({ actorId: adminId, before: { displayName: 'L' }, after: { displayName: 'Logged', version: 2 } });
      expect(JSON.stringify(entries)).not.toMatch(/argon2|password_hash|passwordHash/);

      const agencies = (await request(t.http).get('/api/admin/audit?entityType=agency&limit=5').set(as('admin')).expect(200)).body as AdminAuditEntryDto[];
      expect(agencies).toHaveLength(5);
      expect(agencies.every((e) => e.entityType === 'agency')).toBe(true);
      const periods = (await request(t.http).get('/api/admin/audit?entityType=period').set(as('admin')).expect(200)).body as AdminAuditEntryDto[];
      expect(periods.map((e) => e.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
      expect(paths((await request(t.http).get('/api/admin/audit?entityType=report').set(as('admin')).expect(400)).body)).toEqual(['query.entityType']);
    });

    it('keeps nothing of a refused change', async () => {
      const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM admin_audit'))[0].n as number;
      await request(t.http).post('/api/periods').set(as('admin')).send({ kind: 'M9', year: 2020 }).expect(409);
      await request(t.http).patch(`/api/agencies/${sngv}`).set(as('admin')).send({ version: 99, validTo: null }).expect(409);
      expect((await t.dataSource.query('SELECT count(*)::int AS n FROM admin_audit'))[0].n).toBe(before);
    });
  });

  describe('OpenAPI', () => {
    it('documents the administration routes with their bodies', async () => {
      const document = (await request(t.http).get('/api/docs/json').expect(200)).body;
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/agencies/{id}',
          '/api/agencies/{id}/successors',
          '/api/users',
          '/api/users/{id}',
          '/api/users/{id}/password',
          '/api/periods/{id}',
          '/api/admin/audit',
        ]),
      );
      const createUserBody = document.paths['/api/users'].post.requestBody.content['application/json'];
      expect(createUserBody.schema.properties.password.minLength).toBe(8);
      expect(Object.keys(createUserBody.examples)).toContain('reporter');
      expect(document.paths['/api/agencies'].post.responses).toHaveProperty('409');
    });
  });
});
