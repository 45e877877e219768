import { knownAgencyCode } from './symbol-options.js';

describe(knownAgencyCode.name, () => {
  it('returns undefined for an unknown issuer', () => {
    expect(knownAgencyCode('XYZ')).toBeUndefined();
    expect(knownAgencyCode('')).toBeUndefined();
  });

  it('returns the code itself when written in its own case', () => {
    expect(knownAgencyCode('SNgV')).toBe('SNgV');
  });

  it('recognises a code written in another case', () => {
    expect(knownAgencyCode('SngV')).toBe('SNgV');
    expect(knownAgencyCode('SNGV')).toBe('SNgV');
    expect(knownAgencyCode('đu')).toBe('ĐU');
  });

  it('uses the codes it is given instead of the defaults', () => {
    expect(knownAgencyCode('SNgV', ['SNV'])).toBeUndefined();
    expect(knownAgencyCode('sxyz', ['SXyz'])).toBe('SXyz');
  });
});
