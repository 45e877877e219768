import { formatCell } from './data-table.js';

describe(formatCell.name, () => {
  it('writes a dash for no value', () => {
    expect(formatCell(null, { kind: 'count' })).toBe('—');
    expect(formatCell('', { kind: 'text' })).toBe('—');
  });

  it('writes counts with the Vietnamese thousands separator', () => {
    expect(formatCell(19312, { kind: 'count' })).toBe('19.312');
  });

  it('writes numbers with a decimal comma and rates as percentages', () => {
    expect(formatCell(3.44, { kind: 'number' })).toBe('3,4');
    expect(formatCell(0.925, { kind: 'rate' })).toBe('92,5%');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatCell('2020-09-20', { kind: 'date' })).toBe('20/09/2020');
  });

  it('signs a positive change', () => {
    expect(formatCell(2, { kind: 'number', signed: true })).toBe('+2');
    expect(formatCell(-0.012, { kind: 'rate', signed: true })).toBe('-1,2%');
    expect(formatCell(0, { kind: 'count', signed: true })).toBe('0');
  });
});
