import { DEFAULT_AGENCY_CODES } from './agency-codes.js';
import { ADMINISTRATIVE_DOCUMENT_TYPES } from './document-types.js';

/** What the symbol functions know about the world; each list has a default and can be replaced. */
export interface SymbolOptions {
  /** Known agency codes (case as the agency writes it). Default {@link DEFAULT_AGENCY_CODES}. */
  agencyCodes?: readonly string[];
  /** Known administrative types. Default {@link ADMINISTRATIVE_DOCUMENT_TYPES}. */
  types?: readonly string[];
}

/**
 * The known agency code a written issuer stands for, case aside (`SngV` -> `SNgV`), or undefined.
 *
 * @example
 * knownAgencyCode('SNGV') // 'SNgV'
 * knownAgencyCode('XYZ') // undefined
 */
export function knownAgencyCode(
  written: string,
  agencyCodes: readonly string[] = DEFAULT_AGENCY_CODES,
): string | undefined {
  return agencyCodes.find((code) => code === written) ?? agencyCodes.find((code) => sameLetters(code, written));
}

const sameLetters = (a: string, b: string): boolean => a.toLocaleUpperCase('vi') === b.toLocaleUpperCase('vi');

/** @internal Resolved lists. */
export const resolveSymbolOptions = (options: SymbolOptions = {}): Required<SymbolOptions> => ({
  agencyCodes: options.agencyCodes ?? DEFAULT_AGENCY_CODES,
  types: options.types ?? ADMINISTRATIVE_DOCUMENT_TYPES,
});
