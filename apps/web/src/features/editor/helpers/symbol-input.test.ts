import { readSymbolInput, symbolParts } from './symbol-input.js';

describe(readSymbolInput.name, () => {
  it('is empty for blank text', () => {
    expect(readSymbolInput('  ')).toEqual({ state: 'empty' });
  });

  it('says why text is not a symbol', () => {
    expect(readSymbolInput('Kế hoạch 565')).toEqual({ state: 'invalid', problem: 'noSlash' });
    expect(readSymbolInput('/BC-SNgV')).toEqual({ state: 'invalid', problem: 'noNumber' });
    expect(readSymbolInput('565/KH-')).toEqual({ state: 'invalid', problem: 'unrecognised' });
  });

  it('reads the parts of each form, normalising what is typed', () => {
    const reading = readSymbolInput(' 20 / 2013 / QÐ – UBND ');
    expect(reading).toMatchObject({ state: 'ok', parsed: { form: 'normative', number: '20', year: 2013, type: 'QĐ', issuer: 'UBND' } });
    expect(readSymbolInput('323/SNgV-VP')).toMatchObject({ state: 'ok', parsed: { form: 'letter', issuer: 'SNgV', unit: 'VP' } });
  });

  it('refuses another form or type than the field wants', () => {
    expect(readSymbolInput('565/KH-STP', { forms: ['letter'] })).toMatchObject({ state: 'wrongForm', expected: ['letter'] });
    expect(readSymbolInput('23/QĐ-STP', { types: ['KH'] })).toMatchObject({ state: 'wrongType', expected: ['KH'] });
    expect(readSymbolInput('45/KH-STP', { forms: ['administrative'], types: ['KH'] }).state).toBe('ok');
  });
});

describe(symbolParts.name, () => {
  it('lists the parts the symbol has, in order', () => {
    const reading = readSymbolInput('323/SNgV-VP');
    if (reading.state !== 'ok') throw new Error('expected a symbol');
    expect(symbolParts(reading.parsed)).toEqual([
      { key: 'form', value: 'letter' },
      { key: 'number', value: '323' },
      { key: 'issuer', value: 'SNgV' },
      { key: 'unit', value: 'VP' },
    ]);
  });
});
