import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AGENCY_KINDS, AgencyListQuerySchema, AgencySchema, type AgencyDto, type AgencyListQuery } from '@cchc/domain';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { AgencyService } from './agency.service.js';
import { Public } from '../auth/auth.decorators.js';

@ApiTags('agencies')
@Public()
@Controller('agencies')
export class AgencyController {
  constructor(private readonly agencies: AgencyService) {}

  @Get()
  @ApiOperation({ summary: 'List reporting agencies', description: 'Departments and boards first, then districts and communes.' })
  @ApiQuery({ name: 'kind', required: false, enum: AGENCY_KINDS })
  @ApiQuery({ name: 'activeOn', required: false, description: 'Only agencies in existence on this day (YYYY-MM-DD).', example: '2020-09-14' })
  @ApiOkResponse({
    schema: { type: 'array', items: jsonSchemaOf(AgencySchema) },
    example: [
      {
        id: '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21',
        code: 'SNgV',
        name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' },
        kind: 'department',
        parentId: null,
        validFrom: '2020-01-01',
        validTo: null,
      },
    ],
  })
  @apiErrorResponses(400)
  list(@Query(new ZodValidationPipe(AgencyListQuerySchema)) query: AgencyListQuery): Promise<AgencyDto[]> {
    return this.agencies.list(query);
  }
}
