import { CSRF_COOKIE, CSRF_HEADER } from '@cchc/domain';
import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { SetupService } from '../../src/modules/setup/setup.service.js';
import { periodId, reportContent } from '../factories/report.factory.js';
import { agencyId, createUser, loginAs } from '../factories/user.factory.js';
import { cookieHeaders, cookieSessionAs, cookieSessionOf, setCookiesOf, SESSION_COOKIE_NAME, type CookieSession } from '../support/cookie-session.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const TTL_SECONDS = 3600;

describe('Browser sessions in an httpOnly cookie', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z') });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/auth/session', () => {
    it('sets the session as an httpOnly, SameSite=Strict cookie on /api for the token lifetime, and answers no token', async () => {
      const user = await createUser(t);
      const response = await request(t.http).post('/api/auth/session').send({ username: user.username, password: user.password }).expect(200);

      expect(Object.keys(response.body).sort()).toEqual(['expiresAt', 'user']);
      expect(response.body.user).toMatchObject({ id: user.id, username: user.username });
      const cookies = setCookiesOf(response);
      expect(cookies[SESSION_COOKIE_NAME]).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/api', maxAge: TTL_SECONDS });
      expect(cookies[SESSION_COOKIE_NAME]?.secure).toBeUndefined();
      // The page reads the CSRF token from its cookie: not httpOnly, and on every page path.
      expect(cookies[CSRF_COOKIE]).toMatchObject({ sameSite: 'strict', path: '/', maxAge: TTL_SECONDS });
      expect(cookies[CSRF_COOKIE]?.httpOnly).toBeUndefined();
      expect(cookies[CSRF_COOKIE]?.value).not.toContain(cookies[SESSION_COOKIE_NAME]?.value);
    });

    it('marks both cookies Secure when the request came over HTTPS', async () => {
      const user = await createUser(t);
      const express = t.app as NestExpressApplication;
      express.set('trust proxy', true);
      try {
        const response = await request(t.http)
          .post('/api/auth/session')
          .set('x-forwarded-proto', 'https')
          .send({ username: user.username, password: user.password })
          .expect(200);
        const cookies = setCookiesOf(response);
        expect(cookies[SESSION_COOKIE_NAME]?.secure).toBe(true);
        expect(cookies[CSRF_COOKIE]?.secure).toBe(true);
      } finally {
        express.set('trust proxy', false);
      }
    });

    it('answers 401 and sets no cookie for a wrong password, 400 with field paths for a malformed body', async () => {
      const user = await createUser(t);
      const wrong = await request(t.http).post('/api/auth/session').send({ username: user.username, password: 'nope' }).expect(401);
      expect(wrong.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Wrong username or password.' });
      expect(wrong.headers['set-cookie']).toBeUndefined();
      const malformed = await request(t.http).post('/api/auth/session').send({ username: '' }).expect(400);
      expect(malformed.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.password', 'body.username']);
    });

    it("answers 415 to a form another site's page could post, so it cannot sign the browser in to an account of its choosing", async () => {
      const user = await createUser(t);
      for (const [type, body] of [
        ['application/x-www-form-urlencoded', `username=${user.username}&password=${user.password}`],
        ['text/plain', JSON.stringify({ username: user.username, password: user.password })],
      ] as const) {
        const response = await request(t.http).post('/api/auth/session').set('content-type', type).send(body).expect(415);
        expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(response.headers['set-cookie']).toBeUndefined();
      }
    });

    it('leaves POST /api/auth/login answering a bearer token and setting no cookie', async () => {
      const user = await createUser(t);
      const response = await request(t.http).post('/api/auth/login').send({ username: user.username, password: user.password }).expect(200);
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('reading with the cookie', () => {
    it('answers GET /api/me to the cookie alone: reads need no CSRF token', async () => {
      const user = await createUser(t, { role: 'reviewer' });
      const s = await cookieSessionAs(t, user);
      const response = await request(t.http).get('/api/me').set(cookieHeaders(s, false)).expect(200);
      expect(response.body).toMatchObject({ id: user.id, role: 'reviewer' });
    });

    it('answers 401 to an expired, a forged and a revoked cookie', async () => {
      const user = await createUser(t);
      const expired = await t.app.get(JwtService).signAsync({ sub: user.id, tv: 0 }, { expiresIn: -10 });
      const forged = await new JwtService({ secret: 'another-key' }).signAsync({ sub: user.id, tv: 0 });
      for (const session of [expired, forged]) {
        const response = await request(t.http).get('/api/me').set('cookie', `${SESSION_COOKIE_NAME}=${session}`).expect(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
      const s = await cookieSessionAs(t, user);
      // Signing out anywhere (here with a bearer token) ends the cookie session too.
      const token = await loginAs(t, user);
      await request(t.http).post('/api/auth/logout').set('authorization', `Bearer ${token}`).expect(204);
      await request(t.http).get('/api/me').set(cookieHeaders(s)).expect(401);
    });

    it('answers 401, not 403, to a write with an expired cookie: the person signs in again', async () => {
      const user = await createUser(t);
      const expired = await t.app.get(JwtService).signAsync({ sub: user.id, tv: 0 }, { expiresIn: -10 });
      const response = await request(t.http).post('/api/auth/logout').set('cookie', `${SESSION_COOKIE_NAME}=${expired}`).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('CSRF protection of writes authenticated by the cookie', () => {
    let agencyA: string;
    let q1: string;
    let reporter: CookieSession;
    let admin: CookieSession;
    let reporterBearer: string;
    let draftId: string;
    let userId: string;

    beforeAll(async () => {
      agencyA = await agencyId(t, 'SNgV');
      q1 = await periodId(t, 2021, 'Q1');
      const reporterUser = await createUser(t, { role: 'reporter', agencyId: agencyA });
      reporter = await cookieSessionAs(t, reporterUser);
      reporterBearer = await loginAs(t, reporterUser);
      admin = await cookieSessionAs(t, await createUser(t, { role: 'admin' }));
      userId = (await createUser(t)).id;
      const h1 = await periodId(t, 2021, 'H1');
      draftId = (
        await request(t.http)
          .post('/api/reports')
          .set('authorization', `Bearer ${reporterBearer}`)
          .send({ agencyId: agencyA, periodId: h1, content: reportContent('SNgV', 2021, 'H1') })
          .expect(201)
      ).body.id;
    });

    /** One route of each unsafe kind; each is allowed for the session given, and changes nothing it would matter to repeat. */
    const writes = (): { name: string; session: () => CookieSession; send: (headers: Record<string, string>) => request.Test; expected: number }[] => [
      {
        name: 'POST /api/reports',
        session: () => reporter,
        // Allowed, then refused as a duplicate: both prove the guard let it through.
        send: (h) => request(t.http).post('/api/reports').set(h).send({ agencyId: agencyA, periodId: q1, content: reportContent('SNgV', 2021, 'Q1') }),
        expected: 201,
      },
      {
        name: 'PUT /api/reports/:id',
        session: () => reporter,
        send: (h) => request(t.http).put(`/api/reports/${draftId}`).set(h).send({ version: 99, content: reportContent('SNgV', 2021, 'H1') }),
        expected: 409,
      },
      {
        name: 'PATCH /api/reports/:id',
        session: () => reporter,
        send: (h) => request(t.http).patch(`/api/reports/${draftId}`).set(h).send({ version: 99, content: { title: 'Đổi tên' } }),
        expected: 409,
      },
      {
        name: 'POST /api/reports/:id/submit',
        session: () => reporter,
        send: (h) => request(t.http).post(`/api/reports/${draftId}/submit`).set(h).send({ version: 99 }),
        expected: 403,
      },
      {
        name: 'PATCH /api/users/:id',
        session: () => admin,
        send: (h) => request(t.http).patch(`/api/users/${userId}`).set(h).send({ version: 99, displayName: 'Tên mới' }),
        expected: 409,
      },
    ];

    it('answers 403 CSRF_TOKEN_INVALID to every kind of write without the header, with a wrong one, or with another session\'s, and changes nothing', async () => {
      const other = await cookieSessionAs(t, await createUser(t));
      const outcomes: string[] = [];
      for (const route of writes()) {
        for (const [label, csrf] of [
          ['no header', false],
          ['a wrong token', 'not-the-token'],
          ['an empty token', ''],
          ["another session's token", other.csrf],
        ] as const) {
          const response = await route.send(cookieHeaders(route.session(), csrf));
          if (response.status !== 403 || response.body.code !== 'CSRF_TOKEN_INVALID') {
            outcomes.push(`${route.name} with ${label}: ${response.status} ${JSON.stringify(response.body)}`);
          }
        }
      }
      expect(outcomes).toEqual([]);
      const reports: { n: number }[] = await t.dataSource.query('SELECT count(*)::int AS n FROM report');
      expect(reports[0]?.n).toBe(1);
    });

    it('lets every kind of write through with the token of the session', async () => {
      const outcomes: string[] = [];
      for (const route of writes()) {
        const response = await route.send(cookieHeaders(route.session()));
        const expected = route.name === 'POST /api/reports/:id/submit' ? 'FORBIDDEN' : undefined;
        if (response.status !== route.expected || (expected && response.body.code !== expected)) {
          outcomes.push(`${route.name}: ${response.status} ${JSON.stringify(response.body)}`);
        }
      }
      expect(outcomes).toEqual([]);
    });

    it('never asks a bearer token for a CSRF token, even beside a cookie', async () => {
      const response = await request(t.http)
        .patch(`/api/reports/${draftId}`)
        .set({ ...cookieHeaders(admin, false), authorization: `Bearer ${reporterBearer}` })
        .send({ version: 99, content: { title: 'Đổi tên' } })
        .expect(409);
      // The bearer token decided who asked: the reporter, not the admin of the cookie.
      expect(response.body.code).toBe('VERSION_CONFLICT');
    });

    it('answers 401 to a malformed Authorization header even with a valid cookie', async () => {
      await request(t.http).get('/api/me').set({ ...cookieHeaders(reporter), authorization: 'Basic abc' }).expect(401);
    });
  });

  describe('POST /api/auth/logout with the cookie', () => {
    it('needs the CSRF token, then ends the session and clears both cookies', async () => {
      const user = await createUser(t);
      const s = await cookieSessionAs(t, user);
      const refused = await request(t.http).post('/api/auth/logout').set(cookieHeaders(s, false)).expect(403);
      expect(refused.body.code).toBe('CSRF_TOKEN_INVALID');
      await request(t.http).get('/api/me').set(cookieHeaders(s)).expect(200);

      const response = await request(t.http).post('/api/auth/logout').set(cookieHeaders(s)).expect(204);
      const cleared = setCookiesOf(response);
      expect(cleared[SESSION_COOKIE_NAME]).toMatchObject({ value: '', path: '/api' });
      expect(cleared[CSRF_COOKIE]).toMatchObject({ value: '', path: '/' });
      expect(cleared[SESSION_COOKIE_NAME]?.expires?.getTime()).toBeLessThanOrEqual(Date.now());
      await request(t.http).get('/api/me').set(cookieHeaders(s)).expect(401);
    });
  });

  describe('POST /api/auth/password with the cookie', () => {
    it('renews both cookies, answers no token, and ends the old session', async () => {
      const user = await createUser(t);
      const s = await cookieSessionAs(t, user);
      const body = { currentPassword: user.password, newPassword: 'another-long-password', confirmPassword: 'another-long-password' };
      expect((await request(t.http).post('/api/auth/password').set(cookieHeaders(s, false)).send(body).expect(403)).body.code).toBe('CSRF_TOKEN_INVALID');

      const response = await request(t.http).post('/api/auth/password').set(cookieHeaders(s)).send(body).expect(200);
      expect(Object.keys(response.body).sort()).toEqual(['expiresAt', 'user']);
      const renewed = cookieSessionOf(response);
      expect(renewed.session).not.toBe(s.session);
      expect(renewed.csrf).not.toBe(s.csrf);
      expect(setCookiesOf(response)[SESSION_COOKIE_NAME]).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/api', maxAge: TTL_SECONDS });

      await request(t.http).get('/api/me').set(cookieHeaders(s)).expect(401);
      await request(t.http).get('/api/me').set(cookieHeaders(renewed)).expect(200);
      // The token of the old session does not fit the new one.
      const stale = await request(t.http).post('/api/auth/logout').set(cookieHeaders(renewed, s.csrf)).expect(403);
      expect(stale.body.code).toBe('CSRF_TOKEN_INVALID');
    });

    it('still answers a bearer token, and sets no cookie, to a request with a bearer token', async () => {
      const user = await createUser(t);
      const token = await loginAs(t, user);
      const body = { currentPassword: user.password, newPassword: 'another-long-password', confirmPassword: 'another-long-password' };
      const response = await request(t.http).post('/api/auth/password').set('authorization', `Bearer ${token}`).send(body).expect(200);
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('the OpenAPI document', () => {
    it('describes the cookie session and its CSRF header', async () => {
      const document = (await request(t.http).get('/api/docs/json').expect(200)).body;
      expect(document.components.securitySchemes).toMatchObject({
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE_NAME },
      });
      expect(document.components.securitySchemes.cookie.description).toContain(CSRF_HEADER);
      expect(document.paths['/api/auth/session'].post).toBeDefined();
      expect(document.paths['/api/me'].get.security).toEqual(expect.arrayContaining([{ bearer: [] }, { cookie: [] }]));
    });
  });
});

describe('First run with a cookie session', () => {
  let t: TestApp;
  const account = { username: 'quantri', displayName: 'Quản trị hệ thống', password: 'mat-khau-dai', confirmPassword: 'mat-khau-dai' };

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 400 naming query.session for an unknown session mode, and creates nobody', async () => {
    const { setupCode } = await t.app.get(SetupService).prepare();
    const response = await request(t.http).post('/api/setup/administrator?session=both').send({ ...account, setupCode }).expect(400);
    expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(['query.session']);
    expect((await request(t.http).get('/api/setup').expect(200)).body).toEqual({ needsAdministrator: true });
  });

  it('answers 415 to a form asking for a cookie session, and creates nobody', async () => {
    const { setupCode } = await t.app.get(SetupService).prepare();
    const form = new URLSearchParams({ ...account, setupCode: setupCode ?? '' }).toString();
    const response = await request(t.http).post('/api/setup/administrator?session=cookie').set('content-type', 'application/x-www-form-urlencoded').send(form).expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await request(t.http).get('/api/setup').expect(200)).body).toEqual({ needsAdministrator: true });
  });

  it('creates the administrator and signs them in with the cookie, answering no token', async () => {
    const { setupCode } = await t.app.get(SetupService).prepare();
    const response = await request(t.http).post('/api/setup/administrator?session=cookie').send({ ...account, setupCode }).expect(201);
    expect(Object.keys(response.body).sort()).toEqual(['expiresAt', 'user']);
    const s = cookieSessionOf(response);
    expect(setCookiesOf(response)[SESSION_COOKIE_NAME]).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/api', maxAge: TTL_SECONDS });
    const me = await request(t.http).get('/api/me').set(cookieHeaders(s, false)).expect(200);
    expect(me.body).toMatchObject({ username: 'quantri', role: 'admin' });
  });
});
