/**
 * The four shapes of a document symbol (docs/domain.md §5; Decree 30/2020/NĐ-CP, Party guide
 * 36-HD/VPTW):
 * - `administrative`, typed: `N/TYPE-ISSUER[-UNIT]` (565/KH-SNgV, 766/QĐ-TTg, 30c/NQ-CP);
 * - `letter` (*công văn*, no type): `N/ISSUER[-UNIT]` (323/SNgV-VP, 607/SNV);
 * - `normative` legal document: `N/YYYY/TYPE-ISSUER` (20/2013/QĐ-UBND, 02/2015/TTLT-BNG-BNV) or,
 *   for laws, `N/YYYY/ISSUER` (80/2015/QH13);
 * - `party`: `N-TYPE/ISSUER` (05-NQ/TU, 21-KL/TW).
 */
export type DocumentForm = 'administrative' | 'letter' | 'normative' | 'party';

/** A parsed document symbol. */
export interface DocumentSymbol {
  form: DocumentForm;
  /** The number as written, possibly with a letter (`30c`, `05`). */
  number: string;
  /** The year inside a normative symbol. */
  year?: number;
  /** Document type abbreviation (`KH`, `QĐ`, `TTr`); absent for letters and laws. */
  type?: string;
  /** Issuer as written; for normative documents with several issuers the whole part (`BNG-BNV`). */
  issuer: string;
  /** Drafting unit after the issuer (`VP` in 323/SNgV-VP, `CCHC&PC` in 2231/SNV-CCHC&PC). */
  unit?: string;
  /** The normalised symbol text. */
  symbol: string;
}
