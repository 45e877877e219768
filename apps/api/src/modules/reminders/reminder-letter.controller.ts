import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReminderLetterBodySchema, ReminderLetterSchema, type ReminderLetterBody, type ReminderLetterDto } from '@cchc/domain';
import type { Response } from 'express';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { ReminderLetterService } from './reminder-letter.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ListQuerySchema = z.strictObject({ periodId: z.uuid().optional() });

/**
 * `/api/reminder-letters`: Home Affairs' reminder letters to agencies that have not reported.
 * Reviewers write them; administrators may read them; agency users get 403 (a letter names other
 * agencies; each agency learns of its own through its notification).
 */
@ApiTags('reminder-letters')
@ApiBearerAuth()
@Roles('reviewer', 'admin')
@Controller('reminder-letters')
export class ReminderLetterController {
  constructor(private readonly letters: ReminderLetterService) {}

  @Post()
  @Roles('reviewer')
  @ApiOperation({ summary: 'Issue a reminder letter to agencies of a period that have not submitted; notifies their users (reviewer)' })
  @ApiBody({
    schema: jsonSchemaOf(ReminderLetterBodySchema),
    examples: {
      letter: {
        value: {
          periodId: '00000000-0000-4000-8000-000000000000',
          agencyIds: ['00000000-0000-4000-8000-000000000001'],
          number: '152',
          issuedOn: '2020-09-22',
          signer: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
          replyBy: '2020-09-25',
        },
      },
    },
  })
  @ApiCreatedResponse({ schema: jsonSchemaOf(ReminderLetterSchema) })
  @apiErrorResponses(400, 401, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(ReminderLetterBodySchema)) body: ReminderLetterBody): Promise<ReminderLetterDto> {
    return this.letters.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'The reminder letters, newest first (of one period with periodId)' })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(ReminderLetterSchema) } })
  @apiErrorResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(ListQuerySchema)) query: z.infer<typeof ListQuerySchema>): Promise<ReminderLetterDto[]> {
    return this.letters.list(query.periodId);
  }

  @Get(':id/document')
  @ApiOperation({ summary: 'The reminder letter as a Word document (Decree 30 layout)' })
  @ApiProduces(DOCX_TYPE)
  @apiErrorResponses(400, 401, 403, 404)
  async document(@Param('id', uuidParam()) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const { buffer, fileName } = await this.letters.document(id);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return new StreamableFile(buffer, { type: DOCX_TYPE });
  }
}
