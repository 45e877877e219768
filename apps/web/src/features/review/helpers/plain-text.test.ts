import { plainText, recipientLine } from './plain-text.js';

describe(plainText.name, () => {
  it('leaves plain text as it is', () => {
    expect(plainText('Kế hoạch số 565/KH-SNgV ngày 23/10/2019')).toBe('Kế hoạch số 565/KH-SNgV ngày 23/10/2019');
  });

  it('drops lines of marks only and the marks around words', () => {
    expect(plainText('(*trong đó có Sở Ngoại vụ*)\n\n##### **\n\nTiếp theo')).toBe('(trong đó có Sở Ngoại vụ)\n\nTiếp theo');
    expect(plainText('#### **II. NHIỆM VỤ**')).toBe('II. NHIỆM VỤ');
  });

  it('keeps a multiplication sign or a lone star inside text', () => {
    expect(plainText('2 * 3 = 6')).toBe('2 * 3 = 6');
  });
});

describe(recipientLine.name, () => {
  it('ends each line with a semicolon and the last with a full stop', () => {
    expect(recipientLine('Sở Nội vụ', false)).toBe('- Sở Nội vụ;');
    expect(recipientLine('Lưu: VT, TH', true)).toBe('- Lưu: VT, TH.');
  });

  it('does not double a punctuation mark already there', () => {
    expect(recipientLine('Lưu: VT, TH.', true)).toBe('- Lưu: VT, TH.');
  });
});
