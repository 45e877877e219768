import type { DocumentSymbol } from './document-symbol.js';
import { knownAgencyCode } from './symbol-options.js';

/** An issuer part written in another case than the agency code it stands for. */
export interface IssuerCaseMismatch {
  written: string;
  known: string;
}

/**
 * The issuer parts of a symbol that are known agency codes written in another case. Case is
 * significant in symbols (SNgV), so these are reported, but the document is still recognised.
 *
 * @example
 * issuerCaseMismatches(parseDocumentSymbol('20/QĐ-SngV')!) // [{ written: 'SngV', known: 'SNgV' }]
 * issuerCaseMismatches(parseDocumentSymbol('565/KH-SNgV')!) // []
 */
export function issuerCaseMismatches(
  symbol: Pick<DocumentSymbol, 'issuer'>,
  agencyCodes?: readonly string[],
): IssuerCaseMismatch[] {
  return symbol.issuer.split('-').flatMap((written) => {
    const known = knownAgencyCode(written, agencyCodes);
    return known !== undefined && known !== written ? [{ written, known }] : [];
  });
}
