import { notificationMessage, notificationPath, periodLabel, type NotificationDto } from '@cchc/domain';
import { formatDateTime } from '../../../shared/format/format-date-time.js';
import type { Locale } from '../../../shared/i18n/index.js';

/** A notification as the bell and the page show it, in one language. */
export interface NotificationView {
  id: string;
  unread: boolean;
  /** What happened, in one line (the domain's words, the same as the e-mail's subject). */
  title: string;
  /** What the reader is asked to do, one entry per line (a return lists its reasons a line each). */
  bodyLines: string[];
  /** The agency and the period it is about: `Sở Tư pháp · 9 tháng đầu năm 2025`; '' when neither. */
  context: string;
  /** When it was written, `dd/mm/yyyy hh:mm` in Vietnam's time. */
  date: string;
  /** The same as an ISO timestamp, for `<time datetime>`. */
  dateTime: string;
  /** Where it leads in the app. */
  path: string;
}

/**
 * The words, context, date and link of a notification: words and link from the domain
 * (`notificationMessage`, `notificationPath`), so the bell, the page and the e-mail say the same.
 *
 * @example
 * notificationView(returnedToJustice, 'vi').title // 'Báo cáo 9 tháng đầu năm 2025 của Sở Tư pháp bị trả lại để chỉnh sửa'
 */
export function notificationView(notification: NotificationDto, lang: Locale): NotificationView {
  const message = notificationMessage(notification);
  const context = [notification.agency?.name[lang], notification.period ? periodLabel(notification.period.year, notification.period.kind)[lang] : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  return {
    id: notification.id,
    unread: notification.readAt === null,
    title: message.title[lang],
    bodyLines: message.body[lang].split('\n').filter((line) => line.trim() !== ''),
    context,
    date: formatDateTime(notification.createdAt),
    dateTime: notification.createdAt,
    path: notificationPath(notification),
  };
}

/**
 * The bell's badge: nothing at 0, the count up to 99, then `99+` so it stays two digits wide.
 *
 * @example
 * badgeText(0) // ''
 * badgeText(7) // '7'
 * badgeText(120) // '99+'
 */
export function badgeText(unread: number | null): string {
  if (!unread || unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/**
 * A left click without a modifier key: the app opens the link itself (marking the notification
 * read first); any other click is the browser's (a new tab, a new window).
 */
export function isPlainClick(event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
