import { Inject, Injectable } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, type LoginResponse, type SessionResponse } from '@cchc/domain';
import type { CookieOptions, Request, Response } from 'express';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AppConfig } from '../../config/app-config.js';
import { SIGNING_KEY } from './signing-key.module.js';

/** The httpOnly cookie that carries a browser's session token; only the API's paths receive it. */
export const SESSION_COOKIE = 'cchc_session';
const SESSION_COOKIE_PATH = '/api';

/** Methods that change something: the ones a cookie session must send the CSRF token with. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether a request of this method, authenticated by the cookie, must carry the CSRF token. */
export const needsCsrfToken = (method: string): boolean => UNSAFE_METHODS.has(method.toUpperCase());

/**
 * Browser sessions: the token lives in an httpOnly cookie (`SameSite=Strict`, `Path=/api`,
 * `Secure` over HTTPS, as long-lived as the token), so no script of the page can read it.
 *
 * CSRF is countered by a signed double submit: beside the session cookie, a cookie the page may
 * read (`cchc_csrf`, also SameSite=Strict) holds an HMAC of the session token under a key derived
 * from the signing key, and every write authenticated by the cookie must echo it in `X-CSRF-Token`.
 * Another site can neither read that cookie nor compute the HMAC, and the token is bound to the
 * session: a new session (sign-in, a changed password) comes with a new one, and one session's
 * token is worth nothing with another. It needs no state on the server, and the page reads it
 * afresh from the cookie on each write, so every tab follows a renewed session. Plain node:crypto
 * rather than a CSRF library: the check is one HMAC compared in constant time, and tying it to a
 * session started in the same answer is awkward with csrf-csrf, which reads the session from the
 * request.
 */
@Injectable()
export class SessionCookies {
  /**
   * Derived from the signing key (HKDF-SHA256 with a label of its own), so it is never stored,
   * every replica that shares the signing key agrees on it, and replacing the signing key
   * replaces it too.
   */
  private readonly csrfKey: Buffer;

  constructor(
    @Inject(SIGNING_KEY) signingKey: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.csrfKey = Buffer.from(hkdfSync('sha256', signingKey, '', 'cchc csrf token key', 32));
  }

  /** Sets a session's cookies and answers it without its token. */
  issue(request: Request, response: Response, session: LoginResponse): SessionResponse {
    const maxAge = this.config.tokenTtlSeconds * 1000;
    response.cookie(SESSION_COOKIE, session.accessToken, { ...this.options(request, SESSION_COOKIE_PATH, true), maxAge });
    response.cookie(CSRF_COOKIE, this.csrfTokenOf(session.accessToken), { ...this.options(request, '/', false), maxAge });
    return { expiresAt: session.expiresAt, user: session.user };
  }

  /** Removes both cookies from the browser (sign-out). */
  clear(request: Request, response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.options(request, SESSION_COOKIE_PATH, true));
    response.clearCookie(CSRF_COOKIE, this.options(request, '/', false));
  }

  /** The session token the browser sent in its cookie, if any. */
  sessionTokenOf(request: Request): string | null {
    const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    return typeof value === 'string' && value !== '' ? value : null;
  }

  /** Refuses, with 403 CSRF_TOKEN_INVALID, a request whose CSRF header is not the session's token. */
  verifyCsrf(request: Request, sessionToken: string): void {
    const sent = request.get(CSRF_HEADER) ?? '';
    const expected = Buffer.from(this.csrfTokenOf(sessionToken));
    const given = Buffer.from(sent);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(
        'CSRF_TOKEN_INVALID',
        `A change made with the session cookie must carry the session's CSRF token (the ${CSRF_COOKIE} cookie) in the ${CSRF_HEADER} header. Reload the page, or sign in again.`,
      );
    }
  }

  private csrfTokenOf(sessionToken: string): string {
    return createHmac('sha256', this.csrfKey).update(sessionToken).digest('base64url');
  }

  private options(request: Request, path: string, httpOnly: boolean): CookieOptions {
    return { httpOnly, sameSite: 'strict', path, secure: request.secure };
  }
}
