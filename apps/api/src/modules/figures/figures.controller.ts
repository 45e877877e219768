import { Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FiguresQuerySchema, PeriodFiguresResponseSchema, type FiguresQuery, type PeriodFiguresResponse } from '@cchc/domain';
import type { Response } from 'express';
import { Roles } from '../../common/auth/auth.decorators.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { figuresFileName } from './figures-file-name.js';
import { figuresWorkbook } from '../../common/documents/figures-workbook.js';
import { FiguresService } from './figures.service.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const includeSubmittedQuery = ApiQuery({
  name: 'includeSubmitted',
  required: false,
  enum: ['true', 'false'],
  description: 'Count submitted reports not yet accepted in the totals too (accepted ones always count).',
});

/**
 * All agencies' figures for one period (docs/domain.md §12): the indicator values of every expected
 * agency, the province's totals and per-level subtotals, as JSON or as an Excel workbook. For
 * reviewers and admins; agency users get 403, since the table shows every agency.
 */
@ApiTags('figures')
@ApiBearerAuth()
@Roles('reviewer', 'admin')
@Controller('periods')
export class FiguresController {
  constructor(
    private readonly figures: FiguresService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':periodId/figures')
  @ApiOperation({
    summary: "Every agency's indicator values for a period, with the province's totals (reviewers and admins)",
    description:
      'One row per agency expected in the period (then any that reported without being expected), with its status and, ' +
      'for a submitted or accepted report, its value of every indicator of the set in force, each with the report fields ' +
      'it came from. Totals pool the counted rows (accepted reports; submitted ones too with includeSubmitted=true) by ' +
      "each indicator's aggregation, by level where the indicator asks, listing the agencies and reports behind each value.",
  })
  @includeSubmittedQuery
  @ApiOkResponse({ schema: jsonSchemaOf(PeriodFiguresResponseSchema) })
  @apiErrorResponses(400, 401, 403, 404)
  periodFigures(
    @Param('periodId', uuidParam()) periodId: string,
    @Query(new ZodValidationPipe(FiguresQuerySchema)) query: FiguresQuery,
  ): Promise<PeriodFiguresResponse> {
    return this.figures.figures(periodId, query);
  }

  @Get(':periodId/figures.xlsx')
  @ApiOperation({
    summary: 'The same figures as an Excel workbook: the appendix, then one sheet per block (reviewers and admins)',
  })
  @includeSubmittedQuery
  @ApiProduces(XLSX_TYPE)
  @ApiResponse({ status: 200, description: 'The workbook', content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @apiErrorResponses(400, 401, 403, 404)
  async periodFiguresWorkbook(
    @Param('periodId', uuidParam()) periodId: string,
    @Query(new ZodValidationPipe(FiguresQuerySchema)) query: FiguresQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const figures = await this.figures.figures(periodId, query);
    const body = await figuresWorkbook(figures, this.clock());
    const name = figuresFileName(figures.period);
    response.setHeader('Content-Type', XLSX_TYPE);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(body, { length: body.length });
  }
}
