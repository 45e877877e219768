import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  NotificationListQuerySchema,
  NotificationListResponseSchema,
  NotificationReadAllResponseSchema,
  NotificationSchema,
  NotificationSettingsBodySchema,
  NotificationSettingsSchema,
  type NotificationDto,
  type NotificationListQuery,
  type NotificationListResponse,
  type NotificationReadAllResponse,
  type NotificationSettingsBody,
  type NotificationSettingsDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { NotificationService } from './notification.service.js';

/** `/api/notifications`: every signed-in user's own notifications; nobody reads or marks another's. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: "The signed-in user's notifications, newest first, with the count of unread ones" })
  @ApiOkResponse({ schema: jsonSchemaOf(NotificationListResponseSchema) })
  @apiErrorResponses(400, 401)
  list(@CurrentUser() user: AuthUser, @Query(new ZodValidationPipe(NotificationListQuerySchema)) query: NotificationListQuery): Promise<NotificationListResponse> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: "Mark every one of the user's notifications read" })
  @ApiOkResponse({ schema: jsonSchemaOf(NotificationReadAllResponseSchema) })
  @apiErrorResponses(401)
  readAll(@CurrentUser() user: AuthUser): Promise<NotificationReadAllResponse> {
    return this.notifications.readAll(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read (404 for one that is not the user’s)' })
  @ApiOkResponse({ schema: jsonSchemaOf(NotificationSchema) })
  @apiErrorResponses(400, 401, 404)
  read(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<NotificationDto> {
    return this.notifications.read(user, id);
  }
}

/** `/api/account/notifications`: the signed-in user's own e-mail address and what reaches them by e-mail. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('account/notifications')
export class NotificationSettingsController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: "The user's e-mail address, the kinds they receive by e-mail and those they can choose" })
  @ApiOkResponse({ schema: jsonSchemaOf(NotificationSettingsSchema) })
  @apiErrorResponses(401)
  get(@CurrentUser() user: AuthUser): Promise<NotificationSettingsDto> {
    return this.notifications.settings(user);
  }

  @Put()
  @ApiOperation({ summary: 'Change the e-mail address and the kinds received by e-mail (409 on a stale version)' })
  @ApiBody({ schema: jsonSchemaOf(NotificationSettingsBodySchema), examples: { chosen: { value: { email: 'stp.cv@example.org', emailKinds: ['RETURNED', 'DEADLINE_SOON'], version: 1 } } } })
  @ApiOkResponse({ schema: jsonSchemaOf(NotificationSettingsSchema) })
  @apiErrorResponses(400, 401, 409)
  put(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(NotificationSettingsBodySchema)) body: NotificationSettingsBody): Promise<NotificationSettingsDto> {
    return this.notifications.updateSettings(user, body);
  }
}
