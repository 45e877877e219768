/** A stretch of text with one emphasis. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** One paragraph of a narrative: a heading line is bold as a whole. */
export interface NarrativeParagraph {
  runs: TextRun[];
  heading: boolean;
}

// `***both***`, `**bold**`, `*italic*`: marks around text on one line, as a report converted from
// Word to Markdown carries them (docs/domain.md §2). A star with spaces on both sides is text.
const EMPHASIS = /(\*{1,3})(?=\S)([^*\n]+?)(?<=\S)\1/g;

/**
 * A narrative as the paragraphs of a document (docs/domain.md §11): one paragraph per non-empty
 * line, with the Markdown emphasis a pasted text may carry turned into bold and italic runs, a
 * heading line (`#### …`) marked as such, and lines of marks only (`##### **`) dropped. The dash
 * of a list line ("- Tiếp tục …") stays, as Vietnamese documents print it.
 *
 * @example
 * narrativeParagraphs('Sở tập trung:\n\n- Phối hợp (*trong đó có Sở Ngoại vụ*);')
 * // [{ heading: false, runs: [{ text: 'Sở tập trung:', bold: false, italic: false }] },
 * //  { heading: false, runs: [{ text: '- Phối hợp (', … }, { text: 'trong đó có Sở Ngoại vụ', italic: true, … }, { text: ');', … }] }]
 */
export function narrativeParagraphs(text: string): NarrativeParagraph[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^[\s#*]+$/.test(line))
    .map((line) => {
      const heading = /^#+\s/.test(line);
      return { heading, runs: emphasisRuns(line.replace(/^#+\s+/, '')) };
    });
}

function emphasisRuns(line: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of line.matchAll(EMPHASIS)) {
    const marks = match[1]?.length ?? 0;
    if (match.index > at) runs.push({ text: line.slice(at, match.index), bold: false, italic: false });
    runs.push({ text: match[2] ?? '', bold: marks >= 2, italic: marks !== 2 });
    at = match.index + match[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at), bold: false, italic: false });
  return runs;
}
