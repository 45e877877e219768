import {
  appendixReference,
  documentSections,
  documentSymbolLine,
  issuerLines,
  narrativeParagraphs,
  recipientLine,
  reportDateLine,
  type AgencyKind,
  type Report,
} from '@cchc/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { appendixTables, type AppendixTable } from './appendix-tables.js';

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

// Decree 30/2020/NĐ-CP, appendix I (docs/domain.md §11). Lengths in twentieths of a point
// (1 mm = 56.7), font sizes in half-points.
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
/** The page number sits in the top margin, 10 mm from the edge. */
const HEADER_DISTANCE = Math.round(10 * MM);
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const SIZE = { body: 28, header: 26, motto: 24, recipientsLabel: 24, recipients: 22, table: 24 };
const FIRST_LINE_INDENT = Math.round(12.7 * MM);
const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

type Run = Omit<IRunOptions, 'text'> & { text: string };

const run = (options: Run): TextRun => new TextRun(options);
const line = (text: string, options: Omit<IParagraphOptions, 'children'> & { run?: Omit<Run, 'text'> } = {}): Paragraph => {
  const { run: runOptions, ...paragraph } = options;
  return new Paragraph({ ...paragraph, children: [run({ text, ...runOptions })] });
};
/** A short rule under a centred line: a paragraph border between wide indents. */
const rule = (length: number, columnWidth: number): Paragraph =>
  new Paragraph({
    spacing: { before: 0, after: 60, line: 120 },
    indent: { left: Math.round((columnWidth - length) / 2), right: Math.round((columnWidth - length) / 2) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
const cell = (width: number, children: (Paragraph | Table)[], options: { borders?: boolean } = {}): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.borders === false ? { borders: TableBorders.NONE } : {}),
    margins: { left: 60, right: 60 },
    children,
  });
const borderless = (columns: number[], cells: (Paragraph | Table)[][]): Table =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: cells.map((children, i) => cell(columns[i] ?? 0, children, { borders: false })) })],
  });

/** Left: parent body, issuer with its rule, number. Right: national name, motto with its rule, place and date. */
function documentHeader(source: ReportDocumentSource): Table {
  const { parent, issuer } = issuerLines(source.agency, source.province);
  const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;
  const left = [
    ...(parent ? [line(parent, { ...centred, run: { size: SIZE.header } })] : []),
    ...issuer.map((text) => line(text, { ...centred, run: { size: SIZE.header, bold: true } })),
    rule(Math.round(HEADER_LEFT * 0.35), HEADER_LEFT),
    line(documentSymbolLine(source.content.symbol), { ...centred, spacing: { before: 120, after: 0 }, run: { size: SIZE.header } }),
  ];
  const right = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...centred, run: { size: SIZE.motto, bold: true } }),
    line('Độc lập - Tự do - Hạnh phúc', { ...centred, run: { size: SIZE.header, bold: true } }),
    // As long as the motto: about 62% of this column at 13 pt.
    rule(Math.round(HEADER_RIGHT * 0.62), HEADER_RIGHT),
    line(reportDateLine(source.content, source.firstSubmittedAt), { ...centred, spacing: { before: 120, after: 0 }, run: { size: SIZE.body, italics: true } }),
  ];
  return borderless([HEADER_LEFT, HEADER_RIGHT], [left, right]);
}

/** "BÁO CÁO" and the summary with its rule. */
function documentTitle(content: Report): Paragraph[] {
  return [
    line('BÁO CÁO', { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, run: { bold: true } }),
    line(content.title, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 60 }, run: { bold: true } }),
    rule(Math.round(TEXT_WIDTH * 0.2), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

const BODY: Omit<IParagraphOptions, 'children'> = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: FIRST_LINE_INDENT },
  spacing: { before: 0, after: 120, line: 300 },
};

/** A narrative's paragraphs, justified, with their emphasis. */
function narrative(text: string): Paragraph[] {
  return narrativeParagraphs(text).map(
    (p) => new Paragraph({ ...BODY, children: p.runs.map((r) => run({ text: r.text, bold: r.bold || p.heading, italics: r.italic })) }),
  );
}

/** A part heading: "I." headings in capitals, all in bold, indented like the body. */
function heading(text: string): Paragraph {
  const part = /^[IVX]+\.\s/.test(text);
  return line(part ? text.toLocaleUpperCase('vi') : text, { ...BODY, alignment: AlignmentType.JUSTIFIED, keepNext: true, run: { bold: true } });
}

/** A list entered line by line, printed as the dash lines of a document (as recipients are). */
function dashList(items: string[]): Paragraph[] {
  return items.map((item, i) => line(recipientLine(item, i === items.length - 1), BODY));
}

