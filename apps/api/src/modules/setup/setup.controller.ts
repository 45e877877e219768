import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  LoginResponseSchema,
  SessionModeQuerySchema,
  SessionResponseSchema,
  SetupAdministratorBodySchema,
  SetupStatusSchema,
  type LoginResponse,
  type SessionModeQuery,
  type SessionResponse,
  type SetupStatusDto,
} from '@cchc/domain';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/auth.decorators.js';
import { assertJsonRequest } from '../../common/http/json-only.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { SessionCookies } from '../auth/session-cookies.js';
import { SetupService, type SetupAdministrator } from './setup.service.js';

@ApiTags('setup')
@Public()
@Controller('setup')
export class SetupController {
  constructor(
    private readonly setup: SetupService,
    private readonly cookies: SessionCookies,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether this installation still has no administrator (public: the sign-in page asks)' })
  @ApiOkResponse({ schema: jsonSchemaOf(SetupStatusSchema), example: { needsAdministrator: true } })
  status(): Promise<SetupStatusDto> {
    return this.setup.status();
  }

  @Post('administrator')
  @ApiOperation({
    summary: 'Create the first administrator with the setup code from the server log; answers their session',
    description:
      'Public, and only while no active administrator exists (409 `SETUP_DONE` after). The one-time `setupCode` is printed in the ' +
      "server's log at start; spaces, dashes and case do not matter. A wrong code is 403 `SETUP_CODE_INVALID`; after 5 wrong codes " +
      'every code issued so far is refused with 429 `SETUP_LOCKED` until the next start prints a new one. Logged as `SETUP`. ' +
      'With `?session=cookie` (the browser) the session is set as the httpOnly session cookie, as `POST /api/auth/session` does, ' +
      'and the answer carries no token.',
  })
  @ApiQuery({ name: 'session', required: false, enum: ['token', 'cookie'], description: 'How to answer the session: a bearer token (default) or cookies' })
  @ApiBody({
    schema: jsonSchemaOf(SetupAdministratorBodySchema),
    examples: {
      administrator: {
        value: { setupCode: '7KQ2-M9XD-4HPT', username: 'quantri', displayName: 'Quản trị hệ thống', password: 'a-long-password', confirmPassword: 'a-long-password' },
      },
    },
  })
  @ApiCreatedResponse({ schema: { oneOf: [jsonSchemaOf(LoginResponseSchema), jsonSchemaOf(SessionResponseSchema)] } })
  @apiErrorResponses(400, 403, 409, 415, 429)
  async createAdministrator(
    @Body(new ZodValidationPipe(SetupAdministratorBodySchema)) body: SetupAdministrator,
    @Query(new ZodValidationPipe(SessionModeQuerySchema)) query: SessionModeQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse | SessionResponse> {
    if (query.session === 'cookie') assertJsonRequest(request);
    const session = await this.setup.createAdministrator(body);
    return query.session === 'cookie' ? this.cookies.issue(request, response, session) : session;
  }
}
