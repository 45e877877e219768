import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DocumentFormatsSchema, type DocumentFormatsDto } from '@cchc/domain';
import { apiErrorResponses, jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { DocumentService } from './document.service.js';

/** Which files this server makes of a report, so the web offers only those. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentFormatsController {
  constructor(private readonly documents: DocumentService) {}

  @Get('formats')
  @ApiOperation({ summary: 'The document formats this server makes (PDF only where LibreOffice is installed)' })
  @ApiOkResponse({ schema: jsonSchemaOf(DocumentFormatsSchema) })
  @apiErrorResponses(401)
  formats(): DocumentFormatsDto {
    return { docx: true, pdf: this.documents.pdfAvailable };
  }
}
