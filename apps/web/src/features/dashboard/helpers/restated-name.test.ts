import { agency } from '../../../../test/factories/dashboard.factories.js';
import { restatedName } from './restated-name.js';

const texts = { agencyName: (a: { name: { vi: string } }) => a.name.vi, restated: (codes: string) => `(gộp ${codes})` };
const snnmt = agency('SNNMT', { name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' } });

describe(restatedName.name, () => {
  it('names the predecessors folded into an agency after its name', () => {
    expect(restatedName({ agency: snnmt, restatedFrom: [agency('SNNPTNT'), agency('STNMT')] }, texts)).toBe('Sở Nông nghiệp và Môi trường (gộp SNNPTNT, STNMT)');
  });

  it('gives the plain name as reported, or without a text for it', () => {
    expect(restatedName({ agency: snnmt, restatedFrom: [] }, texts)).toBe('Sở Nông nghiệp và Môi trường');
    expect(restatedName({ agency: snnmt, restatedFrom: [agency('SNNPTNT')] }, { agencyName: texts.agencyName })).toBe('Sở Nông nghiệp và Môi trường');
  });
});
