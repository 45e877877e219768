// Turns the simple HTML mammoth writes for a Word file (p, h1-h6, ul/ol/li, table/tr/td, strong,
// em, a, br, img, sup, sub) into the plain text a report's extraction reads: one paragraph per
// block with a blank line between blocks, Markdown headings and list items, and tables kept
// apart by kind (see `tableBlocks`). It is not a general HTML reader: mammoth's output is
// well-formed and escapes only & < > ", which is all this relies on.

interface ElementNode {
  kind: 'element';
  tag: string;
  attributes: Readonly<Record<string, string>>;
  children: HtmlNode[];
}
interface TextNode {
  kind: 'text';
  text: string;
}
type HtmlNode = ElementNode | TextNode;

const VOID_TAGS = new Set(['br', 'img', 'hr', 'wbr', 'col', 'input', 'meta', 'link']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const COMMENT = /<!--[\s\S]*?-->/y;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bull: '\u2022',
  middot: '\u00b7',
  deg: '\u00b0',
  times: '\u00d7',
  divide: '\u00f7',
  plusmn: '\u00b1',
  copy: '\u00a9',
  reg: '\u00ae',
  shy: '\u00ad',
};

/** Decodes HTML character references: named (the common ones), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** A tree of the HTML: elements with their attributes, and decoded text. */
function parseHtml(html: string): ElementNode {
  const root: ElementNode = { kind: 'element', tag: '#root', attributes: {}, children: [] };
  const stack: ElementNode[] = [root];
  const current = (): ElementNode => stack[stack.length - 1] ?? root;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    const textEnd = open === -1 ? html.length : open;
    if (textEnd > index) current().children.push({ kind: 'text', text: decodeEntities(html.slice(index, textEnd)) });
    if (open === -1) break;
    COMMENT.lastIndex = open;
    if (COMMENT.exec(html)) {
      index = COMMENT.lastIndex;
      continue;
    }
    TAG.lastIndex = open;
    const tag = TAG.exec(html);
    if (!tag) {
      // A lone '<' is text.
      current().children.push({ kind: 'text', text: '<' });
      index = open + 1;
      continue;
    }
    index = TAG.lastIndex;
    const [, closing, rawName = '', rawAttributes = '', selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of rawAttributes.matchAll(ATTRIBUTE)) {
      const [, key = '', double, single, bare] = attribute;
      attributes[key.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
    }
    const element: ElementNode = { kind: 'element', tag: name, attributes, children: [] };
    current().children.push(element);
    if (!selfClosing && !VOID_TAGS.has(name)) stack.push(element);
  }
  return root;
}

const HEADING = /^h([1-6])$/;
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote', 'section', 'article', 'body', 'html', 'pre', 'hr']);
const isBlock = (node: HtmlNode): boolean => node.kind === 'element' && BLOCK_TAGS.has(node.tag);

interface Segment {
  text: string;
  bold: boolean;
}

/** The text of inline content, piece by piece with its weight; `<br>` is a newline. */
function segments(nodes: readonly HtmlNode[], bold = false, out: Segment[] = []): Segment[] {
  for (const node of nodes) {
    if (node.kind === 'text') {
      out.push({ text: node.text, bold });
      continue;
    }
    if (node.tag === 'br') out.push({ text: '\n', bold });
    else if (node.tag === 'img' || node.tag === 'hr') continue;
    // The "↑" links from a footnote back to its reference.
    else if (node.tag === 'a' && /^#(?:footnote|endnote|comment)-ref-/.test(node.attributes['href'] ?? '')) continue;
    else segments(node.children, bold || node.tag === 'strong' || node.tag === 'b', out);
  }
  return out;
}

/**
 * Spaces, tabs and no-break spaces to one space per run (spaces typed to align text mean
 * nothing in plain text); invisible marks (zero-width space, word joiner, soft hyphen) dropped;
 * lines trimmed; empty lines dropped.
 */
function cleanLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
        .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

interface RenderOptions {
  /** Mark a paragraph that is bold throughout as `**…**` (not inside table cells of data tables). */
  marks: boolean;
}

/** A paragraph's lines; a paragraph bold throughout (a heading typed as bold text) keeps `**`. */
function paragraphLines(nodes: readonly HtmlNode[], options: RenderOptions): string[] {
  const parts = segments(nodes);
  const lines = cleanLines(parts.map((s) => s.text).join(''));
  const wholeBold = parts.some((s) => s.text.trim() !== '') && parts.every((s) => s.bold || s.text.trim() === '');
  return options.marks && wholeBold ? lines.map((line) => `**${line}**`) : lines;
}

/** A list's lines: "- item", nested lists indented by two spaces per level. */
function listLines(list: ElementNode, depth: number): string[] {
  const lines: string[] = [];
  const indent = '  '.repeat(depth);
  for (const item of list.children) {
    if (item.kind !== 'element' || item.tag !== 'li') continue;
    const own = item.children.filter((c) => !(c.kind === 'element' && (c.tag === 'ul' || c.tag === 'ol')));
    const text = blocks(own, { marks: false }).flatMap((block) => block.split('\n'));
    const [first, ...rest] = text;
    if (first !== undefined) lines.push(`${indent}- ${first}`, ...rest.map((line) => `${indent}  ${line}`));
    for (const nested of item.children) {
      if (nested.kind === 'element' && (nested.tag === 'ul' || nested.tag === 'ol')) lines.push(...listLines(nested, depth + 1));
    }
  }
  return lines;
}

interface Cell {
  blocks: string[];
  /** The cell's text on one line, for a Markdown table. */
  flat: string;
}

/** The table's rows as a grid: column spans repeated as empty cells, row spans left empty below. */
function tableGrid(table: ElementNode): Cell[][] {
  const rows: ElementNode[] = [];
  const collect = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      if (child.tag === 'tr') rows.push(child);
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') collect(child);
    }
  };
  collect(table);
  const empty: Cell = { blocks: [], flat: '' };
  const grid: Cell[][] = [];
  const covered = new Map<string, true>();
  rows.forEach((row, r) => {
    const cells: Cell[] = (grid[r] ??= []);
    let column = 0;
    for (const td of row.children) {
      if (td.kind !== 'element' || (td.tag !== 'td' && td.tag !== 'th')) continue;
      while (covered.has(`${r}:${column}`)) cells[column++] = empty;
      const span = Math.max(1, Number.parseInt(td.attributes['colspan'] ?? '1', 10) || 1);
      const rowSpan = Math.max(1, Number.parseInt(td.attributes['rowspan'] ?? '1', 10) || 1);
      const cellBlocks = blocks(td.children, { marks: true });
      const flat = blocks(td.children, { marks: false })
        .flatMap((block) => block.split('\n'))
        .join(' ')
        .replaceAll('|', '\\|');
      cells[column] = { blocks: cellBlocks, flat };
      for (let extra = 1; extra < span; extra++) cells[column + extra] = empty;
      for (let down = 1; down < rowSpan; down++) {
        for (let across = 0; across < span; across++) covered.set(`${r + down}:${column + across}`, true);
      }
      column += span;
    }
    while (covered.has(`${r}:${column}`)) cells[column++] = empty;
  });
  return grid;
}

