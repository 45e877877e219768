import { defineMessages } from './define-messages.js';

export const appMessages = defineMessages(
  {
    app: {
      title: 'Báo cáo cải cách hành chính',
      province: 'Tỉnh Quảng Ngãi',
      language: 'Ngôn ngữ',
      skipToContent: 'Chuyển đến nội dung chính',
      logout: 'Đăng xuất',
      changePassword: 'Đổi mật khẩu',
      menu: 'Trình đơn',
    },
    nav: { dashboard: 'Tổng quan', reviewQueue: 'Báo cáo chờ duyệt', myReports: 'Báo cáo của đơn vị', admin: 'Quản trị' },
    role: { reporter: 'Chuyên viên', approver: 'Lãnh đạo đơn vị', reviewer: 'Sở Nội vụ', admin: 'Quản trị viên' },
    state: {
      loading: 'Đang tải dữ liệu…',
      empty: 'Chưa có dữ liệu.',
      retry: 'Thử lại',
      error: 'Không tải được dữ liệu ({code}). Vui lòng kiểm tra kết nối và thử lại.',
    },
    status: { DRAFT: 'Đang soạn', SUBMITTED: 'Đã gửi', RETURNED: 'Trả lại', ACCEPTED: 'Đã tiếp nhận', MISSING: 'Chưa báo cáo' },
    timing: { ON_TIME: 'Đúng hạn', LATE: 'Trễ hạn', AFTER_GRACE: 'Quá hạn' },
    period: { label: 'Kỳ báo cáo', from: 'Từ ngày', to: 'Đến ngày', deadline: 'Hạn nộp' },
    agencyKind: { department: 'Sở, ngành', board: 'Ban', district: 'UBND cấp huyện', commune: 'UBND cấp xã', kind: 'Loại', count: 'Số lượng' },
    notFound: { heading: 'Không tìm thấy trang', back: 'Về trang chủ' },
  },
  {
    app: {
      title: 'Administrative reform reporting',
      province: 'Quang Ngai Province',
      language: 'Language',
      skipToContent: 'Skip to main content',
      logout: 'Sign out',
      changePassword: 'Change password',
      menu: 'Menu',
    },
    nav: { dashboard: 'Overview', reviewQueue: 'Waiting for review', myReports: 'Our reports', admin: 'Administration' },
    role: { reporter: 'Reporter', approver: 'Agency head', reviewer: 'Home Affairs', admin: 'Administrator' },
    state: {
      loading: 'Loading…',
      empty: 'No data yet.',
      retry: 'Try again',
      error: 'Could not load the data ({code}). Check the connection and try again.',
    },
    status: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', ACCEPTED: 'Accepted', MISSING: 'Missing' },
    timing: { ON_TIME: 'On time', LATE: 'Late', AFTER_GRACE: 'After grace' },
    period: { label: 'Period', from: 'From', to: 'To', deadline: 'Deadline' },
    agencyKind: { department: 'Departments', board: 'Boards', district: 'District committees', commune: 'Commune committees', kind: 'Kind', count: 'Count' },
    notFound: { heading: 'Page not found', back: 'Back to the start page' },
  },
);
