import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  CompilationAuditEntrySchema,
  CompilationCreateBodySchema,
  CompilationListQuerySchema,
  CompilationPatchBodySchema,
  CompilationRefreshBodySchema,
  CompilationRefreshResponseSchema,
  CompilationResponseSchema,
  CompilationSummarySchema,
  type CompilationAuditEntryDto,
  type CompilationCreateBody,
  type CompilationListQuery,
  type CompilationPatchBody,
  type CompilationRefreshBody,
  type CompilationRefreshResponse,
  type CompilationResponse,
  type CompilationSummary,
  withStatedValues,
} from '@cchc/domain';
import type { Response } from 'express';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { packDocument } from '../../common/documents/docx-package.js';
import { figuresWorkbook } from '../../common/documents/figures-workbook.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { DEFAULT_PROVINCE, type AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import { compilationDocument } from './compilation-document.js';
import { CompilationService } from './compilation.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The province's compiled report (docs/domain.md §12): Home Affairs' reviewers compile a period,
 * write it, refresh its figures and download it; administrators may read it. Agency users get 403:
 * it shows every agency's figures.
 */
@ApiTags('compilations')
@ApiBearerAuth()
@Roles('reviewer', 'admin')
@Controller('compilations')
export class CompilationController {
  private readonly province: string;

  constructor(
    private readonly compilations: CompilationService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.province = config.province ?? DEFAULT_PROVINCE;
  }

  @Post()
  @Roles('reviewer')
  @ApiOperation({
    summary: "Compile a period's province report from the agencies' reports (reviewers)",
    description:
      'Computes the figures of the indicator set from the accepted reports (submitted ones too with includeSubmitted), ' +
      "each outline part's figure sentences and the agencies' own text for it, and the reporting discipline. One per period: " +
      'a second compile of the period answers 409 COMPILATION_EXISTS naming the existing one.',
  })
  @ApiBody({ schema: jsonSchemaOf(CompilationCreateBodySchema) })
  @ApiCreatedResponse({ schema: jsonSchemaOf(CompilationResponseSchema) })
  @apiErrorResponses(400, 401, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(CompilationCreateBodySchema)) body: CompilationCreateBody): Promise<CompilationResponse> {
    return this.compilations.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'The compiled reports, of one period or all' })
  @ApiOkResponse({ schema: jsonSchemaOf(z.array(CompilationSummarySchema)) })
  @apiErrorResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(CompilationListQuerySchema)) query: CompilationListQuery): Promise<CompilationSummary[]> {
    return this.compilations.list(query.periodId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A compiled report: its text, its computed figures with provenance, and the reports changed since' })
  @ApiOkResponse({ schema: jsonSchemaOf(CompilationResponseSchema) })
  @apiErrorResponses(400, 401, 403, 404)
  get(@Param('id', uuidParam()) id: string): Promise<CompilationResponse> {
    return this.compilations.get(id);
  }

  @Patch(':id')
  @Roles('reviewer')
  @ApiOperation({
    summary: "Edit the compiled report's text (reviewers; versioned and audited)",
    description: 'The parts of `content` sent replace the stored ones; `narratives` merge part by part (an empty text removes it). A stale version answers 409.',
  })
  @ApiBody({ schema: jsonSchemaOf(CompilationPatchBodySchema) })
  @ApiOkResponse({ schema: jsonSchemaOf(CompilationResponseSchema) })
  @apiErrorResponses(400, 401, 403, 404, 409)
  patch(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body(new ZodValidationPipe(CompilationPatchBodySchema)) body: CompilationPatchBody): Promise<CompilationResponse> {
    return this.compilations.patch(user, id, body);
  }

  @Post(':id/refresh')
  @Roles('reviewer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Recompute the figures from the reports as they are now, keeping the text; lists what changed (reviewers)' })
  @ApiBody({ schema: jsonSchemaOf(CompilationRefreshBodySchema) })
  @ApiOkResponse({ schema: jsonSchemaOf(CompilationRefreshResponseSchema) })
  @apiErrorResponses(400, 401, 403, 404, 409)
  refresh(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body(new ZodValidationPipe(CompilationRefreshBodySchema)) body: CompilationRefreshBody): Promise<CompilationRefreshResponse> {
    return this.compilations.refresh(user, id, body);
  }

  @Get(':id/audit')
  @ApiOperation({ summary: "The compiled report's audit log: compiled, edited, refreshed, by whom and when" })
  @ApiOkResponse({ schema: jsonSchemaOf(z.array(CompilationAuditEntrySchema)) })
  @apiErrorResponses(400, 401, 403, 404)
  audit(@Param('id', uuidParam()) id: string): Promise<CompilationAuditEntryDto[]> {
    return this.compilations.audit(id);
  }

  @Get(':id/document.docx')
  @ApiOperation({ summary: "The province's report as a Word document in the Decree 30/2020/NĐ-CP layout, with its appendix" })
  @ApiProduces(DOCX_TYPE)
  @ApiResponse({ status: 200, description: 'The document', content: { [DOCX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @apiErrorResponses(400, 401, 403, 404)
  async document(@Param('id', uuidParam()) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const compilation = await this.compilations.get(id);
    const body = await packDocument(compilationDocument({ compilation, province: this.province }), new Date(compilation.updatedAt));
    return send(response, body, DOCX_TYPE, `bao-cao-cchc-tinh_${compilation.period.kind}-${compilation.period.year}.docx`);
  }

  @Get(':id/appendix.xlsx')
  @ApiOperation({ summary: "The province report's appendix as an Excel workbook: the appendix sheet, then every agency's values by block" })
  @ApiProduces(XLSX_TYPE)
  @ApiResponse({ status: 200, description: 'The workbook', content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @apiErrorResponses(400, 401, 403, 404)
  async workbook(@Param('id', uuidParam()) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const compilation = await this.compilations.get(id);
    const agencies = new Map(compilation.snapshot.agencies.map((agency) => [agency.id, agency]));
    const body = await figuresWorkbook(
      {
        period: compilation.period,
        set: compilation.set,
        includeSubmitted: compilation.content.includeSubmitted,
        rows: compilation.snapshot.rows.flatMap(({ agencyId, ...row }) => {
          const agency = agencies.get(agencyId);
          return agency ? [{ ...row, agency }] : [];
        }),
        totals: withStatedValues(compilation.set, compilation.snapshot.totals, compilation.content.stated),
      },
      this.clock(),
    );
    return send(response, body, XLSX_TYPE, `phu-luc-cchc-tinh_${compilation.period.kind}-${compilation.period.year}.xlsx`);
  }
}

function send(response: Response, body: Buffer, type: string, name: string): StreamableFile {
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(body, { length: body.length });
}
