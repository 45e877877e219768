import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginRequest, LoginResponse, UserDto } from '@cchc/domain';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AppConfig } from '../../config/app-config.js';
import { verifyPassword } from '../users/password-hasher.js';
import { NotificationService } from '../notifications/notification.service.js';
import { toUserDto } from '../users/user.dto.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserRepository } from '../users/user.repository.js';
import { UserService, type PasswordChange } from '../users/user.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

interface TokenClaims {
  sub: string;
  /** The user's token version when the token was issued (logout raises it). */
  tv: number;
}

const TokenClaimsSchema = z.object({ sub: z.uuid(), tv: z.number().int() });

/** Who a valid token belongs to, and whether they must choose a new password first. */
export interface Authentication {
  user: AuthUser;
  mustChangePassword: boolean;
}

// Verified when the username is unknown, so both failures take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$v+Hqfos6YLG6Sz471NDoAA$GuNl12KHMOsN2lAF3+7GaQiM8aJfjTmknl8mgtombPQ';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly accounts: UserService,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottleService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs in from `clientAddress`; throttled per account and address (429 while locked). */
  async login(request: LoginRequest, clientAddress: string): Promise<LoginResponse> {
    const attempt = await this.throttle.begin(request.username, clientAddress);
    const user = await this.users.findByUsername(request.username);
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, request.password);
    if (!user || !valid || !user.active) {
      await this.throttle.failed(attempt, user);
      throw new AppError('UNAUTHENTICATED', 'Wrong username or password.');
    }
    await this.throttle.succeeded(attempt, user);
    return this.startSession(user);
  }

  /** A new session for the user as stored now (its token carries the current token version). */
  async startSession(user: UserEntity, now: Date = new Date()): Promise<LoginResponse> {
    const claims: TokenClaims = { sub: user.id, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.tokenTtlSeconds });
    const expiresAt = new Date(now.getTime() + this.config.tokenTtlSeconds * 1000).toISOString();
    return { accessToken, expiresAt, user: toUserDto(user, await this.notifications.unreadCount(user.id)) };
  }

  /** The user a token belongs to, or UNAUTHENTICATED if it is invalid, expired or revoked. */
  async authenticate(token: string): Promise<Authentication> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token);
    } catch {
      throw new AppError('UNAUTHENTICATED', 'The session is invalid or has expired. Sign in again.');
    }
    // A signature only says the key made it: claims of another shape (another version of the
    // app) must not reach the database, where a user id that is no UUID is a query error.
    if (!TokenClaimsSchema.safeParse(claims).success) {
      throw new AppError('UNAUTHENTICATED', 'The session is invalid or has expired. Sign in again.');
    }
    const user = await this.users.sessionUser(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.tv) {
      throw new AppError('UNAUTHENTICATED', 'The session is invalid or has expired. Sign in again.');
    }
    return {
      user: { id: user.id, username: user.username, role: user.role, agencyId: user.agencyId },
      mustChangePassword: user.mustChangePassword,
    };
  }

  /** Ends every session of the user: tokens issued before are refused from now on. */
  async logout(user: AuthUser): Promise<void> {
    await this.users.bumpTokenVersion(user.id);
  }

  /**
   * The user's own new password. Every session they had ends (a stolen token or a forgotten
   * signed-in computer stops working), and the one that asked continues with the new token
   * answered here: the person has just proven the password, and asking them to sign in again
   * would only add a step.
   */
  async changePassword(user: AuthUser, body: PasswordChange): Promise<LoginResponse> {
    return this.startSession(await this.accounts.changeOwnPassword(user, body));
  }

  async me(user: AuthUser): Promise<UserDto> {
    const [entity, unread] = await Promise.all([this.users.findById(user.id), this.notifications.unreadCount(user.id)]);
    if (!entity) throw new AppError('UNAUTHENTICATED', 'The account no longer exists.');
    return toUserDto(entity, unread);
  }
}
