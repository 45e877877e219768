import { NOTIFICATION_KINDS } from '../contracts/notification.contract.js';
import { notificationMessage, type NotificationFacts } from './notification-message.js';

const justice = { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } };
const m9 = { year: 2025, kind: 'M9' as const, deadline: '2025-09-20' };
const facts = (overrides: Partial<NotificationFacts>): NotificationFacts => ({ kind: 'SUBMITTED', agency: justice, period: m9, details: {}, ...overrides });

describe('notificationMessage', () => {
  it.each([...NOTIFICATION_KINDS])('words %s in both languages, naming the period', (kind) => {
    const message = notificationMessage(facts({ kind }));
    for (const text of [message.title.vi, message.title.en, message.body.vi, message.body.en]) expect(text.trim().length).toBeGreaterThan(10);
    expect(`${message.title.vi} ${message.body.vi}`).toContain('9 tháng đầu năm 2025');
    expect(`${message.title.en} ${message.body.en}`).toContain('2025');
  });

  it('lists the reasons of a return, one per line', () => {
    const message = notificationMessage(facts({ kind: 'RETURNED', details: { reasons: [{ path: 'dossier', message: 'Kiểm tra lại số hồ sơ' }, { path: null, message: 'Bổ sung kế hoạch' }] } }));
    expect(message.title.vi).toBe('Báo cáo 9 tháng đầu năm 2025 của Sở Tư pháp bị trả lại để chỉnh sửa');
    expect(message.body.vi).toContain('với 2 nội dung:\n- Kiểm tra lại số hồ sơ\n- Bổ sung kế hoạch');
  });

  it('says when a deadline falls: tomorrow, or in some days, with the date as Vietnamese text writes it', () => {
    expect(notificationMessage(facts({ kind: 'DEADLINE_SOON', details: { daysLeft: 1 } })).title.vi).toBe('Hạn gửi báo cáo 9 tháng đầu năm 2025: ngày mai (20/09/2025)');
    expect(notificationMessage(facts({ kind: 'DEADLINE_SOON', details: { daysLeft: 5 } })).title.en).toBe('Report for First 9 months of 2025 due in 5 days (2025-09-20)');
  });

  it('counts the agencies without a report against those expected, naming those it was given', () => {
    const agencies = Array.from({ length: 20 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, code: `A${i}`, name: { vi: `Đơn vị ${i}`, en: `Unit ${i}` } }));
    const message = notificationMessage(facts({ kind: 'OVERDUE_LIST', agency: null, details: { agencies, late: 23, expected: 120 } }));
    expect(message.title.vi).toBe('23/120 cơ quan, đơn vị chưa gửi báo cáo 9 tháng đầu năm 2025');
    expect(message.body.vi).toContain('Đơn vị 19; và 3 đơn vị khác.');
    expect(message.body.vi).not.toContain('Đơn vị 20');
  });

  it('cites the reminder letter by symbol and date', () => {
    const message = notificationMessage(
      facts({ kind: 'REMINDER_LETTER', details: { letter: { id: '00000000-0000-4000-8000-000000000001', symbol: '152/SNV-CCHC', issuedOn: '2025-09-22' } } }),
    );
    expect(message.body.vi).toContain('Công văn số 152/SNV-CCHC ngày 22/09/2025');
  });
});
