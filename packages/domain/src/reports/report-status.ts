/**
 * Where a report is in its life: drafted by the agency, submitted to Home Affairs, returned for
 * correction with reasons, or accepted.
 */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

const TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['RETURNED', 'ACCEPTED'],
  RETURNED: ['SUBMITTED'],
  ACCEPTED: [],
};

/**
 * Whether a report may move from one status to another: a draft or a returned report is
 * submitted; a submitted one is returned or accepted; an accepted one is final.
 *
 * @example
 * canTransition('DRAFT', 'SUBMITTED') // true
 * canTransition('ACCEPTED', 'RETURNED') // false
 */
export function canTransition(from: ReportStatus, to: ReportStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
