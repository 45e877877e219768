import { narrativeParagraphs, recipientLine, type Signing } from '@cchc/domain';
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

// The layout every official document shares (Decree 30/2020/NĐ-CP, appendix I; docs/domain.md §11):
// page, margins, font, the two-column header, the type and summary, body paragraphs, recipients
// beside the signature, appendix tables. An agency's report and the province's compiled report
// are both made of these.

/** A column of an appendix table: its heading, its share of the width, and whether it holds numbers. */
export interface AppendixColumn {
  heading: string;
  width: number;
  numeric?: boolean;
}

/** One table of the appendix: its title and rows of cell texts (the TT column is added when printed). */
export interface AppendixTable {
  part: string;
  title: string;
  columns: AppendixColumn[];
  rows: string[][];
  /** Rows printed in italics, indented: the "trong đó" lines under a total. */
  subRows?: ReadonlySet<number>;
}

// Decree 30/2020/NĐ-CP, appendix I (docs/domain.md §11). Lengths in twentieths of a point
// (1 mm = 56.7), font sizes in half-points.
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
/** The page number sits in the top margin, 10 mm from the edge. */
const HEADER_DISTANCE = Math.round(10 * MM);
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
export const SIZE = { body: 28, header: 26, motto: 24, recipientsLabel: 24, recipients: 22, table: 24 };
const FIRST_LINE_INDENT = Math.round(12.7 * MM);
const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;

type Run = Omit<IRunOptions, 'text'> & { text: string };

export const run = (options: Run): TextRun => new TextRun(options);
export const line = (text: string, options: Omit<IParagraphOptions, 'children'> & { run?: Omit<Run, 'text'> } = {}): Paragraph => {
  const { run: runOptions, ...paragraph } = options;
  return new Paragraph({ ...paragraph, children: [run({ text, ...runOptions })] });
};
/** A short rule under a centred line: a paragraph border between wide indents. */
export const rule = (length: number, columnWidth: number): Paragraph =>
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

/** The left column of the header: the parent body (if any), the issuer in bold, the number line. */
export interface HeaderIssuer {
  parent: string | null;
  issuer: string[];
  symbolLine: string;
  /** An official letter's summary ("V/v …"), under its number: a công văn has no title line. */
  summary?: string;
}

/** Left: parent body, issuer with its rule, number. Right: national name, motto with its rule, place and date. */
export function officialHeader(issuer: HeaderIssuer, dateLine: string): Table {
  const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;
  const left = [
    ...(issuer.parent ? [line(issuer.parent, { ...centred, run: { size: SIZE.header } })] : []),
    ...issuer.issuer.map((text) => line(text, { ...centred, run: { size: SIZE.header, bold: true } })),
    rule(Math.round(HEADER_LEFT * 0.35), HEADER_LEFT),
    line(issuer.symbolLine, { ...centred, spacing: { before: 120, after: 0 }, run: { size: SIZE.header } }),
    ...(issuer.summary ? [line(issuer.summary, { ...centred, spacing: { before: 60, after: 0 }, run: { size: SIZE.recipientsLabel } })] : []),
  ];
  const right = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { ...centred, run: { size: SIZE.motto, bold: true } }),
    line('Độc lập - Tự do - Hạnh phúc', { ...centred, run: { size: SIZE.header, bold: true } }),
    // As long as the motto: about 62% of this column at 13 pt.
    rule(Math.round(HEADER_RIGHT * 0.62), HEADER_RIGHT),
    line(dateLine, { ...centred, spacing: { before: 120, after: 0 }, run: { size: SIZE.body, italics: true } }),
  ];
  return borderless([HEADER_LEFT, HEADER_RIGHT], [left, right]);
}

/** The document's type ("BÁO CÁO") and its summary with a rule under it. */
export function documentTitle(kind: string, title: string): Paragraph[] {
  return [
    line(kind, { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, run: { bold: true } }),
    line(title, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 60 }, run: { bold: true } }),
    rule(Math.round(TEXT_WIDTH * 0.2), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

export const BODY: Omit<IParagraphOptions, 'children'> = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: FIRST_LINE_INDENT },
  spacing: { before: 0, after: 120, line: 300 },
};

