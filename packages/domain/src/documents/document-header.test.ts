import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { ReportSchema } from '../reports/report.schema.js';
import { appendixReference, documentSymbolLine, issuerLines, provinceIssuerLines, reportDateLine } from './document-header.js';

const seed = ReportSchema.parse(SNGV_M9_2020_REPORT);

describe(provinceIssuerLines.name, () => {
  it("writes the provincial People's Committee on two lines, with no parent", () => {
    expect(provinceIssuerLines('Quảng Ngãi')).toEqual({ parent: null, issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'] });
    expect(provinceIssuerLines(' Gia Lai ').issuer[1]).toBe('TỈNH GIA LAI');
    expect(issuerLines({ name: 'UBND tỉnh Quảng Ngãi', kind: 'province' }, 'Quảng Ngãi')).toEqual(provinceIssuerLines('Quảng Ngãi'));
  });
});

describe(issuerLines.name, () => {
  it('puts a department under the provincial People\'s Committee', () => {
    expect(issuerLines({ name: 'Sở Ngoại vụ', kind: 'department' }, 'Quảng Ngãi')).toEqual({ parent: 'UBND TỈNH QUẢNG NGÃI', issuer: ['SỞ NGOẠI VỤ'] });
    expect(issuerLines({ name: 'Thanh tra tỉnh', kind: 'board' }, 'Quảng Ngãi').issuer).toEqual(['THANH TRA TỈNH']);
  });

  it('writes a People\'s Committee on two lines, without a parent', () => {
    expect(issuerLines({ name: 'UBND thành phố Quảng Ngãi', kind: 'district' }, 'Quảng Ngãi')).toEqual({
      parent: null,
      issuer: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ QUẢNG NGÃI'],
    });
    expect(issuerLines({ name: 'Ủy ban nhân dân xã Tịnh Khê', kind: 'commune' }, 'Quảng Ngãi').issuer).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ TỊNH KHÊ']);
  });
});

describe(documentSymbolLine.name, () => {
  it('prints the registered number, or leaves room to write it by hand', () => {
    expect(documentSymbolLine({ number: '41', type: 'BC', issuer: 'STP' })).toBe('Số: 41/BC-STP');
    expect(documentSymbolLine({ number: null, type: 'BC', issuer: 'SNgV' })).toBe('Số:       /BC-SNgV');
    expect(documentSymbolLine({ number: '7', type: 'BC', issuer: 'UBND', unit: 'VP' })).toBe('Số: 7/BC-UBND-VP');
  });
});

describe(reportDateLine.name, () => {
  it('writes the date of issue with the padding rule: days below 10 and months 1 and 2 only', () => {
    expect(reportDateLine({ ...seed, signedOn: '2021-03-12' }, null)).toBe('Quảng Ngãi, ngày 12 tháng 3 năm 2021');
    expect(reportDateLine({ ...seed, signedOn: '2021-02-05' }, null)).toBe('Quảng Ngãi, ngày 05 tháng 02 năm 2021');
    expect(reportDateLine({ ...seed, signedOn: '2021-10-10' }, null)).toBe('Quảng Ngãi, ngày 10 tháng 10 năm 2021');
  });

  it('leaves the day blank in the month of the first submission, Vietnam time', () => {
    expect(reportDateLine(seed, '2020-09-30T18:00:00Z')).toBe('Quảng Ngãi, ngày    tháng 10 năm 2020');
    expect(reportDateLine(seed, '2020-09-18T03:00:00Z')).toBe('Quảng Ngãi, ngày    tháng 9 năm 2020');
  });

  it('uses the month of the deadline for a draft never submitted', () => {
    expect(reportDateLine(seed, null)).toBe('Quảng Ngãi, ngày    tháng 9 năm 2020');
  });
});

describe(appendixReference.name, () => {
  it('names the registered report the appendix goes with', () => {
    const registered = { ...seed, symbol: { number: '41', type: 'BC', issuer: 'STP' }, signedOn: '2021-03-05' };
    expect(appendixReference(registered, 'Sở Tư pháp', null)).toBe('(Kèm theo Báo cáo số 41/BC-STP ngày 5/3/2021 của Sở Tư pháp)');
  });

  it('keeps the blanks of an unregistered report', () => {
    expect(appendixReference(seed, 'Sở Ngoại vụ', '2020-09-18T03:00:00Z')).toBe('(Kèm theo Báo cáo số       /BC-SNgV ngày     /9/2020 của Sở Ngoại vụ)');
  });
});
