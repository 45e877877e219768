import type { DossierFigures } from '../dossier/dossier-figures.js';
import type { DECISION_PURPOSES } from '../records/decision.schema.js';
import type { TRAINING_MODES } from '../records/training.schema.js';
import type { LocalizedText } from '../shared/localized-text.js';

/** What a decision was issued for, as a document names it. */
export const DECISION_PURPOSE_NAMES: Readonly<Record<(typeof DECISION_PURPOSES)[number], LocalizedText>> = {
  SET_UP_TEAM: { vi: 'Thành lập đoàn', en: 'Set up a team' },
  PROMULGATE_RULE: { vi: 'Ban hành quy chế, quy định', en: 'Promulgate a rule' },
  APPROVE_PLAN: { vi: 'Phê duyệt kế hoạch', en: 'Approve a plan' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

/** How a training was held. */
export const TRAINING_MODE_NAMES: Readonly<Record<(typeof TRAINING_MODES)[number], LocalizedText>> = {
  IN_PERSON: { vi: 'Trực tiếp', en: 'In person' },
  ONLINE: { vi: 'Trực tuyến', en: 'Online' },
  MIXED: { vi: 'Kết hợp', en: 'Mixed' },
};

/** A row of the dossier table: an entered figure, or a total the domain computes. */
export type DossierRowKey = Exclude<keyof DossierFigures, 'stated'> | 'received' | 'toHandle' | 'resolved' | 'inProgress';

/**
 * The rows of the dossier table in the order a report prints them (docs/domain.md §6), each a
 * figure or a total, and whether it is a "trong đó" line under the one above.
 */
export const DOSSIER_TABLE_ROWS: readonly { key: DossierRowKey; sub: boolean; name: LocalizedText }[] = [
  { key: 'carriedOver', sub: false, name: { vi: 'Kỳ trước chuyển sang', en: 'Carried over from the previous period' } },
  { key: 'received', sub: false, name: { vi: 'Tiếp nhận mới', en: 'Newly received' } },
  { key: 'receivedOnline', sub: true, name: { vi: 'trong đó trực tuyến', en: 'of which online' } },
  { key: 'receivedInPerson', sub: true, name: { vi: 'trong đó trực tiếp', en: 'of which in person' } },
  { key: 'receivedPostal', sub: true, name: { vi: 'trong đó qua bưu chính công ích', en: 'of which by public postal service' } },
  { key: 'toHandle', sub: false, name: { vi: 'Tổng số phải giải quyết', en: 'Total to handle' } },
  { key: 'resolved', sub: false, name: { vi: 'Đã giải quyết', en: 'Resolved' } },
  { key: 'resolvedEarly', sub: true, name: { vi: 'trước hạn', en: 'early' } },
  { key: 'resolvedOnTime', sub: true, name: { vi: 'đúng hạn', en: 'on time' } },
  { key: 'resolvedLate', sub: true, name: { vi: 'quá hạn', en: 'late' } },
  { key: 'inProgress', sub: false, name: { vi: 'Đang giải quyết', en: 'In progress' } },
  { key: 'pendingWithinTime', sub: true, name: { vi: 'trong hạn', en: 'within time' } },
  { key: 'pendingOverdue', sub: true, name: { vi: 'quá hạn', en: 'overdue' } },
  { key: 'returned', sub: false, name: { vi: 'Trả lại, rút hồ sơ', en: 'Returned or withdrawn' } },
];

/** The rates under the dossier table (`dossierRates`). */
export const DOSSIER_RATE_NAMES: Readonly<Record<'onTimeRate' | 'lateRate' | 'onlineRate', LocalizedText>> = {
  onTimeRate: { vi: 'Tỷ lệ giải quyết đúng hạn (trước hạn + đúng hạn) / đã giải quyết', en: 'On-time rate (early + on time) / resolved' },
  lateRate: { vi: 'Tỷ lệ trễ hạn (giải quyết quá hạn + đang quá hạn) / phải giải quyết', en: 'Late rate (resolved late + overdue) / to handle' },
  onlineRate: { vi: 'Tỷ lệ tiếp nhận trực tuyến / tiếp nhận mới', en: 'Online rate: received online / newly received' },
};
