import { defineMessages } from './define-messages.js';

export const appMessages = defineMessages(
  {
    app: {
      title: 'Báo cáo cải cách hành chính',
      province: 'Tỉnh Quảng Ngãi',
      language: 'Ngôn ngữ',
      skipToContent: 'Chuyển đến nội dung chính',
      logout: 'Đăng xuất',
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
    export: {
      xlsx: 'Tải Excel',
      xlsxHint: 'Tải số liệu thành tệp Excel (.xlsx): số, tỷ lệ và ngày tháng giữ nguyên là số và ngày',
      csv: 'CSV (cho phần mềm)',
      csvHint: 'Tệp CSV cho phần mềm khác: số dùng dấu chấm thập phân, ngày theo dạng năm-tháng-ngày, mã UTF-8. Để mở bằng Excel, hãy tải tệp Excel.',
      failed: 'Không tạo được tệp Excel. Vui lòng thử lại.',
    },
  },
  {
    app: {
      title: 'Administrative reform reporting',
      province: 'Quang Ngai Province',
      language: 'Language',
      skipToContent: 'Skip to main content',
      logout: 'Sign out',
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
    export: {
      xlsx: 'Download Excel',
      xlsxHint: 'Download the data as an Excel workbook (.xlsx): numbers, percentages and dates stay numbers and dates',
      csv: 'CSV (for software)',
      csvHint: 'A CSV file for other software: decimal points, year-month-day dates, UTF-8. To open the data in Excel, download the Excel file.',
      failed: 'The Excel file could not be made. Please try again.',
    },
  },
);
