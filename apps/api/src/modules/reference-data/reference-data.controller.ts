import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReferenceDataSchema, type ReferenceDataDto } from '@cchc/domain';
import { Public } from '../../common/auth/auth.decorators.js';
import { DataVersionEtagInterceptor } from '../../common/http/data-version-etag.interceptor.js';
import { jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { ReformAreaService } from '../reform-areas/reform-area.service.js';

/**
 * The three public lists every screen needs, in one request: the same answers as `GET /api/agencies`,
 * `/api/reform-areas` and `/api/periods` without filters. Tagged with the data version, so a page
 * opened again gets a 304.
 */
@ApiTags('reference data')
@Controller('reference-data')
export class ReferenceDataController {
  constructor(
    private readonly agencies: AgencyService,
    private readonly areas: ReformAreaService,
    private readonly periods: ReportingPeriodService,
  ) {}

  @Get()
  @Public()
  @UseInterceptors(DataVersionEtagInterceptor)
  @ApiOperation({ summary: 'Agencies, reform areas and reporting periods in one answer (public)' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReferenceDataSchema) })
  async get(): Promise<ReferenceDataDto> {
    const agencies = await this.agencies.list({});
    const areas = await this.areas.listAreas({});
    const periods = await this.periods.list({});
    return { agencies, areas, periods };
  }
}
