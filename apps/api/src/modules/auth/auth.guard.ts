import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@cchc/domain';
import type { AuthenticatedRequest } from '../../common/auth/auth-user.js';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC, ROLES } from '../../common/auth/auth.decorators.js';
import { AppError } from '../../common/errors/app-error.js';
import { AuthService } from './auth.service.js';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(), and a route
 * marked @Roles(...) needs one of those roles (403 otherwise). A user who must choose a new
 * password reaches only the routes marked @AllowedBeforePasswordChange() until they have. It lives here, registered once as
 * APP_GUARD, because checking a token needs AuthService and the accounts; the markers it reads are
 * in common/auth, so the other modules never depend on this one.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new AppError('UNAUTHENTICATED', 'Sign in first: send "Authorization: Bearer <accessToken>".');
    }
    const { user, mustChangePassword } = await this.auth.authenticate(token);
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
}
