// Vietnamese: the default language of every screen.
export const vi = {
  app: {
    title: 'Báo cáo cải cách hành chính',
    province: 'Tỉnh Quảng Ngãi',
    language: 'Ngôn ngữ',
    skipToContent: 'Chuyển đến nội dung chính',
  },
  state: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chưa có dữ liệu.',
    retry: 'Thử lại',
    error: 'Không tải được dữ liệu ({code}). Vui lòng kiểm tra kết nối và thử lại.',
  },
  dashboard: {
    heading: 'Tổng quan',
    year: 'Năm báo cáo',
    agenciesChart: 'Cơ quan, đơn vị báo cáo theo loại',
    agenciesSeries: 'Số cơ quan, đơn vị',
    agenciesTotal: 'Tổng cộng {count} cơ quan, đơn vị đang theo dõi',
    windowsChart: 'Kỳ báo cáo năm {year}: thời gian lấy số liệu và hạn nộp',
    windowSeries: 'Thời gian lấy số liệu',
    deadlineSeries: 'Đến hạn nộp báo cáo',
    periodsTable: 'Kỳ báo cáo năm {year}',
    areasHeading: 'Lĩnh vực cải cách hành chính năm {year}',
    noPeriods: 'Chưa có kỳ báo cáo nào cho năm {year}.',
    noAgencies: 'Chưa có cơ quan, đơn vị nào.',
    noAreas: 'Không có chương trình cải cách hành chính nào áp dụng cho năm {year}.',
    showTable: 'Xem dạng bảng',
    showChart: 'Xem biểu đồ',
  },
  period: { label: 'Kỳ báo cáo', from: 'Từ ngày', to: 'Đến ngày', deadline: 'Hạn nộp' },
  agencyKind: { department: 'Sở, ngành', board: 'Ban', district: 'UBND cấp huyện', commune: 'UBND cấp xã', kind: 'Loại', count: 'Số lượng' },
  notFound: { heading: 'Không tìm thấy trang', back: 'Về trang tổng quan' },
};

export type Messages = typeof vi;
