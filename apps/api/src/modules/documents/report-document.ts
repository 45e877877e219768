import { appendixReference, documentSections, documentSymbolLine, issuerLines, reportDateLine, type AgencyKind, type Report } from '@cchc/domain';
import { Paragraph, type Document } from 'docx';
import { appendixTables } from './appendix-tables.js';
import { appendix, closing, dashList, documentTitle, draftMark, heading, narrative, officialDocument, officialHeader, signatureBlock } from '../../common/documents/official-document.js';

/** What a report's document is made from. */
export interface ReportDocumentSource {
  content: Report;
  agency: { name: string; kind: AgencyKind };
  /** The province the agencies belong to ("Quảng Ngãi"), for the parent body's line. */
  province: string;
  /** The report's first submission (ISO time): its month is the blank date's month. */
  firstSubmittedAt: string | null;
  /** A report not yet sent is a draft and says so at the top of its first page. */
  draft: boolean;
}

/** The preamble, the sections in the document's order, difficulties and proposals. */
function body(content: Report): Paragraph[] {
  const paragraphs: Paragraph[] = [...narrative(content.preamble)];
  for (const { section, heading: text } of documentSections(content)) {
    paragraphs.push(heading(text), ...narrative(section.narrative));
  }
  if (content.difficulties.length > 0) paragraphs.push(heading('Khó khăn, vướng mắc'), ...dashList(content.difficulties));
  if (content.proposals.length > 0) paragraphs.push(heading('Kiến nghị, đề xuất'), ...dashList(content.proposals));
  return paragraphs;
}

/**
 * A report as the Word document its agency files (Decree 30/2020/NĐ-CP, appendix I;
 * docs/domain.md §11): A4 with the decree's margins, Times New Roman, the two-column header, the
 * type and summary, the sections in the document's order, difficulties and proposals, recipients
 * beside the signature block, page numbers centred at the top from page 2, and the appendix of
 * figures and lists on a page of its own.
 */
export function reportDocument(source: ReportDocumentSource): Document {
  const { content } = source;
  const tables = appendixTables(content);
  const { parent, issuer } = issuerLines(source.agency, source.province);
  return officialDocument({
    creator: source.agency.name,
    title: `${documentSymbolLine(content.symbol)} - ${content.title}`,
    description: 'Báo cáo cải cách hành chính',
    children: [
      ...(source.draft ? [draftMark()] : []),
      officialHeader({ parent, issuer, symbolLine: documentSymbolLine(content.symbol) }, reportDateLine(content, source.firstSubmittedAt)),
      ...documentTitle('BÁO CÁO', content.title),
      ...body(content),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      closing(content.recipients, signatureBlock(content.signing)),
      ...(tables.length > 0
        ? appendix(['Phụ lục', 'SỐ LIỆU VÀ VĂN BẢN KÈM THEO BÁO CÁO'], appendixReference(content, source.agency.name, source.firstSubmittedAt), tables)
        : []),
    ],
  });
}
