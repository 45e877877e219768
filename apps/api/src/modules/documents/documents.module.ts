import { Module } from '@nestjs/common';
import { ReportModule } from '../reports/report.module.js';
import { DocumentFormatsController } from './document-formats.controller.js';
import { DocumentController } from './document.controller.js';
import { DocumentService } from './document.service.js';
import { PdfConverter } from './pdf-converter.js';

/** Reports as official documents (Word, and PDF through LibreOffice where installed). */
@Module({
  imports: [ReportModule],
  controllers: [DocumentController, DocumentFormatsController],
  providers: [DocumentService, PdfConverter],
  exports: [DocumentService, PdfConverter],
})
export class DocumentsModule {}
