import { Body, Controller, Get, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ImportConfirmBodySchema,
  ImportConfirmResponseSchema,
  ImportCreateResponseSchema,
  ImportListResponseSchema,
  ImportResponseSchema,
  type ImportConfirmBody,
  type ImportConfirmResponse,
  type ImportCreateResponse,
  type ImportListResponse,
  type ImportResponse,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { IMPORT_FILES_FIELD, ImportFilesInterceptor, MAX_IMPORT_FILES, type UploadedReportFile } from './import-files.interceptor.js';
import { ReportImportService } from './report-import.service.js';

/**
 * Report files read into drafts (`/api/imports`): upload, look at what was read, confirm into a
 * report. Every signed-in role may import; agency users only for their own agency.
 */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ReportImportController {
  constructor(private readonly imports: ReportImportService) {}

  @Post()
  @UseInterceptors(ImportFilesInterceptor)
  @ApiOperation({
    summary: 'Upload report files (.docx, .md, .txt) and read each into a draft, without creating any report',
    description:
      `multipart/form-data with the files in the field \`${IMPORT_FILES_FIELD}\` (1 to ${MAX_IMPORT_FILES}, at most 10 MB each). ` +
      'Each file is read into text and the text into a draft, with the source and confidence of every value, its citations and findings, ' +
      "and kept as a PENDING import with the agency and period the text names (an agency user's own agency always). " +
      'If a file cannot be read nothing is stored, and the 400 names each such file in `details` (`files.<index>`): ' +
      'IMPORT_FORMAT (not .docx, .md or .txt), IMPORT_UNREADABLE, IMPORT_EMPTY, IMPORT_TOO_LARGE; also IMPORT_NO_FILE and IMPORT_TOO_MANY_FILES.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [IMPORT_FILES_FIELD],
      properties: { [IMPORT_FILES_FIELD]: { type: 'array', minItems: 1, maxItems: MAX_IMPORT_FILES, items: { type: 'string', format: 'binary' } } },
    },
  })
  @ApiCreatedResponse({ schema: jsonSchemaOf(ImportCreateResponseSchema) })
  @apiErrorResponses(400, 401, 403)
  upload(@CurrentUser() user: AuthUser, @UploadedFiles() files: UploadedReportFile[] | undefined): Promise<ImportCreateResponse> {
    return this.imports.upload(user, files ?? []);
  }

  @Get()
  @ApiOperation({ summary: "The imports the user may see, newest first, without their text (agency users: their own agency's)" })
  @ApiOkResponse({ schema: jsonSchemaOf(ImportListResponseSchema) })
  @apiErrorResponses(401, 403)
  list(@CurrentUser() user: AuthUser): Promise<ImportListResponse> {
    return this.imports.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import with its text and what was read from it' })
  @ApiOkResponse({ schema: jsonSchemaOf(ImportResponseSchema) })
  @apiErrorResponses(400, 401, 403, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<ImportResponse> {
    return this.imports.get(user, id);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm an import into a report, with the agency, period and content as corrected',
    description:
      "An agency user's import becomes a DRAFT of their own agency (403 for another), as POST /api/reports makes one. " +
      "A reviewer's or administrator's becomes an ACCEPTED report of any agency, with no submission and no timing (the import of a report published before). " +
      "The report's audit log starts with an IMPORT entry naming the import, the file and its hash. " +
      '409 IMPORT_CONFIRMED the second time, 409 REPORT_EXISTS when the agency already has a report for the period; ' +
      "400 VALIDATION_FAILED with field paths for invalid content, or content whose agency code or period is not the chosen agency's or period's.",
  })
  @ApiBody({ schema: jsonSchemaOf(ImportConfirmBodySchema) })
  @ApiOkResponse({ schema: jsonSchemaOf(ImportConfirmResponseSchema) })
  @apiErrorResponses(400, 401, 403, 404, 409)
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Body(new ZodValidationPipe(ImportConfirmBodySchema)) body: ImportConfirmBody,
  ): Promise<ImportConfirmResponse> {
    return this.imports.confirm(user, id, body);
  }
}