function body(content: Report): Paragraph[] {
  const paragraphs: Paragraph[] = [...narrative(content.preamble)];
  for (const { section, heading: text } of documentSections(content)) {
    paragraphs.push(heading(text), ...narrative(section.narrative));
  }
  if (content.difficulties.length > 0) paragraphs.push(heading('Khó khăn, vướng mắc'), ...dashList(content.difficulties));
  if (content.proposals.length > 0) paragraphs.push(heading('Kiến nghị, đề xuất'), ...dashList(content.proposals));
  return paragraphs;
}

/** Recipients on the left, the signature block on the right, side by side. */
function closing(content: Report): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const tight = { spacing: { before: 0, after: 0 } } as const;
  const recipients = [
    line('Nơi nhận:', { ...tight, run: { bold: true, italics: true, size: SIZE.recipientsLabel } }),
    ...content.recipients.map((r, i) => line(recipientLine(r, i === content.recipients.length - 1), { ...tight, run: { size: SIZE.recipients } })),
  ];
  const signing = content.signing;
  const centred = { alignment: AlignmentType.CENTER, ...tight } as const;
  const signature = signing
    ? [
        ...(signing.mode ? [line(`${signing.mode} ${signing.onBehalfOf ?? ''}`.trim().toLocaleUpperCase('vi'), { ...centred, run: { bold: true } })] : []),
        line(signing.title.toLocaleUpperCase('vi'), { ...centred, run: { bold: true } }),
        // Room for the signature and the seal.
        new Paragraph({ spacing: { before: 0, after: 0, line: 240 * 5 }, children: [] }),
        line(signing.name, { ...centred, run: { bold: true } }),
      ]
    : [new Paragraph({ children: [] })];
  return borderless([half, TEXT_WIDTH - half], [recipients, signature]);
}

/** The appendix: on a new page, titled with the report it goes with, one table per list. */
function appendix(source: ReportDocumentSource, tables: AppendixTable[]): (Paragraph | Table)[] {
  const { content } = source;
  const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;
  const blocks: (Paragraph | Table)[] = [
    line('Phụ lục', { ...centred, pageBreakBefore: true, run: { bold: true } }),
    line('SỐ LIỆU VÀ VĂN BẢN KÈM THEO BÁO CÁO', { ...centred, run: { bold: true } }),
    line(appendixReference(content, source.agency.name, source.firstSubmittedAt), { ...centred, spacing: { before: 0, after: 240 }, run: { italics: true } }),
  ];
  tables.forEach((table, index) => {
    blocks.push(line(`${index + 1}. ${table.title}`, { spacing: { before: 240, after: 120 }, keepNext: true, run: { bold: true } }));
    blocks.push(appendixTable(table));
  });
  return blocks;
}

function appendixTable(table: AppendixTable): Table {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) + 0.8;
  const widths = [0.8, ...table.columns.map((c) => c.width)].map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const text = (value: string, options: { bold?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right'; indent?: number }) =>
    new Paragraph({
      alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { before: 40, after: 40 },
      indent: options.indent ? { left: options.indent } : undefined,
      children: [run({ text: value, bold: options.bold, italics: options.italics, size: SIZE.table })],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['TT', ...table.columns.map((c) => c.heading)].map((h, i) => {
      const c = new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [text(h, { bold: true, align: 'center' })] });
      return c;
    }),
  });
  // A "trong đó" line has no number of its own.
  let counter = 0;
  const numbers = table.rows.map((_, r) => (table.subRows?.has(r) ? '' : String(++counter)));
  const rows = table.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: [numbers[r] ?? '', ...cells].map((value, i) => {
          const column = i === 0 ? null : table.columns[i - 1];
          const sub = table.subRows?.has(r) === true && i === 1;
          return new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            children: [text(value, { align: i === 0 ? 'center' : column?.numeric ? 'right' : 'left', italics: sub, indent: sub ? 280 : undefined })],
          });
        }),
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [headerRow, ...rows] });
}

/** The "DỰ THẢO" mark of a draft, boxed at the top right of the first page. */
function draftMark(): Paragraph {
  const side = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 };
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 0, after: 120 },
    indent: { left: TEXT_WIDTH - Math.round(32 * MM) },
    border: { top: side, bottom: side, left: side, right: side },
    children: [run({ text: 'DỰ THẢO', bold: true })],
  });
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
  return new Document({
    creator: source.agency.name,
    title: `${documentSymbolLine(content.symbol)} - ${content.title}`,
    description: 'Báo cáo cải cách hành chính',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, color: '000000' }, paragraph: { spacing: { after: 0 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
          },
          titlePage: true,
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          ...(source.draft ? [draftMark()] : []),
          documentHeader(source),
          ...documentTitle(content),
          ...body(content),
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          closing(content),
          ...(tables.length > 0 ? appendix(source, tables) : []),
        ],
      },
    ],
  });
}
