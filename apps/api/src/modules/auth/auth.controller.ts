import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  PasswordChangeBodySchema,
  LoginRequestSchema,
  LoginResponseSchema,
  UserSchema,
  type LoginRequest,
  type LoginResponse,
  type UserDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { AllowedBeforePasswordChange, CurrentUser, Public } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import type { PasswordChange } from '../users/user.service.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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

  @Post('auth/logout')
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: every token issued to this user so far stops working' })
  @apiErrorResponses(401)
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
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
      'the answer carries the token that continues. Clears `mustChangePassword`. Logged in the admin log as `PASSWORD_CHANGE`.',
  })
  @ApiBody({
    schema: jsonSchemaOf(PasswordChangeBodySchema),
    examples: { change: { value: { currentPassword: 'the-current-password', newPassword: 'a-new-long-password', confirmPassword: 'a-new-long-password' } } },
  })
  @ApiOkResponse({ schema: jsonSchemaOf(LoginResponseSchema) })
  @apiErrorResponses(400, 401, 403, 409)
  changePassword(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(PasswordChangeBodySchema)) body: PasswordChange): Promise<LoginResponse> {
    return this.auth.changePassword(user, body);
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
