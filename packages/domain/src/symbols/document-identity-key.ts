import type { DocumentSymbol } from './document-symbol.js';
import { knownAgencyCode } from './symbol-options.js';

export interface DocumentIdentityOptions {
  /** Known agency codes: an issuer written in another case is keyed under the known code. */
  agencyCodes?: readonly string[];
  /** Party-committee term (e.g. `XIX`); Party numbers restart per term, not per year. */
  term?: string;
}

const canonicalNumber = (number: string): string => number.replace(/^0+(?=\d)/, '');

/**
 * The identity of a document, as one string: `form|issuer|year|type|number`. Administrative
 * numbers restart every 1 January, so the year comes from the document's date (`?` when unknown);
 * normative symbols carry their year; Party documents are numbered per committee term (`?` unless
 * given). Leading zeros of the number and the case of a known issuer do not change the identity.
 *
 * @example
 * documentIdentityKey(parseDocumentSymbol('565/KH-SNgV')!, '2019-10-23') // 'administrative|SNgV|2019|KH|565'
 * documentIdentityKey(parseDocumentSymbol('75/KH-SNGV')!, '2020-02-18') // 'administrative|SNgV|2020|KH|75'
 * documentIdentityKey(parseDocumentSymbol('05-NQ/TU')!, '2016-02-05') // 'party|TU|?|NQ|5'
 */
export function documentIdentityKey(
  symbol: Pick<DocumentSymbol, 'form' | 'number' | 'year' | 'type' | 'issuer'>,
  date: string | null,
  options: DocumentIdentityOptions = {},
): string {
  const issuer = symbol.issuer
    .split('-')
    .map((part) => knownAgencyCode(part, options.agencyCodes) ?? part)
    .join('-');
  let period: string;
  switch (symbol.form) {
    case 'normative':
      period = String(symbol.year ?? '?');
      break;
    case 'party':
      period = options.term ?? '?';
      break;
    case 'administrative':
    case 'letter':
      period = date?.slice(0, 4) || '?';
      break;
  }
  return [symbol.form, issuer, period, symbol.type ?? '', canonicalNumber(symbol.number)].join('|');
}
