import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  PERIOD_KINDS,
  PeriodCreateBodySchema,
  PeriodListQuerySchema,
  PeriodUpdateBodySchema,
  ReportingPeriodDetailSchema,
  type PeriodListQuery,
  type ReportingPeriodDetailDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public, Roles } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { ReportingPeriodService, type PeriodCreate, type PeriodUpdate } from './reporting-period.service.js';

const EXAMPLE: ReportingPeriodDetailDto = {
  id: '9b1f5c3e-2f4a-4f7e-8d2a-6c1e0b7a9d45',
  year: 2020,
  kind: 'M9',
  label: { vi: '9 tháng đầu năm 2020', en: 'First 9 months of 2020' },
  windowFrom: '2019-12-15',
  windowTo: '2020-09-14',
  deadline: '2020-09-20',
  graceDays: 0,
  version: 1,
};

@ApiTags('reference data')
@Controller('periods')
export class ReportingPeriodController {
  constructor(private readonly periods: ReportingPeriodService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'List reporting periods with their data windows and deadlines' })
  @ApiQuery({ name: 'year', required: false, example: 2020 })
  @ApiQuery({ name: 'kind', required: false, enum: PERIOD_KINDS })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(ReportingPeriodDetailSchema) }, example: [EXAMPLE] })
  @apiErrorResponses(400)
  list(@Query(new ZodValidationPipe(PeriodListQuerySchema)) query: PeriodListQuery): Promise<ReportingPeriodDetailDto[]> {
    return this.periods.list(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One reporting period' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReportingPeriodDetailSchema), example: EXAMPLE })
  @apiErrorResponses(400, 404)
  get(@Param('id', uuidParam()) id: string): Promise<ReportingPeriodDetailDto> {
    return this.periods.detail(id);
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Create a reporting period (admins)',
    description:
      'A standard kind (Q1, H1, Q3, M9, YEAR) takes its window from the year and, unless one is sent, the default deadline ' +
      '(the 20th of its last month); a second one of the same kind and year is 409. An ad hoc period brings its title and dates.',
  })
  @ApiBody({
    schema: jsonSchemaOf(PeriodCreateBodySchema),
    examples: {
      standard: { summary: 'Third quarter 2025, deadline and grace set by the province', value: { kind: 'Q3', year: 2025, deadline: '2025-09-22', graceDays: 3 } },
      adhoc: {
        summary: 'An ad hoc report',
        value: {
          kind: 'ADHOC',
          year: 2025,
          title: { vi: 'Báo cáo đột xuất về sắp xếp bộ máy', en: 'Ad hoc report on the restructuring' },
          windowFrom: '2025-03-01',
          windowTo: '2025-03-31',
          deadline: '2025-04-05',
        },
      },
    },
  })
  @ApiCreatedResponse({ schema: jsonSchemaOf(ReportingPeriodDetailSchema), example: EXAMPLE })
  @apiErrorResponses(400, 401, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(PeriodCreateBodySchema)) body: PeriodCreate): Promise<ReportingPeriodDetailDto> {
    return this.periods.create(user, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change a period: deadline and grace days; title and dates of an ad hoc one (admins, versioned)',
    description:
      'The result must keep windowFrom <= windowTo <= deadline (400 otherwise). A stale version gets 409 VERSION_CONFLICT with ' +
      '`currentVersion`. Submissions already made keep the timing they were classified with.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({
    schema: jsonSchemaOf(PeriodUpdateBodySchema),
    examples: { deadline: { summary: 'A later deadline with three days of grace', value: { version: 1, deadline: '2020-09-25', graceDays: 3 } } },
  })
  @ApiOkResponse({ schema: jsonSchemaOf(ReportingPeriodDetailSchema), example: { ...EXAMPLE, deadline: '2020-09-25', graceDays: 3, version: 2 } })
  @apiErrorResponses(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(PeriodUpdateBodySchema)) body: PeriodUpdate,
  ): Promise<ReportingPeriodDetailDto> {
    return this.periods.update(user, id, body);
  }
}
