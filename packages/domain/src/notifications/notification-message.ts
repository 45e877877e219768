import type { NotificationDetails, NotificationKind } from '../contracts/notification.contract.js';
import { formatVietnameseDate } from '../dates/format-vietnamese-date.js';
import type { PeriodKind } from '../periods/period-kind.js';
import { periodPhrase } from '../periods/period-label.js';
import type { LocalizedText } from '../shared/localized-text.js';

/** What a notification's words are made from: what the API stores and sends of it. */
export interface NotificationFacts {
  kind: NotificationKind;
  agency: { name: LocalizedText } | null;
  period: { year: number; kind: PeriodKind; deadline: string } | null;
  details: NotificationDetails;
}

/** A notification in words: a one-line title and the sentences under it, in both languages. */
export interface NotificationMessage {
  title: LocalizedText;
  body: LocalizedText;
}

const both = (vi: string, en: string): LocalizedText => ({ vi, en });

/**
 * The words of a notification, the same in the bell, the list and the e-mail (docs/domain.md §16):
 * what happened, to which agency's report of which period, and what the reader is asked to do.
 *
 * @example
 * notificationMessage({ kind: 'RETURNED', agency: { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } },
 *   period: { year: 2025, kind: 'M9', deadline: '2025-09-20' }, details: { reasons: [{ path: null, message: 'Bổ sung số liệu' }] } }).title.vi
 * // 'Báo cáo 9 tháng đầu năm 2025 của Sở Tư pháp bị trả lại để chỉnh sửa'
 */
export function notificationMessage(facts: NotificationFacts): NotificationMessage {
  const agency = facts.agency?.name ?? both('cơ quan, đơn vị', 'the agency');
  const period = facts.period ? periodPhrase(facts.period.year, facts.period.kind) : both('kỳ báo cáo', 'the period');
  const deadline = facts.period ? formatVietnameseDate(facts.period.deadline) : '';
  const deadlineEn = facts.period?.deadline ?? '';
  const actor = facts.details.actor;
  switch (facts.kind) {
    case 'READY_FOR_SIGNATURE':
      return {
        title: both(`Báo cáo ${period.vi} của ${agency.vi} đang chờ ký`, `${agency.en}'s report for ${period.en} awaits your signature`),
        body: both(
          `${actor ?? 'Chuyên viên'} đã trình ký dự thảo báo cáo. Đề nghị đồng chí xem xét, ký và gửi Sở Nội vụ trước ngày ${deadline}.`,
          `${actor ?? 'A reporter'} put the draft before you for signature. Please review, sign and submit it to Home Affairs by ${deadlineEn}.`,
        ),
      };
    case 'SUBMITTED':
      return {
        title: both(`${agency.vi} đã gửi báo cáo ${period.vi}`, `${agency.en} submitted its report for ${period.en}`),
        body: both('Báo cáo đang chờ Sở Nội vụ xem xét, tiếp nhận hoặc trả lại.', 'The report awaits Home Affairs: accept it or return it for correction.'),
      };
    case 'RETURNED': {
      const reasons = facts.details.reasons ?? [];
      const list = reasons.map((reason) => `- ${reason.message}`).join('\n');
      return {
        title: both(`Báo cáo ${period.vi} của ${agency.vi} bị trả lại để chỉnh sửa`, `${agency.en}'s report for ${period.en} was returned for correction`),
        body: both(
          `Sở Nội vụ đề nghị chỉnh sửa, bổ sung báo cáo${reasons.length > 0 ? ` với ${reasons.length} nội dung:\n${list}` : '.'}\nĐề nghị chỉnh sửa và gửi lại.`,
          `Home Affairs asks for corrections${reasons.length > 0 ? ` (${reasons.length}):\n${list}` : '.'}\nPlease correct the report and submit it again.`,
        ),
      };
    }
    case 'ACCEPTED':
      return {
        title: both(`Sở Nội vụ đã tiếp nhận báo cáo ${period.vi} của ${agency.vi}`, `Home Affairs accepted ${agency.en}'s report for ${period.en}`),
        body: both('Báo cáo đã được tiếp nhận và đưa vào tổng hợp của tỉnh.', "The report is accepted and counts in the province's compilation."),
      };
    case 'DEADLINE_SOON': {
      const days = facts.details.daysLeft ?? 0;
      const when = days === 0 ? both('hôm nay', 'today') : days === 1 ? both('ngày mai', 'tomorrow') : both(`sau ${days} ngày`, `in ${days} days`);
      return {
        title: both(`Hạn gửi báo cáo ${period.vi}: ${when.vi} (${deadline})`, `Report for ${period.en} due ${when.en} (${deadlineEn})`),
        body: both(
          `${agency.vi} chưa gửi báo cáo ${period.vi}. Hạn gửi Sở Nội vụ là ngày ${deadline}.`,
          `${agency.en} has not submitted its report for ${period.en}. It is due to Home Affairs on ${deadlineEn}.`,
        ),
      };
    }
    case 'DEADLINE_PASSED':
      return {
        title: both(`Đã quá hạn gửi báo cáo ${period.vi}`, `The report for ${period.en} is overdue`),
        body: both(
          `Hạn gửi báo cáo ${period.vi} là ngày ${deadline}; ${agency.vi} chưa gửi. Đề nghị hoàn thành và gửi Sở Nội vụ ngay.`,
          `The report for ${period.en} was due on ${deadlineEn}; ${agency.en} has not submitted it. Please complete and submit it now.`,
        ),
      };
    case 'OVERDUE_LIST': {
      const named = facts.details.agencies ?? [];
      const late = facts.details.late ?? named.length;
      const expected = facts.details.expected;
      const more = late - named.length;
      const shown = (lang: 'vi' | 'en'): string =>
        named.map((a) => a.name[lang]).join('; ') + (more > 0 ? (lang === 'vi' ? `; và ${more} đơn vị khác` : `; and ${more} more`) : '');
      return {
        title: both(
          `${late}${expected !== undefined ? `/${expected}` : ''} cơ quan, đơn vị chưa gửi báo cáo ${period.vi}`,
          `${late}${expected !== undefined ? ` of ${expected}` : ''} agencies have not submitted their report for ${period.en}`,
        ),
        body: both(`Hạn gửi là ngày ${deadline}. Chưa gửi: ${shown('vi')}.`, `It was due on ${deadlineEn}. Not submitted: ${shown('en')}.`),
      };
    }
    case 'REMINDER_LETTER': {
      const letter = facts.details.letter;
      const cited = letter ? `Công văn số ${letter.symbol} ngày ${formatVietnameseDate(letter.issuedOn)}` : 'công văn';
      const citedEn = letter ? `letter ${letter.symbol} of ${letter.issuedOn}` : 'a letter';
      return {
        title: both(`Sở Nội vụ đôn đốc gửi báo cáo ${period.vi}`, `Home Affairs reminds ${agency.en} of its report for ${period.en}`),
        body: both(
          `Sở Nội vụ đã ban hành ${cited} đôn đốc ${agency.vi} gửi báo cáo ${period.vi} (hạn ngày ${deadline}). Đề nghị khẩn trương hoàn thành và gửi báo cáo.`,
          `Home Affairs issued ${citedEn} reminding ${agency.en} of its report for ${period.en} (due ${deadlineEn}). Please complete and submit it promptly.`,
        ),
      };
    }
  }
}
