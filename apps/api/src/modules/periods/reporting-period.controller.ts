import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PERIOD_KINDS, PeriodListQuerySchema, ReportingPeriodSchema, type PeriodListQuery, type ReportingPeriodDto } from '@cchc/domain';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { ReportingPeriodService } from './reporting-period.service.js';
import { Public } from '../auth/auth.decorators.js';

@ApiTags('reference data')
@Public()
@Controller('periods')
export class ReportingPeriodController {
  constructor(private readonly periods: ReportingPeriodService) {}

  @Get()
  @ApiOperation({ summary: 'List reporting periods with their data windows and deadlines' })
  @ApiQuery({ name: 'year', required: false, example: 2020 })
  @ApiQuery({ name: 'kind', required: false, enum: PERIOD_KINDS })
  @ApiOkResponse({
    schema: { type: 'array', items: jsonSchemaOf(ReportingPeriodSchema) },
    example: [
      {
        id: '9b1f5c3e-2f4a-4f7e-8d2a-6c1e0b7a9d45',
        year: 2020,
        kind: 'M9',
        label: { vi: '9 tháng đầu năm 2020', en: 'First 9 months of 2020' },
        windowFrom: '2019-12-15',
        windowTo: '2020-09-14',
        deadline: '2020-09-20',
      },
    ],
  })
  @apiErrorResponses(400)
  list(@Query(new ZodValidationPipe(PeriodListQuerySchema)) query: PeriodListQuery): Promise<ReportingPeriodDto[]> {
    return this.periods.list(query);
  }
}
