import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PROVINCE, type AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { ReportService, type ReportDocumentSource } from '../reports/report.service.js';
import { packDocument } from '../../common/documents/docx-package.js';
import { documentFileName } from './document-file-name.js';
import { PdfConverter } from './pdf-converter.js';
import { reportDocument } from './report-document.js';

/** A document ready to send: its bytes, its type and the name to save it under. */
export interface RenderedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Reports as official documents: Word, and PDF where LibreOffice is installed. */
@Injectable()
export class DocumentService {
  private readonly province: string;

  constructor(
    private readonly reports: ReportService,
    private readonly pdf: PdfConverter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.province = config.province ?? DEFAULT_PROVINCE;
  }

  /** Whether this server makes PDF files. */
  get pdfAvailable(): boolean {
    return this.pdf.available;
  }

  /** The report (or one of its submissions) as a Word document, for anyone who may read it. */
  async reportDocx(user: AuthUser, id: string, sequence?: number): Promise<RenderedFile> {
    const source = await this.reports.documentSource(user, id, sequence);
    return { body: await this.docx(source), contentType: DOCX_TYPE, fileName: documentFileName(source, 'docx') };
  }

  /** The same document as PDF; 501 where the server cannot convert. */
  async reportPdf(user: AuthUser, id: string, sequence?: number): Promise<RenderedFile> {
    const source = await this.reports.documentSource(user, id, sequence);
    return { body: await this.pdf.toPdf(await this.docx(source)), contentType: 'application/pdf', fileName: documentFileName(source, 'pdf') };
  }

  private docx(source: ReportDocumentSource): Promise<Buffer> {
    const document = reportDocument({
      content: source.content,
      agency: { name: source.agency.name.vi, kind: source.agency.kind },
      province: this.province,
      firstSubmittedAt: source.firstSubmittedAt,
      draft: source.draft,
    });
    return packDocument(document, source.moment);
  }
}
