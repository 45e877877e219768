import type { NotificationMessage } from '@cchc/domain';

/** What an e-mail of a notification is made of. */
export interface NotificationEmailSource {
  message: NotificationMessage;
  /** The recipient's name, as their account shows it. */
  recipientName: string;
  /** The page of the app the notification leads to, as a full address. */
  link: string;
  /** Where the recipient chooses what reaches them by e-mail. */
  settingsLink: string;
  province: string;
}

/**
 * A notification as a plain-text e-mail in Vietnamese: the salutation, the notification's own words
 * (the same as in the app), the link, and a footer saying where it comes from and how to stop it.
 */
export function notificationEmail(source: NotificationEmailSource): { subject: string; body: string } {
  const { message } = source;
  return {
    subject: `[CCHC] ${message.title.vi}`,
    body: [
      `Kính gửi: ${source.recipientName},`,
      '',
      message.title.vi,
      '',
      message.body.vi,
      '',
      `Xem chi tiết: ${source.link}`,
      '',
      '--',
      `Hệ thống báo cáo cải cách hành chính tỉnh ${source.province}.`,
      'Thư này được gửi tự động, xin không trả lời thư này.',
      `Chọn loại thông báo nhận qua thư điện tử: ${source.settingsLink}`,
      '',
    ].join('\n'),
  };
}
