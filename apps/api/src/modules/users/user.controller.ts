import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  USER_ROLES,
  UserAccountSchema,
  UserCreateBodySchema,
  UserListQuerySchema,
  UserPasswordResetBodySchema,
  UserUpdateBodySchema,
  type UserAccountDto,
  type UserListQuery,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { UserService, type UserCreate, type UserPasswordReset, type UserUpdate } from './user.service.js';

const EXAMPLE: UserAccountDto = {
  id: '0b6f2a4e-8c1d-4e7a-9f3b-2d5c6e7f8a90',
  username: 'sngv',
  displayName: 'Chuyên viên Sở Ngoại vụ',
  role: 'reporter',
  agencyId: '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21',
  mustChangePassword: false,
  active: true,
  version: 1,
};

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  @ApiOperation({ summary: 'List accounts (admins); never with passwords' })
  @ApiQuery({ name: 'role', required: false, enum: USER_ROLES })
  @ApiQuery({ name: 'agencyId', required: false, description: 'Accounts of one agency.' })
  @ApiQuery({ name: 'active', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(UserAccountSchema) }, example: [EXAMPLE] })
  @apiErrorResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(UserListQuerySchema)) query: UserListQuery): Promise<UserAccountDto[]> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account (admins)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: jsonSchemaOf(UserAccountSchema), example: EXAMPLE })
  @apiErrorResponses(400, 401, 403, 404)
  get(@Param('id', uuidParam()) id: string): Promise<UserAccountDto> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({
    summary: 'Create an account (admins)',
    description: 'Reporters and approvers belong to one agency, reviewers and admins to none. A taken username (whatever its case) is 409.',
  })
  @ApiBody({
    schema: jsonSchemaOf(UserCreateBodySchema),
    examples: {
      reporter: {
        value: { username: 'sngv', password: 'a-long-password', displayName: 'Chuyên viên Sở Ngoại vụ', role: 'reporter', agencyId: EXAMPLE.agencyId },
      },
      reviewer: { value: { username: 'snv.cchc', password: 'a-long-password', displayName: 'Phòng CCHC, Sở Nội vụ', role: 'reviewer' } },
    },
  })
  @ApiCreatedResponse({ schema: jsonSchemaOf(UserAccountSchema), example: EXAMPLE })
  @apiErrorResponses(400, 401, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(UserCreateBodySchema)) body: UserCreate): Promise<UserAccountDto> {
    return this.users.createAccount(user, body);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an account: display name, role and agency, active (admins, versioned)',
    description:
      'Deactivating an account, or changing its role or agency, ends its sessions. An admin cannot deactivate or demote ' +
      'their own account (409). A stale version gets 409 VERSION_CONFLICT with `currentVersion`.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({
    schema: jsonSchemaOf(UserUpdateBodySchema),
    examples: {
      deactivate: { value: { version: 1, active: false } },
      moveToReviewer: { value: { version: 1, role: 'reviewer', agencyId: null } },
    },
  })
  @ApiOkResponse({ schema: jsonSchemaOf(UserAccountSchema), example: EXAMPLE })
  @apiErrorResponses(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(UserUpdateBodySchema)) body: UserUpdate,
  ): Promise<UserAccountDto> {
    return this.users.update(user, id, body);
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({
    summary: "Set a new password for an account (admins); the account's sessions end",
    description: '`version` is optional: when sent, a stale one gets 409.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ schema: jsonSchemaOf(UserPasswordResetBodySchema), examples: { reset: { value: { password: 'a-new-long-password' } } } })
  @ApiOkResponse({ schema: jsonSchemaOf(UserAccountSchema), example: { ...EXAMPLE, version: 2 } })
  @apiErrorResponses(400, 401, 403, 404, 409)
  resetPassword(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(UserPasswordResetBodySchema)) body: UserPasswordReset,
  ): Promise<UserAccountDto> {
    return this.users.resetPassword(user, id, body);
  }
}
