import { plainText } from './plain-text.js';

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
