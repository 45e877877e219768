import fc from 'fast-check';
import { DEFAULT_AGENCY_CODES } from './agency-codes.js';
import type { DocumentSymbol } from './document-symbol.js';
import { ADMINISTRATIVE_DOCUMENT_TYPES, NORMATIVE_DOCUMENT_TYPES, PARTY_DOCUMENT_TYPES } from './document-types.js';
import { formatDocumentSymbol } from './format-document-symbol.js';
import { parseDocumentSymbol } from './parse-document-symbol.js';

const upper = fc.constantFrom(...'ABCDĐEGHKLMNOPQRSTUVXY'.split(''));
const lower = fc.constantFrom(...'abcdđghnrtvy'.split(''));
// An issuer or unit that is neither a known type nor a known agency (any case).
const coined = fc
  .tuple(upper, fc.array(fc.oneof(upper, lower, fc.constantFrom('&', '1', '3')), { maxLength: 5 }))
  .map(([head, tail]) => `X${head}${tail.join('')}`);
const number = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.boolean(), fc.constantFrom('a', 'b', 'c'))
  .map(([n, padded, letter]) => (padded && n < 10 ? `0${n}` : String(n)) + (n % 7 === 0 ? letter : ''));
const unit = fc.option(coined, { nil: undefined });

const administrative = fc.record({
  form: fc.constant('administrative' as const),
  number,
  type: fc.constantFrom(...ADMINISTRATIVE_DOCUMENT_TYPES),
  issuer: fc.oneof(fc.constantFrom(...DEFAULT_AGENCY_CODES), coined),
  unit,
});
const letter = fc.record({
  form: fc.constant('letter' as const),
  number,
  issuer: fc.constantFrom(...DEFAULT_AGENCY_CODES),
  unit,
});
const typedNormative = fc.record({
  form: fc.constant('normative' as const),
  number,
  year: fc.integer({ min: 1945, max: 2100 }),
  type: fc.constantFrom(...NORMATIVE_DOCUMENT_TYPES),
  issuer: fc.array(fc.constantFrom(...DEFAULT_AGENCY_CODES), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('-')),
});
// A law has no type and one issuer, the National Assembly of a term (80/2015/QH13).
const law = fc.record({
  form: fc.constant('normative' as const),
  number,
  year: fc.integer({ min: 1945, max: 2100 }),
  issuer: fc.integer({ min: 1, max: 16 }).map((term) => `QH${term}`),
});
const normative = fc.oneof(typedNormative, law);
const party = fc.record({
  form: fc.constant('party' as const),
  number,
  type: fc.constantFrom(...PARTY_DOCUMENT_TYPES),
  issuer: fc.constantFrom('TW', 'TU', 'HU', 'ĐU'),
});

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

describe(formatDocumentSymbol.name, () => {
  it('writes a law without a type', () => {
    expect(formatDocumentSymbol({ form: 'normative', number: '80', year: 2015, issuer: 'QH13' })).toBe('80/2015/QH13');
  });

  it('writes each shape', () => {
    expect(formatDocumentSymbol({ form: 'administrative', number: '565', type: 'KH', issuer: 'SNgV' })).toBe('565/KH-SNgV');
    expect(formatDocumentSymbol({ form: 'letter', number: '323', issuer: 'SNgV', unit: 'VP' })).toBe('323/SNgV-VP');
    expect(formatDocumentSymbol({ form: 'normative', number: '02', year: 2015, type: 'TTLT', issuer: 'BNG-BNV' })).toBe(
      '02/2015/TTLT-BNG-BNV',
    );
    expect(formatDocumentSymbol({ form: 'party', number: '05', type: 'NQ', issuer: 'TU' })).toBe('05-NQ/TU');
  });

  it('round-trips: parsing what it formats gives back the same parts (property)', () => {
    fc.assert(
      fc.property(fc.oneof(administrative, letter, normative, party), (generated) => {
        const parts = withoutUndefined(generated) as Omit<DocumentSymbol, 'symbol'>;
        const text = formatDocumentSymbol(parts);
        expect(parseDocumentSymbol(text)).toEqual({ ...parts, symbol: text });
      }),
    );
  });

  it('round-trips: formatting what it parses gives back the normalised text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(administrative, letter, normative, party), fc.constantFrom(' ', '\u2013', ''), (generated, noise) => {
        const text = formatDocumentSymbol(withoutUndefined(generated));
        const messy = ` ${text.replace('/', ` / `).replace(/-/g, noise === '\u2013' ? '\u2013' : `${noise}-${noise}`)} `;
        const parsed = parseDocumentSymbol(messy);
        expect(parsed?.symbol).toBe(text);
        expect(parsed && formatDocumentSymbol(parsed)).toBe(text);
      }),
    );
  });
});
