/**
 * Kinds of reporting period (docs/domain.md §4). `H1` is the 6-month report, `Q3` MoHA's third-quarter
 * window, `M9` the cumulative 9-month report (the seed's kind), `ADHOC` an explicit one-off.
 */
export const PERIOD_KINDS = ['Q1', 'H1', 'Q3', 'M9', 'YEAR', 'ADHOC'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The kinds whose window and deadline follow from the year alone. */
export const STANDARD_PERIOD_KINDS = ['Q1', 'H1', 'Q3', 'M9', 'YEAR'] as const;
export type StandardPeriodKind = (typeof STANDARD_PERIOD_KINDS)[number];
