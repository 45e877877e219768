import type { LocalizedText } from '../shared/localized-text.js';
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

/**
 * How a report's status reads, and MISSING for an expected report that does not exist: the one
 * wording the screens, the spreadsheets and the documents use.
 */
export const REPORT_STATUS_NAMES: Readonly<Record<ReportStatus | 'MISSING', LocalizedText>> = {
  DRAFT: { vi: 'Đang soạn', en: 'Draft' },
  SUBMITTED: { vi: 'Đã gửi', en: 'Submitted' },
  RETURNED: { vi: 'Trả lại', en: 'Returned' },
  ACCEPTED: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  MISSING: { vi: 'Chưa báo cáo', en: 'Missing' },
};
