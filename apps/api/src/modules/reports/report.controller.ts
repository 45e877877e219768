import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ReportActionBodySchema,
  ReportChangesQuerySchema,
  ReportChangesSchema,
  ReportCreateBodySchema,
  ReportListQuerySchema,
  ReportListResponseSchema,
  ReportPatchBodySchema,
  ReportResponseSchema,
  ReportReturnBodySchema,
  ReportSubmissionSchema,
  ReportSubmitBodySchema,
  ReportUpdateBodySchema,
  ReportValidateBodySchema,
  ValidationResultSchema,
  hasBlockingFindings,
  type ReportActionBody,
  type ReportChangesDto,
  type ReportChangesQuery,
  type ReportCreateBody,
  type ReportListQuery,
  type ReportListResponse,
  type ReportPatchBody,
  type ReportResponse,
  type ReportReturnBody,
  type ReportSubmissionDto,
  type ReportSubmitBody,
  type ReportUpdateBody,
  type ValidationResultDto,
} from '@cchc/domain';
import { z } from 'zod';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { type AuthUser, CurrentUser } from '../auth/auth.decorators.js';
import { ReportService } from './report.service.js';

const reportResponse = { schema: jsonSchemaOf(ReportResponseSchema) };

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get()
  @ApiOperation({ summary: 'List reports (agency users see their own agency only)' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReportListResponseSchema) })
  @apiErrorResponses(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query(new ZodValidationPipe(ReportListQuerySchema)) query: ReportListQuery): Promise<ReportListResponse> {
    return this.reports.list(user, query);
  }

  @Post()
  @ApiOperation({ summary: "Start the agency's report for a period, as a draft (reporter or approver of that agency)" })
  @ApiBody({ schema: jsonSchemaOf(ReportCreateBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body(new ZodValidationPipe(ReportCreateBodySchema)) body: ReportCreateBody): Promise<ReportResponse> {
    return this.reports.create(user, body);
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check report content with the domain rules, without saving it' })
  @ApiBody({ schema: jsonSchemaOf(ReportValidateBodySchema) })
  @ApiOkResponse({ schema: jsonSchemaOf(ValidationResultSchema) })
  @apiErrorResponses(400, 401)
  validate(@Body(new ZodValidationPipe(ReportValidateBodySchema)) body: z.infer<typeof ReportValidateBodySchema>): ValidationResultDto {
    const findings = this.reports.validate(body.content);
    return { findings: findings as ValidationResultDto['findings'], blocking: hasBlockingFindings(findings) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A report with its current findings' })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ReportResponse> {
    return this.reports.get(user, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace the content of a draft or returned report (409 on a stale version)' })
  @ApiBody({ schema: jsonSchemaOf(ReportUpdateBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportUpdateBodySchema)) body: ReportUpdateBody,
  ): Promise<ReportResponse> {
    return this.reports.update(user, id, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Replace some parts of the content (plans, dossier, sections, ...) (409 on a stale version)' })
  @ApiBody({ schema: jsonSchemaOf(ReportPatchBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  patch(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportPatchBodySchema)) body: ReportPatchBody,
  ): Promise<ReportResponse> {
    return this.reports.patch(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign and submit (approver of the agency); refused while errors remain' })
  @ApiBody({ schema: jsonSchemaOf(ReportSubmitBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportSubmitBodySchema)) body: ReportSubmitBody,
  ): Promise<ReportResponse> {
    return this.reports.submit(user, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submitted report for correction, with reasons (reviewer)' })
  @ApiBody({ schema: jsonSchemaOf(ReportReturnBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  returnForCorrection(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportReturnBodySchema)) body: ReportReturnBody,
  ): Promise<ReportResponse> {
    return this.reports.returnForCorrection(user, id, body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a submitted report (reviewer)' })
  @ApiBody({ schema: jsonSchemaOf(ReportActionBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportActionBodySchema)) body: ReportActionBody,
  ): Promise<ReportResponse> {
    return this.reports.accept(user, id, body);
  }

  @Get(':id/submissions')
  @ApiOperation({ summary: 'The immutable snapshots taken at each submission' })
  @ApiOkResponse({ schema: { type: 'array', items: jsonSchemaOf(ReportSubmissionSchema) } })
  @apiErrorResponses(400, 401, 403, 404)
  submissions(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ReportSubmissionDto[]> {
    return this.reports.submissions(user, id);
  }

  @Get(':id/changes')
  @ApiOperation({ summary: 'What changed between two submissions (default: the last two)' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReportChangesSchema) })
  @apiErrorResponses(400, 401, 403, 404)
  changes(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Query(new ZodValidationPipe(ReportChangesQuerySchema)) query: ReportChangesQuery,
  ): Promise<ReportChangesDto> {
    return this.reports.changes(user, id, query);
  }
}
