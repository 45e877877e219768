import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ReformAreaListQuerySchema,
  ReformAreaSchema,
  ReformProgrammeSchema,
  type ReformAreaDto,
  type ReformAreaListQuery,
  type ReformProgrammeDto,
} from '@cchc/domain';
import { Public } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { ReformAreaService } from './reform-area.service.js';

@ApiTags('reference data')
@Public()
@Controller()
export class ReformAreaController {
  constructor(private readonly service: ReformAreaService) {}

  @Get('reform-areas')
  @ApiOperation({ summary: 'List the reform areas of both master programmes (30c/NQ-CP, 76/NQ-CP)' })
  @ApiQuery({ name: 'programme', required: false, enum: ['30c', '76'] })
  @ApiQuery({ name: 'year', required: false, description: 'Only the areas of the programme in force that year.', example: 2020 })
  @ApiOkResponse({
    schema: { type: 'array', items: jsonSchemaOf(ReformAreaSchema) },
    example: [{ id: '30c.1', programme: '30c', ordinal: 1, key: 'INSTITUTIONAL', name: { vi: 'Cải cách thể chế', en: 'Institutional reform' } }],
  })
  @apiErrorResponses(400)
  listAreas(@Query(new ZodValidationPipe(ReformAreaListQuerySchema)) query: ReformAreaListQuery): Promise<ReformAreaDto[]> {
    return this.service.listAreas(query);
  }

  @Get('reform-programmes')
  @ApiOperation({ summary: 'List the master programmes with their areas' })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(ReformProgrammeSchema) } })
  listProgrammes(): Promise<ReformProgrammeDto[]> {
    return this.service.listProgrammes();
  }
}
