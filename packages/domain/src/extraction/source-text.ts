import type { ExtractionConfidence, SourceSpan } from './report-extraction.js';

/** One line of the text read, with its offsets and its words without Markdown marks. */
export interface SourceLine {
  index: number;
  start: number;
  end: number;
  /** The line with Markdown marks (`#`, `*`, list bullets) removed and spaces collapsed. */
  clean: string;
  /** A Markdown heading (`#`) or a line in bold as a whole: how headings look in Word and Markdown. */
  marked: boolean;
  /** A list item (`- `, `+ `, `• `). */
  bullet: boolean;
}

/** A value read from the text, where it stands and how sure the reading is. */
export interface Located<T> {
  value: T;
  start: number;
  end: number;
  confidence: ExtractionConfidence;
}

/**
 * The text an extraction reads: NFC with `\n` line ends (every offset refers to it), and a copy of
 * the same length with Markdown emphasis and heading marks blanked, so patterns read "**12** hồ
 * sơ" as "12 hồ sơ" at the same offsets.
 */
export class SourceText {
  readonly text: string;
  readonly plain: string;
  readonly lines: readonly SourceLine[];

  constructor(input: string) {
    this.text = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u00A0/g, ' ');
    this.plain = this.text.replace(/[*#]/g, ' ').replace(/\u200B/g, ' ');
    const lines: SourceLine[] = [];
    let start = 0;
    for (const raw of this.text.split('\n')) {
      const end = start + raw.length;
      const trimmed = raw.trim();
      const plainLine = this.plain.slice(start, end);
      const bulletMatch = /^\s*(?:[-+•–]\s+)+/u.exec(plainLine);
      const clean = withoutMarks(raw.slice(bulletMatch?.[0].length ?? 0));
      const marked = /^#{1,6}\s/.test(trimmed) || /^\*\*[^*].*\*\*$/su.test(trimmed.replace(/^[-+]\s+/, ''));
      lines.push({ index: lines.length, start, end, clean, marked, bullet: bulletMatch !== null });
      start = end + 1;
    }
    this.lines = lines;
  }

  /** The line that holds an offset. */
  lineAt(offset: number): SourceLine {
    let low = 0;
    let high = this.lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lines[mid]?.start ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return this.lines[low] as SourceLine;
  }

  /**
   * The sentence around `[start, end)`: from the previous sentence end (". ", "; ", a line
   * break) to the next, without Markdown marks, spaces collapsed.
   */
  span(start: number, end: number): SourceSpan {
    const line = this.lineAt(start);
    const lastLine = this.lineAt(Math.max(start, end - 1));
    let from = line.start;
    for (let i = start - 1; i > line.start; i--) {
      if (isSentenceEnd(this.plain, i)) {
        from = i + 1;
        break;
      }
    }
    let to = lastLine.end;
    for (let i = Math.max(end, start); i < lastLine.end; i++) {
      if (isSentenceEnd(this.plain, i)) {
        to = i + 1;
        break;
      }
    }
    const sentence = withoutMarks(this.text.slice(from, to)).replace(/^[-+]\s+(?:[-+]\s+)?/, '');
    return { start, end, sentence: sentence || this.text.slice(start, end) };
  }

  /** Every sentence of lines `[fromLine, toLine)`, as offsets: a line break or ". ", "; " ends one. */
  sentences(fromLine = 0, toLine = this.lines.length): { start: number; end: number }[] {
    const result: { start: number; end: number }[] = [];
    for (const line of this.lines.slice(fromLine, toLine)) {
      let from = line.start;
      for (let i = line.start; i < line.end; i++) {
        if (isSentenceEnd(this.plain, i)) {
          if (this.plain.slice(from, i).trim()) result.push({ start: from, end: i + 1 });
          from = i + 1;
        }
      }
      if (this.plain.slice(from, line.end).trim()) result.push({ start: from, end: line.end });
    }
    return result;
  }

  /** The text of `[start, end)` without Markdown marks, spaces collapsed. */
  cleanSlice(start: number, end: number): string {
    return withoutMarks(this.text.slice(start, end));
  }

  /**
   * The text of lines `[from, to)` as a narrative: Markdown emphasis and heading marks removed,
   * paragraphs kept apart by one blank line, a paragraph broken across lines by a blank line in
   * the middle of a sentence joined again.
   */
  narrative(from: number, to: number): string {
    const paragraphs: string[] = [];
    for (const line of this.lines.slice(from, to)) {
      if (!line.clean) continue;
      const raw = this.text.slice(line.start, line.end).replace(/\*+/g, '').replace(/^\s*#{1,6}\s*/, '').replace(/\s+$/, '');
      const text = raw.replace(/^\s*-\s+\+\s+/, '+ ').trim();
      const previous = paragraphs.at(-1);
      if (previous !== undefined && /[\p{Ll},]$/u.test(previous) && /^\p{Ll}/u.test(text)) {
        paragraphs[paragraphs.length - 1] = `${previous} ${text}`;
      } else {
        paragraphs.push(text);
      }
    }
    return paragraphs.join('\n\n');
  }
}

/** Text without Markdown emphasis and heading marks, spaces collapsed: "(*có bảng*)" reads "(có bảng)". */
function withoutMarks(text: string): string {
  return text.replace(/\*+/g, '').replace(/^\s*#{1,6}\s+/u, '').replace(/\s+/g, ' ').trim();
}

function isSentenceEnd(plain: string, i: number): boolean {
  const c = plain[i];
  if (c !== '.' && c !== ';' && c !== '!' && c !== '?') return false;
  const next = plain[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n') return false;
  // A sentence starts with a capital: ". ." of an ellipsis or "v.v... và" before a small letter goes on.
  const following = /\S/u.exec(plain.slice(i + 1, i + 40).split('\n')[0] ?? '');
  if (following && /\p{Ll}/u.test(following[0])) return false;
  // "v.v..." and "TP." are not sentence ends worth cutting at; a digit before '.' with a space after is.
  return !(c === '.' && /(?:v\.v|TP|Tp|ThS|TS|PGS)$/u.test(plain.slice(Math.max(0, i - 3), i)));
}
