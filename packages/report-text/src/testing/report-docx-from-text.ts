import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

// Builds a Word file the way agencies lay out a report (docs/domain.md §11), from the Markdown of
// a report such as the seed, so that tests read a realistic .docx: the header and the closing are
// borderless two-column tables, headings use Word's heading styles, "- " lines are bulleted
// paragraphs, **bold** and *italic* are run formatting, and Markdown tables are bordered tables.

/** Lengths in twentieths of a point (1 mm = 56.7); A4 with the decree's margins. */
const MM = 56.7;
const TEXT_WIDTH = 11906 - Math.round(30 * MM) - Math.round(15 * MM);
const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);
const HALF = Math.round(TEXT_WIDTH / 2);
const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A line without its Markdown marks (`#`, `*`) and the spaces around. */
const plain = (line: string): string => line.replace(/[#*]/g, '').trim();

interface Emphasis {
  bold: boolean;
  italics: boolean;
}

/**
 * The runs of one line of Markdown: `***`, `**` and `*` toggle bold and italics. The state carries
 * over to the next line of the same block, so "**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**" is bold throughout.
 */
function runs(line: string, state: Emphasis): TextRun[] {
  const out: TextRun[] = [];
  for (const token of line.split(/(\*{1,3})/)) {
    if (token === '***') {
      state.bold = !state.bold;
      state.italics = !state.italics;
    } else if (token === '**') state.bold = !state.bold;
    else if (token === '*') state.italics = !state.italics;
    else if (token !== '') out.push(new TextRun({ text: token, bold: state.bold, italics: state.italics }));
  }
  return out;
}

/** Markdown's hard break: two spaces or a backslash at the end of a line. */
const hardBreak = (line: string): boolean => / {2,}$/.test(line) || line.endsWith('\\');
const withoutBreak = (line: string): string => line.replace(/(?: {2,}|\\)$/, '').trim();

const tight = { spacing: { before: 0, after: 0 } } as const;
const centred = { alignment: AlignmentType.CENTER, ...tight } as const;

function layoutTable(widths: readonly [number, number], columns: readonly [Paragraph[], Paragraph[]]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: columns.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              borders: TableBorders.NONE,
              children: children.length > 0 ? children : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

/** The header: left the parent body, the agency and the "Số:" line; right the national name, the motto, place and date. */
function headerTable(lines: readonly string[]): Table {
  const nationalName = (line: string): boolean => /^CỘNG H(?:ÒA|OÀ)\b/iu.test(plain(line).normalize('NFC'));
  const right = (line: string): boolean => nationalName(line) || /^Độc lập\b/iu.test(plain(line)) || /,\s*ngày\b/u.test(plain(line));
  const leftLines = lines.filter((line) => !right(line));
  const rightLines = lines.filter(right);
  if (!rightLines.some(nationalName)) rightLines.unshift(`**${NATIONAL_NAME}**`, `**${MOTTO}**`);
  const column = (texts: readonly string[]): Paragraph[] => {
    const state = { bold: false, italics: false };
    return texts.map((text) => new Paragraph({ ...centred, children: runs(text, state) }));
  };
  return layoutTable([HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT], [column(leftLines), column(rightLines)]);
}

/** The closing: left "Nơi nhận:" and its lines; right the signing lines, room to sign, the name. */
function closingTable(lines: readonly string[]): Table {
  const [label = 'Nơi nhận:', ...rest] = lines;
  const recipients = rest.filter((line) => /^[-+•]\s/.test(line.trim()));
  const signing = rest.filter((line) => !/^[-+•]\s/.test(line.trim()));
  const leftState = { bold: false, italics: false };
  const left = [label, ...recipients].map((line) => new Paragraph({ ...tight, children: runs(withoutBreak(line), leftState) }));
  const rightState = { bold: false, italics: false };
  const right = signing.map((line) => new Paragraph({ ...centred, children: runs(withoutBreak(line), rightState) }));
  // Room for the signature and the seal, before the name.
  if (right.length > 1) right.splice(right.length - 1, 0, new Paragraph({ ...tight, children: [] }), new Paragraph({ ...tight, children: [] }));
  return layoutTable([HALF, TEXT_WIDTH - HALF], [left, right]);
}

/** A Markdown table (`| a | b |` lines, the `|---|` line skipped) as a bordered Word table. */
function dataTable(lines: readonly string[]): Table {
  const rows = lines
    .filter((line) => !/^\|?[\s:|-]+\|?$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll('\\|', '|')),
    );
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from(
            { length: columns },
            (_, c) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                children: [new Paragraph({ children: runs(row[c] ?? '', { bold: r === 0, italics: false }) })],
              }),
          ),
        }),
    ),
  });
}

