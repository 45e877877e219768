import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntrySchema, AuditQuerySchema, type AuditEntryDto, type AuditQuery } from '@cchc/domain';
import { Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('reviewer', 'admin')
  @ApiOperation({ summary: 'Every change to a report: who, when, what, before and after (reviewers and admins)' })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(AuditEntrySchema) } })
  @apiErrorResponses(400, 401, 403, 404)
  list(@Query(new ZodValidationPipe(AuditQuerySchema)) query: AuditQuery): Promise<AuditEntryDto[]> {
    return this.audit.forReport(query.reportId);
  }
}
