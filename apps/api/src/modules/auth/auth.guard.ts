import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@cchc/domain';
import type { AuthenticatedRequest } from '../../common/auth/auth-user.js';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC, ROLES } from '../../common/auth/auth.decorators.js';
import { AppError } from '../../common/errors/app-error.js';
import { AuthService, type Authentication } from './auth.service.js';
import { needsCsrfToken, SessionCookies } from './session-cookies.js';

/**
 * Global guard: every route needs a valid session unless marked @Public(), and a route
 * marked @Roles(...) needs one of those roles (403 otherwise). A user who must choose a new
 * password reaches only the routes marked @AllowedBeforePasswordChange() until they have. A
 * session is a bearer token (API clients) or, without an Authorization header, the browser's
 * session cookie; a POST, PUT, PATCH or DELETE with the cookie must also carry its CSRF token
 * (403 CSRF_TOKEN_INVALID), checked after the session so an expired one still answers 401. It lives here, registered once as
 * APP_GUARD, because checking a token needs AuthService and the accounts; the markers it reads are
 * in common/auth, so the other modules never depend on this one.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { user, mustChangePassword } = await this.authenticate(request);
    request.user = user;
    if (mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Your password was reset by an administrator: choose a new one first (POST /api/auth/password).');
    }

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.user.role)) {
      throw new AppError('FORBIDDEN', `This action is for ${roles.join(', ')} users only.`);
    }
    return true;
  }

  /** Who the bearer token or, without one, the session cookie belongs to. */
  private async authenticate(request: AuthenticatedRequest): Promise<Authentication> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const [scheme, token] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) {
        throw new AppError('UNAUTHENTICATED', 'Send "Authorization: Bearer <accessToken>", or sign in in the browser.');
      }
      request.sessionTransport = 'bearer';
      return this.auth.authenticate(token);
    }
    const sessionToken = this.cookies.sessionTokenOf(request);
    if (!sessionToken) {
      throw new AppError('UNAUTHENTICATED', 'Sign in first: send "Authorization: Bearer <accessToken>", or sign in in the browser.');
    }
    const authentication = await this.auth.authenticate(sessionToken);
    if (needsCsrfToken(request.method)) this.cookies.verifyCsrf(request, sessionToken);
    request.sessionTransport = 'cookie';
    return authentication;
  }
}
