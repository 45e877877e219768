import { recipientLine } from './recipient-line.js';

describe(recipientLine.name, () => {
  it('ends each line with a semicolon and the last with a full stop', () => {
    expect(recipientLine('Sở Nội vụ', false)).toBe('- Sở Nội vụ;');
    expect(recipientLine('Lưu: VT, TH', true)).toBe('- Lưu: VT, TH.');
  });

  it('does not double a punctuation mark already there', () => {
    expect(recipientLine('Lưu: VT, TH.', true)).toBe('- Lưu: VT, TH.');
    expect(recipientLine(' Sở Nội vụ; ', false)).toBe('- Sở Nội vụ;');
  });
});