const NUMERIC = /^[(]?[-+]?\d[\d.,\s]*%?[)]?$/;

/**
 * A table is data (a Markdown table) when it has more than two columns, or when most of its
 * filled cells below the first row are numbers; otherwise it lays text out (the official header,
 * the recipients beside the signature) and its columns are read one after the other.
 */
function isDataTable(grid: readonly Cell[][], columns: number): boolean {
  if (columns > 2) return true;
  const body = grid.slice(1).flat().filter((cell) => cell.flat !== '');
  const numbers = body.filter((cell) => NUMERIC.test(cell.flat)).length;
  return body.length > 0 && numbers * 2 >= body.length;
}

/**
 * A table's blocks. A layout table gives its whole left column (each paragraph on its own line),
 * then its whole right column: text side by side in Word never joins into one line. A data table
 * gives one Markdown table.
 */
function tableBlocks(table: ElementNode): string[] {
  const grid = tableGrid(table);
  const columns = Math.max(0, ...grid.map((row) => row.length));
  if (columns === 0) return [];
  if (isDataTable(grid, columns)) {
    const rows = grid
      .map((row) => Array.from({ length: columns }, (_, i) => row[i]?.flat ?? ''))
      .filter((row) => row.some((cell) => cell !== ''));
    if (rows.length === 0) return [];
    const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
    const [head = [], ...rest] = rows;
    return [[line(head), `|${'---|'.repeat(columns)}`, ...rest.map(line)].join('\n')];
  }
  return Array.from({ length: columns }, (_, column) =>
    grid
      .flatMap((row) => row[column]?.blocks ?? [])
      .flatMap((block) => block.split('\n'))
      .join('\n'),
  ).filter((block) => block !== '');
}

/** The blocks of a sequence of nodes; inline content between blocks makes a paragraph of its own. */
function blocks(nodes: readonly HtmlNode[], options: RenderOptions): string[] {
  const out: string[] = [];
  let inline: HtmlNode[] = [];
  const flush = (): void => {
    const lines = paragraphLines(inline, options);
    if (lines.length > 0) out.push(lines.join('\n'));
    inline = [];
  };
  for (const node of nodes) {
    if (!isBlock(node) || node.kind !== 'element') {
      inline.push(node);
      continue;
    }
    flush();
    const heading = HEADING.exec(node.tag);
    if (heading) {
      const text = cleanLines(segments(node.children).map((s) => s.text).join('')).join(' ');
      if (text !== '') out.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (node.tag === 'p' || node.tag === 'pre') {
      const lines = paragraphLines(node.children, options);
      if (lines.length > 0) out.push(lines.join('\n'));
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      const lines = listLines(node, 0);
      if (lines.length > 0) out.push(lines.join('\n'));
    } else if (node.tag === 'table') {
      out.push(...tableBlocks(node));
    } else if (node.tag !== 'hr') {
      out.push(...blocks(node.children, options));
    }
  }
  flush();
  return out;
}

/**
 * The plain text of mammoth's HTML: blocks separated by one blank line, headings as `#`…, list
 * items as "- item", layout tables column by column, data tables as Markdown tables; a paragraph
 * bold throughout is written `**…**`. Ends with a newline unless empty.
 *
 * @example
 * htmlToText('<h2>BÁO CÁO</h2><p>Thực hiện &amp; báo cáo</p><ul><li>Sở Nội vụ;</li></ul>')
 * // '## BÁO CÁO\n\nThực hiện & báo cáo\n\n- Sở Nội vụ;\n'
 */
export function htmlToText(html: string): string {
  const text = blocks(parseHtml(html).children, { marks: true }).join('\n\n');
  return text === '' ? '' : `${text}\n`;
}
