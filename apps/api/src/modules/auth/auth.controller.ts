import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  LoginRequestSchema,
  LoginResponseSchema,
  UserSchema,
  type LoginRequest,
  type LoginResponse,
  type UserDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with a username and password; returns a bearer token' })
  @ApiBody({ schema: jsonSchemaOf(LoginRequestSchema), examples: { reporter: { value: { username: 'sngv', password: 'demo123' } } } })
  @ApiOkResponse({ schema: jsonSchemaOf(LoginResponseSchema) })
  @apiErrorResponses(400, 401)
  login(@Body(new ZodValidationPipe(LoginRequestSchema)) body: LoginRequest): Promise<LoginResponse> {
    return this.auth.login(body);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: every token issued to this user so far stops working' })
  @apiErrorResponses(401)
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with role and agency' })
  @ApiOkResponse({ schema: jsonSchemaOf(UserSchema) })
  @apiErrorResponses(401)
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user);
  }
}