/** A narrative's paragraphs, justified, with their emphasis. */
export function narrative(text: string): Paragraph[] {
  return narrativeParagraphs(text).map(
    (p) => new Paragraph({ ...BODY, children: p.runs.map((r) => run({ text: r.text, bold: r.bold || p.heading, italics: r.italic })) }),
  );
}

/** A part heading: "I." headings in capitals, all in bold, indented like the body. */
export function heading(text: string): Paragraph {
  const part = /^[IVX]+\.\s/.test(text);
  return line(part ? text.toLocaleUpperCase('vi') : text, { ...BODY, alignment: AlignmentType.JUSTIFIED, keepNext: true, run: { bold: true } });
}

/** A list entered line by line, printed as the dash lines of a document (as recipients are). */
export function dashList(items: readonly string[]): Paragraph[] {
  return items.map((item, i) => line(recipientLine(item, i === items.length - 1), BODY));
}

/** The signature block: the lines above the name (KT., TM. …, the title), and the name. */
export interface SignatureBlock {
  lines: string[];
  name: string;
}

/** A signature block from who signs: the signing mode with the authority signed for, the title, the name. */
export function signatureBlock(signing: Signing | null): SignatureBlock | null {
  if (!signing) return null;
  return { lines: [...(signing.mode ? [`${signing.mode} ${signing.onBehalfOf ?? ''}`.trim()] : []), signing.title], name: signing.name };
}

/** Recipients on the left, the signature block on the right, side by side. */
export function closing(recipients: readonly string[], signature: SignatureBlock | null): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const tight = { spacing: { before: 0, after: 0 } } as const;
  const left = [
    line('Nơi nhận:', { ...tight, run: { bold: true, italics: true, size: SIZE.recipientsLabel } }),
    ...recipients.map((r, i) => line(recipientLine(r, i === recipients.length - 1), { ...tight, run: { size: SIZE.recipients } })),
  ];
  const centred = { alignment: AlignmentType.CENTER, ...tight } as const;
  const right = signature
    ? [
        ...signature.lines.map((text) => line(text.toLocaleUpperCase('vi'), { ...centred, run: { bold: true } })),
        // Room for the signature and the seal.
        new Paragraph({ spacing: { before: 0, after: 0, line: 240 * 5 }, children: [] }),
        line(signature.name, { ...centred, run: { bold: true } }),
      ]
    : [new Paragraph({ children: [] })];
  return borderless([half, TEXT_WIDTH - half], [left, right]);
}

/** An appendix: on a new page, its title lines (the last, in italics, names the document it goes with), then its tables. */
export function appendix(titles: readonly string[], reference: string, tables: readonly AppendixTable[]): (Paragraph | Table)[] {
  const centred = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } } as const;
  const blocks: (Paragraph | Table)[] = [
    ...titles.map((title, i) => line(title, { ...centred, ...(i === 0 ? { pageBreakBefore: true } : {}), run: { bold: true } })),
    line(reference, { ...centred, spacing: { before: 0, after: 240 }, run: { italics: true } }),
  ];
  tables.forEach((table, index) => {
    blocks.push(line(`${index + 1}. ${table.title}`, { spacing: { before: 240, after: 120 }, keepNext: true, run: { bold: true } }));
    blocks.push(appendixTable(table));
  });
  return blocks;
}

export function appendixTable(table: AppendixTable): Table {
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
export function draftMark(): Paragraph {
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
 * An official document in the decree's page layout: A4 with its margins, Times New Roman at 14 pt,
 * page numbers centred at the top from page 2.
 */
export function officialDocument(options: { creator: string; title: string; description: string; children: (Paragraph | Table)[] }): Document {
  return new Document({
    creator: options.creator,
    title: options.title,
    description: options.description,
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
        children: options.children,
      },
    ],
  });
}
