import type { DocumentSymbol } from './document-symbol.js';
import { normalizeSymbolText } from './normalize-symbol-text.js';
import { knownAgencyCode, resolveSymbolOptions, type SymbolOptions } from './symbol-options.js';

// A number, possibly with one lower-case letter (30c); a part starts with a letter and may hold
// letters, digits and '&' (QH13, CCHC&PC).
const NUMBER = String.raw`\d+\p{Ll}?`;
const PART = String.raw`\p{L}[\p{L}\p{N}&]*`;
const PARTS = `${PART}(?:-${PART})*`;

const PARTY = new RegExp(`^(${NUMBER})-(${PART})/(${PARTS})$`, 'u');
const NORMATIVE = new RegExp(`^(${NUMBER})/(\\d{4})/(${PARTS})$`, 'u');
const ADMINISTRATIVE_OR_LETTER = new RegExp(`^(${NUMBER})/(${PARTS})$`, 'u');
const LEADING_SO = /^s\u1ED1\s*:?\s*/iu;

/**
 * Parses a document symbol in any of its four shapes (see {@link DocumentSymbol}), after
 * {@link normalizeSymbolText} and an optional leading "Số:". Returns `null` when the text is not a
 * symbol, including the blank symbol of an unregistered report ("/BC-SNgV").
 *
 * Case is kept. A first part that is a known agency code (in any case) makes a letter, not a
 * type (323/SNgV-VP); an exact known type wins over a case-insensitive agency match.
 *
 * @example
 * parseDocumentSymbol('565/KH-SNgV') // { form: 'administrative', number: '565', type: 'KH', issuer: 'SNgV', symbol: '565/KH-SNgV' }
 * parseDocumentSymbol('323/SNgV-VP')?.form // 'letter'
 * parseDocumentSymbol('02/2015/TTLT-BNG-BNV')?.issuer // 'BNG-BNV'
 * parseDocumentSymbol('05-NQ/TU')?.form // 'party'
 * parseDocumentSymbol('/BC-SNgV') // null
 */
export function parseDocumentSymbol(text: string, options?: SymbolOptions): DocumentSymbol | null {
  const normalized = normalizeSymbolText(text);
  const withoutSo = normalized.replace(LEADING_SO, '');
  // What follows "Số:" may start with a space the first pass kept inside the text.
  const symbol = withoutSo === normalized ? normalized : normalizeSymbolText(withoutSo);
  const { agencyCodes, types } = resolveSymbolOptions(options);

  const party = PARTY.exec(symbol);
  if (party) {
    const [, number = '', type = '', issuer = ''] = party;
    return { form: 'party', number, type, issuer, symbol };
  }

  const normative = NORMATIVE.exec(symbol);
  if (normative) {
    const [, number = '', year = '', rest = ''] = normative;
    const parts = rest.split('-');
    if (parts.length === 1) return { form: 'normative', number, year: Number(year), issuer: rest, symbol };
    const [type = '', ...issuers] = parts;
    return { form: 'normative', number, year: Number(year), type, issuer: issuers.join('-'), symbol };
  }

  const other = ADMINISTRATIVE_OR_LETTER.exec(symbol);
  if (!other) return null;
  const [, number = '', rest = ''] = other;
  const [first = '', second, ...units] = rest.split('-');
  const isExactAgency = agencyCodes.includes(first);
  const isExactType = types.includes(first);
  const isAgency = isExactAgency || (!isExactType && knownAgencyCode(first, agencyCodes) !== undefined);

  if (isAgency || second === undefined) {
    // A lone known type ("12/KH") is a symbol with its issuer missing, not a letter.
    if (second === undefined && isExactType && !isAgency) return null;
    const unit = second === undefined ? undefined : [second, ...units].join('-');
    return { form: 'letter', number, issuer: first, ...(unit === undefined ? {} : { unit }), symbol };
  }
  const unit = units.length > 0 ? units.join('-') : undefined;
  return { form: 'administrative', number, type: first, issuer: second, ...(unit === undefined ? {} : { unit }), symbol };
}
