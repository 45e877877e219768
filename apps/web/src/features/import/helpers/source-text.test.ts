import { IMPORT_TEXT, importExtraction } from '../../../../test/factories/import.factories.js';
import { sentenceRange, sourceSegments } from './source-text.js';

describe('the sentence of a value in the source text', () => {
  it('finds the sentence as written around the value', () => {
    expect(sentenceRange('A. Có 12 hồ sơ. B.', { start: 6, end: 8, sentence: 'Có 12 hồ sơ.' })).toEqual({ start: 3, end: 15 });
  });

  it('takes the occurrence of the sentence that holds the value, not an earlier one', () => {
    const text = 'Có 12 hồ sơ. Rồi: Có 12 hồ sơ.';
    expect(sentenceRange(text, { start: 21, end: 23, sentence: 'Có 12 hồ sơ.' })).toEqual({ start: 18, end: 30 });
  });

  it('falls back to the lines of the value when the sentence was tidied', () => {
    const signing = importExtraction().fields.find((f) => f.path === 'signing')!;
    const range = sentenceRange(IMPORT_TEXT, signing.source);
    expect(IMPORT_TEXT.slice(range.start, range.end)).toBe('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Thành');
    expect(sentenceRange('một\nhai ba\nbốn', { start: 6, end: 8, sentence: 'không có' })).toEqual({ start: 4, end: 10 });
  });

  it('keeps offsets past the end of the text inside it', () => {
    expect(sentenceRange('ngắn', { start: 10, end: 20, sentence: '' })).toEqual({ start: 0, end: 4 });
  });
});

describe('the source text cut for drawing', () => {
  it('marks the sentence and the value inside it', () => {
    expect(sourceSegments('A. Có 12 hồ sơ. B.', { start: 6, end: 8, sentence: 'Có 12 hồ sơ.' })).toEqual([
      { text: 'A. ', kind: 'plain' },
      { text: 'Có ', kind: 'sentence' },
      { text: '12', kind: 'value' },
      { text: ' hồ sơ.', kind: 'sentence' },
      { text: ' B.', kind: 'plain' },
    ]);
  });

  it('draws the whole text plain without a source, and leaves out empty pieces', () => {
    expect(sourceSegments('Văn bản', null)).toEqual([{ text: 'Văn bản', kind: 'plain' }]);
    expect(sourceSegments('', null)).toEqual([]);
    expect(sourceSegments('12 hồ sơ', { start: 0, end: 8, sentence: '12 hồ sơ' })).toEqual([{ text: '12 hồ sơ', kind: 'value' }]);
  });

  it('gives back the text unchanged, whatever is marked', () => {
    for (const field of importExtraction().fields) {
      expect(sourceSegments(IMPORT_TEXT, field.source).map((s) => s.text).join('')).toBe(IMPORT_TEXT);
    }
  });
});
