import type { LocalizedText } from '../shared/localized-text.js';

/**
 * Every finding code the package emits. Codes are stable: the API, the web and outside tools
 * branch on them, so a code is never renamed or reused for another meaning.
 */
export const FINDING_CODES = {
  /** One symbol is cited with two or more different dates. */
  CITATION_DATE_CONFLICT: 'CITATION_DATE_CONFLICT',
  /** A cited document is dated after the report itself (impossible). */
  CITATION_DATE_AFTER_REPORT: 'CITATION_DATE_AFTER_REPORT',
  /** A cited document is dated after the period's data cut-off. */
  CITATION_DATE_AFTER_WINDOW: 'CITATION_DATE_AFTER_WINDOW',
  /** A normative document's symbol year (`20/2013/QĐ-UBND`) differs from its date's year. */
  CITATION_NORMATIVE_YEAR_MISMATCH: 'CITATION_NORMATIVE_YEAR_MISMATCH',
  /** An issuer written in another case than a known agency code (`SngV` for `SNgV`). */
  CITATION_ISSUER_CASE: 'CITATION_ISSUER_CASE',
  /** One issuer's numbers fall while its dates rise within a year (soft rule). */
  CITATION_NUMBER_ORDER: 'CITATION_NUMBER_ORDER',
  /** A normative type (NĐ, TT, TTLT) cited without its year ("107/NĐ-CP"): the symbol is incomplete. */
  CITATION_NORMATIVE_WITHOUT_YEAR: 'CITATION_NORMATIVE_WITHOUT_YEAR',
  /** One document cited in both administrative and normative form ("25/QĐ-TTg" and "25/2021/QĐ-TTg"). */
  CITATION_TWO_FORMS: 'CITATION_TWO_FORMS',
  /** The issuer named in the prose ("của UBND tỉnh") contradicts the symbol's issuer. */
  CITATION_ISSUER_PROSE: 'CITATION_ISSUER_PROSE',
  /** A dossier figure is not a whole number of at least zero. */
  DOSSIER_NOT_A_COUNT: 'DOSSIER_NOT_A_COUNT',
  /** To handle (carried over + received) differs from resolved + in progress + returned. */
  DOSSIER_BALANCE: 'DOSSIER_BALANCE',
  /** Carried over differs from the previous period's dossiers still in progress. */
  DOSSIER_CARRIED_OVER: 'DOSSIER_CARRIED_OVER',
  /** A total stated in the report differs from the sum of its parts. */
  DOSSIER_STATED_TOTAL: 'DOSSIER_STATED_TOTAL',
  /** An online service level that is not of the regime in force (levels 1-4 before Decree 42/2022). */
  ONLINE_SERVICE_LEVEL_REGIME: 'ONLINE_SERVICE_LEVEL_REGIME',
  /** The report does not have the shape of a report (a schema error). */
  REPORT_INVALID: 'REPORT_INVALID',
  /** An area of the programme in force has no section in the report. */
  REPORT_AREA_MISSING: 'REPORT_AREA_MISSING',
  /** No master programme is in force in the report's year. */
  REPORT_NO_PROGRAMME: 'REPORT_NO_PROGRAMME',
  /** The report names another programme than the one in force in its year. */
  REPORT_PROGRAMME_MISMATCH: 'REPORT_PROGRAMME_MISMATCH',
  /** The report is dated after today. */
  REPORT_SIGNED_IN_FUTURE: 'REPORT_SIGNED_IN_FUTURE',
  /** The report is dated before its period's data cut-off. */
  REPORT_SIGNED_BEFORE_CUTOFF: 'REPORT_SIGNED_BEFORE_CUTOFF',
  /** The report's own symbol is not of type BC (báo cáo). */
  REPORT_SYMBOL_TYPE: 'REPORT_SYMBOL_TYPE',
  /** The report's symbol issuer differs from the reporting agency's code. */
  REPORT_SYMBOL_ISSUER: 'REPORT_SYMBOL_ISSUER',
  /** The report lists no tasks for the next period. */
  REPORT_NEXT_TASKS_MISSING: 'REPORT_NEXT_TASKS_MISSING',
  /** The recipients do not end with the archive entry ("Lưu: VT, …"). */
  REPORT_RECIPIENTS_NO_ARCHIVE: 'REPORT_RECIPIENTS_NO_ARCHIVE',
  /** Quarter figures do not add up to the cumulative report's. */
  QUARTERS_DO_NOT_RECONCILE: 'QUARTERS_DO_NOT_RECONCILE',
  /** An entered indicator value's code is not in the indicator set in force. */
  INDICATOR_UNKNOWN: 'INDICATOR_UNKNOWN',
  /** A value is entered for an indicator derived from the report's records. */
  INDICATOR_DERIVED: 'INDICATOR_DERIVED',
  /** One indicator is entered twice. */
  INDICATOR_DUPLICATE: 'INDICATOR_DUPLICATE',
  /** An indicator value does not fit its unit (a count not whole, a percentage over 100…). */
  INDICATOR_VALUE: 'INDICATOR_VALUE',
  /** An imported value rests on an assumption a person must confirm (a channel not stated). */
  EXTRACTION_ASSUMPTION: 'EXTRACTION_ASSUMPTION',
  /** An imported section's heading names no area of the programme: a person maps it. */
  EXTRACTION_UNMAPPED_SECTION: 'EXTRACTION_UNMAPPED_SECTION',
  /** Something every report states was not found in the imported text (agency, period, signature). */
  EXTRACTION_NOT_FOUND: 'EXTRACTION_NOT_FOUND',
  /** Published figures that break an identity, kept as published (docs/domain.md §13). */
  EXTRACTION_AS_PUBLISHED: 'EXTRACTION_AS_PUBLISHED',
  /** An assessment scores a sub-criterion the framework does not have. */
  SCORE_UNKNOWN_CRITERION: 'SCORE_UNKNOWN_CRITERION',
  /** A score is below zero or above the sub-criterion's maximum. */
  SCORE_OUT_OF_RANGE: 'SCORE_OUT_OF_RANGE',
  /** A sub-criterion has no score usable for its method. */
  SCORE_MISSING: 'SCORE_MISSING',
} as const;
export type FindingCode = (typeof FINDING_CODES)[keyof typeof FINDING_CODES];

/** An error blocks submission; a warning is shown and does not. */
export type FindingSeverity = 'error' | 'warning';

/** Structured facts behind a finding, for a person's screen or a tool (numbers, dates, symbols). */
export type FindingDetails = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

/** One thing a check found. */
export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  /** Path of the offending field, e.g. `dossier.resolvedOnTime` or `sections[1].narrative`. */
  path: string;
  message: LocalizedText;
  details?: FindingDetails;
}
