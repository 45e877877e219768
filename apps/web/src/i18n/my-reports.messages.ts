import { defineMessages } from './define-messages.js';

export const myReportsMessages = defineMessages(
  {
    heading: 'Báo cáo của đơn vị',
    empty: 'Đơn vị chưa có báo cáo nào.',
    status: 'Trạng thái',
    submittedAt: 'Ngày gửi',
    findings: 'Kiểm tra',
    counts: '{errors} lỗi, {warnings} lưu ý',
  },
  {
    heading: 'Our reports',
    empty: 'No reports yet.',
    status: 'Status',
    submittedAt: 'Submitted on',
    findings: 'Checks',
    counts: '{errors} errors, {warnings} warnings',
  },
);
