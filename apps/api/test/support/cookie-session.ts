import { CSRF_COOKIE, CSRF_HEADER } from '@cchc/domain';
import { parseSetCookie, type SetCookie } from 'cookie';
import request from 'supertest';
import type { TestApp } from './test-app.js';

export const SESSION_COOKIE_NAME = 'cchc_session';

/** A browser's session: the cookies it holds and the CSRF token its page read. */
export interface CookieSession {
  session: string;
  csrf: string;
}

/** The cookies an answer set, by name. */
export function setCookiesOf(response: request.Response): Record<string, SetCookie> {
  const header = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return Object.fromEntries(lines.map((line) => parseSetCookie(line)).map((c) => [c.name, c]));
}

/** The session an answer started (its cookies), failing if it set none. */
export function cookieSessionOf(response: request.Response): CookieSession {
  const cookies = setCookiesOf(response);
  const session = cookies[SESSION_COOKIE_NAME]?.value;
  const csrf = cookies[CSRF_COOKIE]?.value;
  if (!session || !csrf) throw new Error(`No session cookies in ${JSON.stringify(response.headers['set-cookie'])}`);
  return { session, csrf };
}

/** Signs in as the browser does: `POST /api/auth/session`. */
export async function cookieSessionAs(t: TestApp, user: { username: string; password: string }): Promise<CookieSession> {
  const response = await request(t.http).post('/api/auth/session').send({ username: user.username, password: user.password }).expect(200);
  return cookieSessionOf(response);
}

/**
 * The headers a browser sends with a cookie session: the cookies, and the CSRF header unless
 * `csrf` says otherwise (`false` leaves it out, a string sends that instead).
 */
export function cookieHeaders(s: CookieSession, csrf: boolean | string = true): Record<string, string> {
  const headers: Record<string, string> = { cookie: `${SESSION_COOKIE_NAME}=${s.session}; ${CSRF_COOKIE}=${s.csrf}` };
  if (csrf !== false) headers[CSRF_HEADER] = csrf === true ? s.csrf : csrf;
  return headers;
}
