import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ReminderRunResponseSchema,
  ReminderSettingsBodySchema,
  ReminderSettingsSchema,
  type ReminderRunResponse,
  type ReminderSettingsBody,
  type ReminderSettingsDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { ReminderService } from './reminder.service.js';

/** `/api/admin/reminders`: the administrator sets the days of the deadline reminders, sees the last run, runs them now. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/reminders')
export class ReminderController {
  constructor(private readonly reminders: ReminderService) {}

  @Get()
  @ApiOperation({ summary: 'The days the deadline reminders go out, and their last run' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReminderSettingsSchema) })
  @apiErrorResponses(401, 403)
  get(): Promise<ReminderSettingsDto> {
    return this.reminders.settings();
  }

  @Put()
  @ApiOperation({ summary: 'Set the days before the deadline and after it that reminders go out' })
  @ApiBody({ schema: jsonSchemaOf(ReminderSettingsBodySchema), examples: { usual: { value: { before: [5, 1], after: [1] } } } })
  @ApiOkResponse({ schema: jsonSchemaOf(ReminderSettingsSchema) })
  @apiErrorResponses(400, 401, 403)
  put(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(ReminderSettingsBodySchema)) body: ReminderSettingsBody): Promise<ReminderSettingsDto> {
    return this.reminders.updateSettings(user, body);
  }

  @Post('run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the reminders due today now (each reminder goes out once, however often this runs)' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReminderRunResponseSchema) })
  @apiErrorResponses(401, 403)
  run(): Promise<ReminderRunResponse> {
    return this.reminders.run('admin');
  }
}
