import { issuerCaseMismatches } from './issuer-case-mismatches.js';

describe(issuerCaseMismatches.name, () => {
  it('finds nothing for an unknown issuer', () => {
    expect(issuerCaseMismatches({ issuer: 'XYZ' })).toEqual([]);
  });

  it('finds nothing when the issuer is written in its own case', () => {
    expect(issuerCaseMismatches({ issuer: 'SNgV' })).toEqual([]);
  });

  it('finds the seed spellings SngV and SNGV of SNgV', () => {
    expect(issuerCaseMismatches({ issuer: 'SngV' })).toEqual([{ written: 'SngV', known: 'SNgV' }]);
    expect(issuerCaseMismatches({ issuer: 'SNGV' })).toEqual([{ written: 'SNGV', known: 'SNgV' }]);
  });

  it('checks each issuer of a joint document', () => {
    expect(issuerCaseMismatches({ issuer: 'Bng-BNV' })).toEqual([{ written: 'Bng', known: 'BNG' }]);
  });

  it('uses the agency codes it is given', () => {
    expect(issuerCaseMismatches({ issuer: 'sxyz' }, ['SXyz'])).toEqual([{ written: 'sxyz', known: 'SXyz' }]);
  });
});
