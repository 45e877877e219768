import { Inject, Injectable } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, type LoginResponse, type SessionResponse } from '@cchc/domain';
import type { CookieOptions, Request, Response } from 'express';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AppConfig } from '../../config/app-config.js';
import { AppSettingRepository } from '../settings/app-setting.repository.js';

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
 * read (`cchc_csrf`, also SameSite=Strict) holds an HMAC of the session token under a key of the
 * server's own, and every write authenticated by the cookie must echo it in `X-CSRF-Token`.
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
  private csrfKey?: Promise<Buffer>;

  constructor(
    private readonly settings: AppSettingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sets a session's cookies and answers it without its token. */
  async issue(request: Request, response: Response, session: LoginResponse): Promise<SessionResponse> {
    const maxAge = this.config.tokenTtlSeconds * 1000;
    response.cookie(SESSION_COOKIE, session.accessToken, { ...this.options(request, SESSION_COOKIE_PATH, true), maxAge });
    response.cookie(CSRF_COOKIE, await this.csrfTokenOf(session.accessToken), { ...this.options(request, '/', false), maxAge });
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
  async verifyCsrf(request: Request, sessionToken: string): Promise<void> {
    const sent = request.get(CSRF_HEADER) ?? '';
    const expected = Buffer.from(await this.csrfTokenOf(sessionToken));
    const given = Buffer.from(sent);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(
        'CSRF_TOKEN_INVALID',
        `A change made with the session cookie must carry the session's CSRF token (the ${CSRF_COOKIE} cookie) in the ${CSRF_HEADER} header. Reload the page, or sign in again.`,
      );
    }
  }

  private async csrfTokenOf(sessionToken: string): Promise<string> {
    const key = await this.key();
    return createHmac('sha256', key).update(sessionToken).digest('base64url');
  }

  /** A key of its own (not the token-signing key), made on first use and kept in the database, so every instance agrees. */
  private key(): Promise<Buffer> {
    this.csrfKey ??= this.settings
      .getOrCreate('csrf_secret', () => randomBytes(48).toString('base64url'))
      .then((value) => Buffer.from(value, 'base64url'))
      .catch((error: unknown) => {
        this.csrfKey = undefined;
        throw error;
      });
    return this.csrfKey;
  }

  private options(request: Request, path: string, httpOnly: boolean): CookieOptions {
    return { httpOnly, sameSite: 'strict', path, secure: request.secure };
  }
}
