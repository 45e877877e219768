import type { SourceSpan } from '@cchc/domain';

/** Offsets into an import's text, end excluded. */
export interface TextRange {
  start: number;
  end: number;
}

/** A piece of the source text as the source pane draws it. */
export interface SourceSegment {
  text: string;
  /** `sentence`: the sentence a value stands in; `value`: the value itself, inside it. */
  kind: 'plain' | 'sentence' | 'value';
}

const clamp = (value: number, length: number): number => Math.max(0, Math.min(length, value));

/**
 * Where the sentence of a value stands in the text: the occurrence of the extractor's sentence
 * that holds the value; when the sentence was tidied (a signature block without its Markdown
 * marks) and is not found as written, the lines the value spans.
 *
 * @example
 * sentenceRange('A. Có 12 hồ sơ. B.', { start: 6, end: 8, sentence: 'Có 12 hồ sơ.' }) // { start: 3, end: 15 }
 */
export function sentenceRange(text: string, source: SourceSpan): TextRange {
  const start = clamp(Math.min(source.start, source.end), text.length);
  const end = clamp(Math.max(source.start, source.end), text.length);
  const sentence = source.sentence;
  if (sentence.length > 0) {
    for (let at = text.indexOf(sentence); at !== -1; at = text.indexOf(sentence, at + 1)) {
      if (at <= start && at + sentence.length >= end) return { start: at, end: at + sentence.length };
      if (at > start) break;
    }
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end > start ? end - 1 : end);
  return { start: lineStart, end: nextBreak === -1 ? text.length : Math.max(nextBreak, end) };
}

/**
 * The text cut for drawing, with a value's sentence and the value itself marked; the whole text
 * as one plain piece without a source. Empty pieces are left out.
 *
 * @example
 * sourceSegments('A. Có 12 hồ sơ. B.', { start: 6, end: 8, sentence: 'Có 12 hồ sơ.' })
 * // [{ text: 'A. ', kind: 'plain' }, { text: 'Có ', kind: 'sentence' }, { text: '12', kind: 'value' },
 * //  { text: ' hồ sơ.', kind: 'sentence' }, { text: ' B.', kind: 'plain' }]
 */
export function sourceSegments(text: string, source: SourceSpan | null): SourceSegment[] {
  if (!source) return text ? [{ text, kind: 'plain' }] : [];
  const value = { start: clamp(Math.min(source.start, source.end), text.length), end: clamp(Math.max(source.start, source.end), text.length) };
  const sentence = sentenceRange(text, source);
  const cuts: [number, number, SourceSegment['kind']][] = [
    [0, sentence.start, 'plain'],
    [sentence.start, value.start, 'sentence'],
    [value.start, value.end, 'value'],
    [value.end, sentence.end, 'sentence'],
    [sentence.end, text.length, 'plain'],
  ];
  return cuts.filter(([from, to]) => to > from).map(([from, to, kind]) => ({ text: text.slice(from, to), kind }));
}
