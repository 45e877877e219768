import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ADMIN_ENTITY_TYPES, AdminAuditEntrySchema, AdminAuditQuerySchema, type AdminAuditEntryDto, type AdminAuditQuery } from '@cchc/domain';
import { Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { AdminAuditService } from './admin-audit.service.js';

@ApiTags('administration')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AdminAuditService) {}

  @Get()
  @ApiOperation({
    summary: 'Every change administrators made to agencies, users and periods, newest first (admins)',
    description: 'Who, when, what, and the state before and after. Password hashes are never recorded.',
  })
  @ApiQuery({ name: 'entityType', required: false, enum: ADMIN_ENTITY_TYPES })
  @ApiQuery({ name: 'entityId', required: false, description: 'One agency, user or period.' })
  @ApiQuery({ name: 'limit', required: false, example: 200 })
  @ApiOkResponse({
    schema: { type: 'array', items: jsonSchemaOf(AdminAuditEntrySchema) },
    example: [
      {
        id: '12',
        entityType: 'agency',
        entityId: '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21',
        action: 'SUCCESSION',
        actorId: '0b6f2a4e-8c1d-4e7a-9f3b-2d5c6e7f8a90',
        actorUsername: 'admin',
        actorDisplayName: 'Quản trị hệ thống',
        actorRole: 'admin',
        actorAgency: null,
        at: '2025-03-01T02:00:00.000Z',
        before: { code: 'SKHĐT', validTo: null, version: 1 },
        after: { code: 'SKHĐT', validTo: '2025-02-28', version: 2, successor: { code: 'STC', effectiveOn: '2025-03-01' } },
      },
    ],
  })
  @apiErrorResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(AdminAuditQuerySchema)) query: AdminAuditQuery): Promise<AdminAuditEntryDto[]> {
    return this.audit.list(query);
  }
}
