import { isReportingKind, type AgencyKind } from '../agencies/agency-kind.js';

/** What expectedReporters needs of an agency: its validity interval (`validTo` inclusive), and its kind when known. */
export interface AgencyValidity {
  id: string;
  validFrom: string;
  validTo: string | null;
  kind?: AgencyKind;
}

/**
 * The agencies expected to report for a period: those in existence on its data cut-off
 * (`window.to`), following the structure valid then (docs/domain.md §8). District People's Committees
 * (until 30/6/2025) report for H1 2025 but not for the year 2025; communes created on 1/7/2025
 * report for the year 2025 but not for H1. The province itself is never expected: it compiles the
 * others' reports (docs/domain.md §12).
 *
 * @example
 * expectedReporters([{ id: 'huyen', validFrom: '2000-01-01', validTo: '2025-06-30' }], { to: '2025-06-14' }).length // 1
 * expectedReporters([{ id: 'huyen', validFrom: '2000-01-01', validTo: '2025-06-30' }], { to: '2025-12-14' }).length // 0
 */
export function expectedReporters<T extends AgencyValidity>(agencies: readonly T[], window: { to: string }): T[] {
  return agencies.filter((a) => (a.kind === undefined || isReportingKind(a.kind)) && a.validFrom <= window.to && (a.validTo === null || a.validTo >= window.to));
}
