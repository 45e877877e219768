import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  AGENCY_KINDS,
  AgencyCreateBodySchema,
  AgencyDetailSchema,
  AgencyListQuerySchema,
  AgencySuccessionBodySchema,
  AgencyUpdateBodySchema,
  type AgencyDetailDto,
  type AgencyListQuery,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public, Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { AgencyService, type AgencyCreate, type AgencySuccession, type AgencyUpdate } from './agency.service.js';

const SNNMT_ID = '5a1e9c2b-7d3f-4e8a-b6c1-2f9d0e4a7b35';
const EXAMPLE: AgencyDetailDto = {
  id: '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21',
  code: 'SNNPTNT',
  name: { vi: 'Sở Nông nghiệp và Phát triển nông thôn', en: 'Department of Agriculture and Rural Development' },
  kind: 'department',
  parentId: null,
  validFrom: '2020-01-01',
  validTo: '2025-02-28',
  version: 2,
  predecessors: [],
  successors: [{ agencyId: SNNMT_ID, code: 'SNNMT', effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP' }],
};

@ApiTags('agencies')
@Controller('agencies')
export class AgencyController {
  constructor(private readonly agencies: AgencyService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'List reporting agencies, with the agencies they succeeded and were succeeded by',
    description: 'Departments and boards first, then districts and communes. `activeOn` gives the structure valid on a day (docs/domain.md §8).',
  })
  @ApiQuery({ name: 'kind', required: false, enum: AGENCY_KINDS })
  @ApiQuery({ name: 'activeOn', required: false, description: 'Only agencies in existence on this day (YYYY-MM-DD).', example: '2020-09-14' })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(AgencyDetailSchema) }, example: [EXAMPLE] })
  @apiErrorResponses(400)
  list(@Query(new ZodValidationPipe(AgencyListQuerySchema)) query: AgencyListQuery): Promise<AgencyDetailDto[]> {
    return this.agencies.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One agency, with its validity dates, version, predecessors and successors' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: jsonSchemaOf(AgencyDetailSchema), example: EXAMPLE })
  @apiErrorResponses(400, 404)
  get(@Param('id', uuidParam()) id: string): Promise<AgencyDetailDto> {
    return this.agencies.detail(id);
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Create an agency (admins)',
    description: 'A code names one agency at a time: 409 CONFLICT if another agency uses it on any day of the new validity.',
  })
  @ApiBody({
    schema: jsonSchemaOf(AgencyCreateBodySchema),
    examples: {
      merged2025: {
        summary: 'The department created by the February 2025 merger',
        value: {
          code: 'SNNMT',
          name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
          kind: 'department',
          validFrom: '2025-03-01',
        },
      },
    },
  })
  @ApiCreatedResponse({ schema: jsonSchemaOf(AgencyDetailSchema) })
  @apiErrorResponses(400, 401, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(AgencyCreateBodySchema)) body: AgencyCreate): Promise<AgencyDetailDto> {
    return this.agencies.create(user, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change an agency: code, names, kind, parent or validity dates (admins, versioned)',
    description:
      'Send the version you edited; a stale one gets 409 VERSION_CONFLICT with `currentVersion`. New dates must keep the ' +
      "agency's successions and the cut-off of every period it has reported for (409 CONFLICT otherwise).",
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({
    schema: jsonSchemaOf(AgencyUpdateBodySchema),
    examples: { close: { summary: 'Close on the eve of a merger', value: { version: 1, validTo: '2025-02-28' } } },
  })
  @ApiOkResponse({ schema: jsonSchemaOf(AgencyDetailSchema), example: EXAMPLE })
  @apiErrorResponses(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(AgencyUpdateBodySchema)) body: AgencyUpdate,
  ): Promise<AgencyDetailDto> {
    return this.agencies.update(user, id, body);
  }

  @Post(':id/successors')
  @Roles('admin')
  @ApiBearerAuth()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record that this agency was succeeded by another from a day (admins)',
    description:
      'The successor must exist on `effectiveOn` and this agency before it. Unless `closePredecessor` is false (only some ' +
      "duties moved), this agency's validity is closed on the day before `effectiveOn` if it was still open then. " +
      'Answers the predecessor with its successors.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The predecessor.' })
  @ApiBody({
    schema: jsonSchemaOf(AgencySuccessionBodySchema),
    examples: {
      merger: {
        summary: 'Sở NN&PTNT into Sở Nông nghiệp và Môi trường',
        value: { successorId: SNNMT_ID, effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP' },
      },
    },
  })
  @ApiCreatedResponse({ schema: jsonSchemaOf(AgencyDetailSchema), example: EXAMPLE })
  @apiErrorResponses(400, 401, 403, 404, 409)
  addSuccessor(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(AgencySuccessionBodySchema)) body: AgencySuccession,
  ): Promise<AgencyDetailDto> {
    return this.agencies.addSuccessor(user, id, body);
  }
}
