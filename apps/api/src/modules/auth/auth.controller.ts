import { Body, Controller, Get, HttpCode, Ip, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  PasswordChangeBodySchema,
  LoginRequestSchema,
  LoginResponseSchema,
  SessionResponseSchema,
  UserSchema,
  type LoginRequest,
  type LoginResponse,
  type SessionResponse,
  type UserDto,
} from '@cchc/domain';
import type { Response } from 'express';
import type { AuthenticatedRequest, AuthUser } from '../../common/auth/auth-user.js';
import { AllowedBeforePasswordChange, CurrentUser, Public } from '../../common/auth/auth.decorators.js';
import { JsonOnlyGuard } from '../../common/http/json-only.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import type { PasswordChange } from '../users/user.service.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE, SessionCookies } from './session-cookies.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with a username and password; returns a bearer token',
    description:
      'Throttled per account (the username as typed, known or not) and per client address: after 5 failures the account is locked for 1 minute, ' +
      'each further failure doubling it up to 15 minutes; an address is locked after 100 failures within an hour. While locked, every attempt, ' +
      'the right password too, is 429 `TOO_MANY_SIGN_IN_ATTEMPTS` with `retryAt`, `retryAfterSeconds` and a Retry-After header. A success ' +
      'starts the account\'s count again. Sign-ins and lockouts are in the admin log (`SIGN_IN`, `LOCKOUT`).',
  })
  @ApiBody({ schema: jsonSchemaOf(LoginRequestSchema), examples: { reporter: { value: { username: 'sngv', password: 'the-user-password' } } } })
  @ApiOkResponse({ schema: jsonSchemaOf(LoginResponseSchema) })
  @apiErrorResponses(400, 401, 429)
  login(@Body(new ZodValidationPipe(LoginRequestSchema)) body: LoginRequest, @Ip() clientAddress: string | undefined): Promise<LoginResponse> {
    return this.auth.login(body, clientAddress ?? 'unknown');
  }

  @Public()
  @Post('auth/session')
  @UseGuards(JsonOnlyGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in in the browser: the session becomes an httpOnly cookie the page never sees',
    description:
      `The same sign-in as \`POST /api/auth/login\`, answered without the token: it is set as the \`${SESSION_COOKIE}\` cookie ` +
      `(HttpOnly, SameSite=Strict, Path=/api, Secure over HTTPS, Max-Age the token lifetime), with the \`${CSRF_COOKIE}\` cookie the page ` +
      `reads and echoes in \`${CSRF_HEADER}\` on every POST, PUT, PATCH and DELETE (403 \`CSRF_TOKEN_INVALID\` otherwise). ` +
      'JSON only (415 otherwise): a form posted by another site cannot sign the browser in.',
  })
  @ApiBody({ schema: jsonSchemaOf(LoginRequestSchema), examples: { reporter: { value: { username: 'sngv', password: 'the-user-password' } } } })
  @ApiOkResponse({ schema: jsonSchemaOf(SessionResponseSchema), headers: { 'Set-Cookie': { description: 'The session and CSRF cookies', schema: { type: 'string' } } } })
  @apiErrorResponses(400, 401, 415, 429)
  async startCookieSession(
    @Body(new ZodValidationPipe(LoginRequestSchema)) body: LoginRequest,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    return this.cookies.issue(request, response, await this.auth.login(body, request.ip ?? 'unknown'));
  }

  @Post('auth/logout')
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: every session of this user so far stops working, and the session cookies are cleared' })
  @apiErrorResponses(401, 403)
  async logout(@CurrentUser() user: AuthUser, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(user);
    this.cookies.clear(request, response);
  }

  @Post('auth/password')
  @AllowedBeforePasswordChange()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Choose a new password (any signed-in user); answers a new session and ends the others',
    description:
      'The current password proves who is asking: a wrong one is 403 `WRONG_PASSWORD` and changes nothing. The new one is typed twice ' +
      '(`confirmPassword`); a short one, a mismatch or the current one again is 400 with field paths. Every session of the user ends; ' +
      'the answer carries the token that continues (with the session cookie: new cookies, and the answer without the token). ' +
      'Clears `mustChangePassword`. Logged in the admin log as `PASSWORD_CHANGE`.',
  })
  @ApiBody({
    schema: jsonSchemaOf(PasswordChangeBodySchema),
    examples: { change: { value: { currentPassword: 'the-current-password', newPassword: 'a-new-long-password', confirmPassword: 'a-new-long-password' } } },
  })
  @ApiOkResponse({ schema: { oneOf: [jsonSchemaOf(LoginResponseSchema), jsonSchemaOf(SessionResponseSchema)] } })
  @apiErrorResponses(400, 401, 403, 409)
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body(new ZodValidationPipe(PasswordChangeBodySchema)) body: PasswordChange,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse | SessionResponse> {
    const session = await this.auth.changePassword(user, body);
    return request.sessionTransport === 'cookie' ? this.cookies.issue(request, response, session) : session;
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with role, agency and whether they must choose a new password' })
  @ApiOkResponse({ schema: jsonSchemaOf(UserSchema) })
  @apiErrorResponses(401)
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user);
  }
}
