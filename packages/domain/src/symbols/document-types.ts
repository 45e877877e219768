/**
 * Type abbreviations of administrative documents (Decree 30/2020/NĐ-CP, appendix III). Agencies
 * coin others (18/BCTĐ-STP), so the parser also accepts unknown types; these lists decide between
 * a type and an issuer when the shape alone cannot.
 */
export const ADMINISTRATIVE_DOCUMENT_TYPES = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr',
  'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB',
] as const;

/** Types of normative legal documents (`N/YYYY/TYPE-ISSUER`); laws carry no type (80/2015/QH13). */
export const NORMATIVE_DOCUMENT_TYPES = ['NĐ', 'TT', 'TTLT', 'QĐ', 'NQ', 'NQLT', 'L', 'PL'] as const;

/**
 * Normative types that have no administrative form: a decree, circular or joint resolution is
 * always numbered `N/YYYY/TYPE-ISSUER`, so "107/NĐ-CP" lacks its year (docs/domain.md §14). QĐ and
 * NQ exist in both forms and are not here.
 */
export const NORMATIVE_ONLY_DOCUMENT_TYPES = ['NĐ', 'TT', 'TTLT', 'NQLT'] as const;

/** Types of Party documents (`N-TYPE/ISSUER`, guide 36-HD/VPTW). */
export const PARTY_DOCUMENT_TYPES = [
  'NQ', 'QĐ', 'CT', 'KL', 'QC', 'HD', 'BC', 'KH', 'CTr', 'TB', 'TTr', 'CV', 'ĐA',
] as const;
