import type { DocumentSymbol } from './document-symbol.js';

/**
 * Writes the parts of a symbol back as text in its shape; the inverse of `parseDocumentSymbol`
 * (format then parse gives the same symbol). `symbol` in the input is ignored.
 *
 * @example
 * formatDocumentSymbol({ form: 'administrative', number: '565', type: 'KH', issuer: 'SNgV' }) // '565/KH-SNgV'
 * formatDocumentSymbol({ form: 'normative', number: '20', year: 2013, type: 'QĐ', issuer: 'UBND' }) // '20/2013/QĐ-UBND'
 * formatDocumentSymbol({ form: 'party', number: '05', type: 'NQ', issuer: 'TU' }) // '05-NQ/TU'
 */
export function formatDocumentSymbol(parts: Omit<DocumentSymbol, 'symbol'>): string {
  const unit = parts.unit ? `-${parts.unit}` : '';
  switch (parts.form) {
    case 'administrative':
      return `${parts.number}/${parts.type ?? ''}-${parts.issuer}${unit}`;
    case 'letter':
      return `${parts.number}/${parts.issuer}${unit}`;
    case 'normative':
      return `${parts.number}/${parts.year ?? ''}/${parts.type ? `${parts.type}-` : ''}${parts.issuer}`;
    case 'party':
      return `${parts.number}-${parts.type ?? ''}/${parts.issuer}`;
  }
}
