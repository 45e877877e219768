import { reminderLetterSymbol } from './reminder-letter.js';

describe('reminderLetterSymbol', () => {
  it("writes an official letter's symbol: number, issuer, unit", () => {
    expect(reminderLetterSymbol('152')).toBe('152/SNV-CCHC');
    expect(reminderLetterSymbol('30c')).toBe('30c/SNV-CCHC');
  });
});