/** The body's blocks (separated by blank lines): headings, bulleted lines, paragraphs, tables. */
function bodyBlocks(lines: readonly string[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]?.push(line);
  }
  let titles = 0;
  for (const block of blocks) {
    if (block.length === 0) continue;
    if (block.every((line) => line.trim().startsWith('|'))) {
      out.push(dataTable(block));
      continue;
    }
    const state = { bold: false, italics: false };
    let paragraph: TextRun[] = [];
    const flush = (): void => {
      if (paragraph.length > 0) out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: paragraph }));
      paragraph = [];
    };
    for (const line of block) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line.trim());
      const bullet = /^[-•]\s+(.*)$/.exec(line.trim());
      if (heading) {
        flush();
        const level = HEADINGS[(heading[1]?.length ?? 1) - 1] ?? HeadingLevel.HEADING_6;
        // The document type ("BÁO CÁO") and its summary are centred.
        const alignment = titles < 2 ? AlignmentType.CENTER : AlignmentType.LEFT;
        titles += 1;
        out.push(new Paragraph({ heading: level, alignment, children: runs(withoutBreak(heading[2] ?? ''), state) }));
      } else if (bullet) {
        flush();
        out.push(new Paragraph({ bullet: { level: 0 }, children: runs(withoutBreak(bullet[1] ?? ''), state) }));
      } else {
        if (paragraph.length > 0) paragraph.push(new TextRun({ text: ' ' }));
        paragraph.push(...runs(withoutBreak(line), state));
        if (hardBreak(line)) paragraph.push(new TextRun({ break: 1 }));
      }
    }
    flush();
  }
  return out;
}

/**
 * A Word file of a report written in Markdown (such as the seed, `SNGV_M9_2020_TEXT`), laid out
 * as agencies do (Decree 30/2020/NĐ-CP):
 * - the lines before "BÁO CÁO" make the header, a borderless two-column table: left the parent
 *   body and the agency when the text has them, and the "Số: …" line; right "CỘNG HÒA XÃ HỘI CHỦ
 *   NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc" (added when the text lacks them) and the
 *   place-and-date line;
 * - `#` headings become Word headings (Heading 1 to 6), "- " lines bulleted paragraphs, `**bold**`
 *   and `*italic*` run formatting, Markdown tables bordered tables;
 * - from "Nơi nhận:" to the end, a borderless two-column table: left "Nơi nhận:" and its "- "
 *   lines, right the signing lines and the name.
 */
export async function reportDocxFromText(markdown: string): Promise<Buffer> {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const title = lines.findIndex((line) => /^BÁO CÁO$/u.test(plain(line)));
  const closing = lines.findIndex((line, i) => i > title && /^Nơi nhận\s*:/u.test(plain(line)));
  const header = title > 0 ? lines.slice(0, title).filter((line) => line.trim() !== '' && !/^[-_=*\s]+$/.test(line)) : [];
  const body = lines.slice(Math.max(title, 0), closing === -1 ? lines.length : closing);
  const end = closing === -1 ? [] : lines.slice(closing).filter((line) => line.trim() !== '');
  const children: (Paragraph | Table)[] = [
    ...(header.length > 0 ? [headerTable(header)] : []),
    ...bodyBlocks(body),
    ...(end.length > 0 ? [closingTable(end)] : []),
  ];
  const document = new Document({
    creator: 'CCHC',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
