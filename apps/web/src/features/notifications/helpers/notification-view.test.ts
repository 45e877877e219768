import type { NotificationDto } from '@cchc/domain';
import { badgeText, isPlainClick, notificationView } from './notification-view.js';

const justice = { id: '11111111-1111-4111-8111-111111111111', code: 'STP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } };
const m9 = { id: '22222222-2222-4222-8222-222222222222', year: 2025, kind: 'M9' as const, deadline: '2025-09-20' };
const REPORT_ID = '33333333-3333-4333-8333-333333333333';

const notification = (overrides: Partial<NotificationDto> = {}): NotificationDto => ({
  id: '44444444-4444-4444-8444-444444444444',
  kind: 'RETURNED',
  createdAt: '2025-09-18T03:05:00.000Z',
  readAt: null,
  reportId: REPORT_ID,
  agency: justice,
  period: m9,
  details: { actor: 'Chuyên viên Sở Nội vụ', reasons: [{ path: 'dossier', message: 'Kiểm tra lại số hồ sơ' }, { path: null, message: 'Bổ sung kế hoạch' }] },
  ...overrides,
});

describe(notificationView.name, () => {
  it("says what the domain says, with the agency and period, Vietnam's time and the report it leads to", () => {
    const view = notificationView(notification(), 'vi');
    expect(view).toMatchObject({
      unread: true,
      title: 'Báo cáo 9 tháng đầu năm 2025 của Sở Tư pháp bị trả lại để chỉnh sửa',
      context: 'Sở Tư pháp · 9 tháng đầu năm 2025',
      date: '18/09/2025 10:05',
      dateTime: '2025-09-18T03:05:00.000Z',
      path: `/reports/${REPORT_ID}`,
    });
  });

  it('gives the body a line per line, the reasons of a return each on its own', () => {
    const lines = notificationView(notification(), 'vi').bodyLines;
    expect(lines).toEqual(['Sở Nội vụ đề nghị chỉnh sửa, bổ sung báo cáo với 2 nội dung:', '- Kiểm tra lại số hồ sơ', '- Bổ sung kế hoạch', 'Đề nghị chỉnh sửa và gửi lại.']);
  });

  it('speaks English when asked, and is read once it has a read time', () => {
    const view = notificationView(notification({ readAt: '2025-09-19T01:00:00.000Z' }), 'en');
    expect(view.unread).toBe(false);
    expect(view.title).toBe("Department of Justice's report for First 9 months of 2025 was returned for correction");
    expect(view.context).toBe('Department of Justice · First 9 months of 2025');
  });

  it('leads a reminder without a report to the new report of the period, and the overdue list to the board of its year', () => {
    expect(notificationView(notification({ kind: 'DEADLINE_SOON', reportId: null, details: { daysLeft: 1 } }), 'vi').path).toBe(`/reports/new?periodId=${m9.id}`);
    const overdue = notificationView(notification({ kind: 'OVERDUE_LIST', reportId: null, agency: null, details: { agencies: [justice], expected: 40 } }), 'vi');
    expect(overdue.path).toBe('/?year=2025');
    expect(overdue.context).toBe('9 tháng đầu năm 2025');
  });
});

describe(badgeText.name, () => {
  it.each([
    [null, ''],
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [4321, '99+'],
  ])('shows %p unread as %p', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe(isPlainClick.name, () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
  it('leaves clicks that open a new tab or window to the browser', () => {
    expect(isPlainClick(click)).toBe(true);
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...click, shiftKey: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});
