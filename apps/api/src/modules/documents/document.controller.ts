import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import { apiErrorResponses } from '../../common/openapi/openapi-schema.js';
import { uuidParam } from '../../common/pipes/uuid-param.pipe.js';
import { sequenceParam } from '../../common/pipes/sequence-param.pipe.js';
import { DOCX_TYPE, DocumentService, type RenderedFile } from './document.service.js';

const file = { description: 'The document', content: { [DOCX_TYPE]: { schema: { type: 'string', format: 'binary' } } } };
const pdfFile = { description: 'The document as PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

/**
 * Reports as the official documents their agencies file (docs/domain.md §11), for anyone who may
 * read the report: the report as it is now (a draft carries the DỰ THẢO mark), or one submission
 * exactly as it was sent.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('reports')
export class DocumentController {
  constructor(private readonly documents: DocumentService) {}

  @Get(':id/document.docx')
  @ApiOperation({ summary: 'The report as a Word document in the Decree 30/2020/NĐ-CP layout' })
  @ApiProduces(DOCX_TYPE)
  @ApiResponse({ status: 200, ...file })
  @apiErrorResponses(400, 401, 404)
  async reportDocx(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.documents.reportDocx(user, id));
  }

  @Get(':id/document.pdf')
  @ApiOperation({ summary: 'The report as PDF (501 PDF_UNAVAILABLE where the server has no LibreOffice)' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, ...pdfFile })
  @apiErrorResponses(400, 401, 404, 501)
  async reportPdf(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.documents.reportPdf(user, id));
  }

  @Get(':id/submissions/:sequence/document.docx')
  @ApiOperation({ summary: 'One submission as it was sent, as a Word document (the same bytes for everyone)' })
  @ApiProduces(DOCX_TYPE)
  @ApiResponse({ status: 200, ...file })
  @apiErrorResponses(400, 401, 404)
  async submissionDocx(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('sequence', sequenceParam()) sequence: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.documents.reportDocx(user, id, sequence));
  }

  @Get(':id/submissions/:sequence/document.pdf')
  @ApiOperation({ summary: 'One submission as it was sent, as PDF (501 where the server has no LibreOffice)' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, ...pdfFile })
  @apiErrorResponses(400, 401, 404, 501)
  async submissionPdf(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('sequence', sequenceParam()) sequence: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.documents.reportPdf(user, id, sequence));
  }
}

/** The file as a download under its name (RFC 6266: an ASCII name, and the same in UTF-8). */
function send(response: Response, rendered: RenderedFile): StreamableFile {
  response.setHeader('Content-Type', rendered.contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${rendered.fileName}"; filename*=UTF-8''${encodeURIComponent(rendered.fileName)}`);
  // A report's content is private to its agency and Home Affairs: no shared cache keeps it.
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(rendered.body, { length: rendered.body.length });
}
