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
  ReportRegisterBodySchema,
  ReportResponseSchema,
  ReportReturnBodySchema,
  ReportSubmissionSchema,
  ReportSubmitBodySchema,
  ReportUpdateBodySchema,
  ReportValidateBodySchema,
  ValidationResultSchema,
  SNGV_M9_2020_REPORT,
  hasBlockingFindings,
  type ReportActionBody,
  type ReportChangesDto,
  type ReportChangesQuery,
  type ReportCreateBody,
  type ReportListQuery,
  type ReportListResponse,
  type ReportPatchBody,
  type ReportRegisterBody,
  type ReportResponse,
  type ReportReturnBody,
  type ReportSubmissionDto,
  type ReportSubmitBody,
  type ReportUpdateBody,
  type ValidationResultDto,
} from '@cchc/domain';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
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
  @ApiBody({
    schema: jsonSchemaOf(ReportCreateBodySchema),
    examples: {
      seedReport: {
        summary: "The Sở Ngoại vụ's 9-month report of 2020 (the seed report)",
        value: { agencyId: '3f7c2a7e-5d0c-4b8e-9a51-0a3b7d1c9e21', periodId: '9b1f5c3e-2f4a-4f7e-8d2a-6c1e0b7a9d45', content: SNGV_M9_2020_REPORT },
      },
    },
  })
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
  @ApiBody({
    schema: jsonSchemaOf(ReportPatchBodySchema),
    examples: {
      dossier: {
        summary: 'Only the dossier figures',
        value: {
          version: 3,
          content: {
            dossier: {
              carriedOver: 0,
              receivedOnline: 0,
              receivedInPerson: 14,
              receivedPostal: 0,
              resolvedEarly: 0,
              resolvedOnTime: 12,
              resolvedLate: 0,
              pendingWithinTime: 2,
              pendingOverdue: 0,
              returned: 0,
            },
          },
        },
      },
    },
  })
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
  @ApiBody({
    schema: jsonSchemaOf(ReportSubmitBodySchema),
    examples: { signed: { value: { version: 4, signing: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' } } } },
  })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportSubmitBodySchema)) body: ReportSubmitBody,
  ): Promise<ReportResponse> {
    return this.reports.submit(user, id, body);
  }

  @Post(':id/request-signing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put the draft before the agency’s approvers for signature, “Trình ký” (reporter of the agency); each approver is notified' })
  @ApiBody({ schema: jsonSchemaOf(ReportActionBodySchema) })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  requestSigning(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportActionBodySchema)) body: ReportActionBody,
  ): Promise<ReportResponse> {
    return this.reports.requestSigning(user, id, body);
  }

  @Put(':id/registration')
  @ApiOperation({
    summary: "Record the number and date of issue from the agency's register for a submitted or accepted report (reporter or approver of the agency; 409 on a stale version)",
  })
  @ApiBody({ schema: jsonSchemaOf(ReportRegisterBodySchema), examples: { registered: { value: { version: 5, registration: { number: '41', issuedOn: '2021-03-12' } } } } })
  @ApiOkResponse(reportResponse)
  @apiErrorResponses(400, 401, 403, 404, 409)
  register(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ReportRegisterBodySchema)) body: ReportRegisterBody,
  ): Promise<ReportResponse> {
    return this.reports.register(user, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submitted report for correction, with reasons (reviewer)' })
  @ApiBody({
    schema: jsonSchemaOf(ReportReturnBodySchema),
    examples: { reasons: { value: { version: 5, reasons: [{ path: 'dossier.receivedOnline', message: 'Đề nghị kiểm tra lại số hồ sơ trực tuyến.' }] } } },
  })
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
