import { formatReportSymbol, ReportSymbolSchema, symbolAfterNumber } from './report-symbol.js';

describe(formatReportSymbol.name, () => {
  it('leaves the number blank before registration', () => {
    expect(formatReportSymbol({ number: null, type: 'BC', issuer: 'SNgV' })).toBe('Số: /BC-SNgV');
  });

  it('writes the number and the drafting unit once known', () => {
    expect(formatReportSymbol({ number: '125', type: 'BC', issuer: 'SNV', unit: 'CCHC' })).toBe('Số: 125/BC-SNV-CCHC');
  });
});

describe('ReportSymbolSchema', () => {
  it('rejects a number that is not a document number', () => {
    expect(ReportSymbolSchema.safeParse({ number: '12/BC', issuer: 'SNgV' }).success).toBe(false);
  });

  it('defaults the type to BC', () => {
    expect(ReportSymbolSchema.parse({ number: null, issuer: 'SNgV' }).type).toBe('BC');
  });
});

describe(symbolAfterNumber.name, () => {
  it('is the part of the symbol after the number, with the unit when there is one', () => {
    expect(symbolAfterNumber({ type: 'BC', issuer: 'SNgV' })).toBe('/BC-SNgV');
    expect(symbolAfterNumber({ type: 'BC', issuer: 'UBND', unit: 'VP' })).toBe('/BC-UBND-VP');
  });
});
