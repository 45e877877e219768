import { wordDiff, type DiffPart } from './word-diff.js';

const side = (parts: DiffPart[], keep: 'removed' | 'added'): string =>
  parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('');

describe(wordDiff.name, () => {
  it('marks the one word that changed in a paragraph', () => {
    expect(wordDiff('Đã ban hành 5 kế hoạch', 'Đã ban hành 7 kế hoạch')).toEqual([
      { kind: 'same', text: 'Đã ban hành' },
      { kind: 'removed', text: ' 5' },
      { kind: 'added', text: ' 7' },
      { kind: 'same', text: ' kế hoạch' },
    ]);
  });

  it('marks words inserted and deleted in the middle, keeping the common words between them', () => {
    const parts = wordDiff('Tổ chức 3 lớp tập huấn cho công chức', 'Tổ chức thành công 3 lớp cho công chức cấp xã');
    expect(parts).toEqual([
      { kind: 'same', text: 'Tổ chức' },
      { kind: 'added', text: ' thành công' },
      { kind: 'same', text: ' 3 lớp' },
      { kind: 'removed', text: ' tập huấn' },
      { kind: 'same', text: ' cho công chức' },
      { kind: 'added', text: ' cấp xã' },
    ]);
  });

  it('joins back into each side exactly, line breaks and spaces included', () => {
    const before = 'Đoạn một.\n\nĐoạn  hai có   khoảng trắng.';
    const after = 'Đoạn một đã sửa.\n\nĐoạn hai có khoảng trắng.\nĐoạn ba.';
    const parts = wordDiff(before, after);
    expect(side(parts, 'removed')).toBe(before);
    expect(side(parts, 'added')).toBe(after);
  });

  it('never lets a space anchor a match between changed words', () => {
    expect(wordDiff('a b c', 'x y z')).toEqual([
      { kind: 'removed', text: 'a b c' },
      { kind: 'added', text: 'x y z' },
    ]);
    expect(side(wordDiff('  lề trái ', 'lề  trái'), 'added')).toBe('lề  trái');
  });

  it('gives one part for equal texts, and whole parts when one side is empty', () => {
    expect(wordDiff('Không đổi.', 'Không đổi.')).toEqual([{ kind: 'same', text: 'Không đổi.' }]);
    expect(wordDiff('', 'Mới')).toEqual([{ kind: 'added', text: 'Mới' }]);
    expect(wordDiff('Cũ', '')).toEqual([{ kind: 'removed', text: 'Cũ' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('shows two very long, wholly different texts as replaced, without building a huge table', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const parts = wordDiff(before, after);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
    expect(side(parts, 'added')).toBe(after);
  });
});
