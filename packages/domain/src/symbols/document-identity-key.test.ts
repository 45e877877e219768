import { documentIdentityKey } from './document-identity-key.js';
import { parseDocumentSymbol } from './parse-document-symbol.js';

const parse = (text: string) => {
  const symbol = parseDocumentSymbol(text);
  if (!symbol) throw new Error(`not a symbol: ${text}`);
  return symbol;
};

describe(documentIdentityKey.name, () => {
  it('marks the year unknown when an administrative document has no date', () => {
    expect(documentIdentityKey(parse('565/KH-SNgV'), null)).toBe('administrative|SNgV|?|KH|565');
  });

  it('separates equal numbers of different years (numbers restart on 1 January)', () => {
    expect(documentIdentityKey(parse('565/KH-SNgV'), '2019-10-23')).not.toBe(
      documentIdentityKey(parse('565/KH-SNgV'), '2020-10-23'),
    );
  });

  it('gives one identity to spellings that differ only in the issuer case or leading zeros', () => {
    expect(documentIdentityKey(parse('075/KH-SNGV'), '2020-02-18')).toBe(
      documentIdentityKey(parse('75/KH-SNgV'), '2020-02-18'),
    );
  });

  it('takes the year of a normative document from its symbol', () => {
    expect(documentIdentityKey(parse('20/2013/QĐ-UBND'), '2014-01-01')).toBe('normative|UBND|2013|QĐ|20');
  });

  it('keys a letter without a type and ignores its drafting unit', () => {
    expect(documentIdentityKey(parse('323/SNgV-VP'), '2020-07-07')).toBe('letter|SNgV|2020||323');
  });

  it('keys Party documents by term when one is given', () => {
    expect(documentIdentityKey(parse('05-NQ/TU'), '2016-02-05')).toBe('party|TU|?|NQ|5');
    expect(documentIdentityKey(parse('05-NQ/TU'), '2016-02-05', { term: 'XIX' })).toBe('party|TU|XIX|NQ|5');
  });
});
