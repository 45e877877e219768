import type { LocalizedText } from '@cchc/domain';

/** The languages the command line writes in: Vietnamese by default, English on request. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const isLang = (value: unknown): value is Lang => (LANGUAGES as readonly unknown[]).includes(value);

/** What a person reads, in both languages. */
export const MESSAGES = {
  usage: {
    vi: [
      'Cách dùng:',
      '  cchc extract TỆP [--json] [--lang vi|en]   Đọc một báo cáo CCHC (.docx, .md, .txt) thành bản nháp:',
      '                                             cơ quan, số ký hiệu, kỳ, người ký, văn bản, số liệu hồ sơ,',
      '                                             các phần và các phát hiện.',
      '  cchc check TỆP [--json] [--lang vi|en]     Kiểm tra các văn bản được dẫn (số ký hiệu, ngày ban hành).',
      '  cchc help                                  In hướng dẫn này.',
      '',
      'Tùy chọn:',
      '  --json          In kết quả dạng JSON (extract: đúng đối tượng "extraction" mà API trả về).',
      '  --lang vi|en    Ngôn ngữ hiển thị (mặc định: vi).',
      '  --agency-codes SNgV,STP,...',
      '                  Mã cơ quan biết thêm ngoài danh sách mặc định (như API thêm mã các cơ quan của tỉnh).',
      '',
      'Mã thoát: 0 thành công; 1 (check) có phát hiện mức lỗi; 2 sai cách dùng hoặc không đọc được tệp;',
      '3 lỗi không mong đợi.',
    ].join('\n'),
    en: [
      'Usage:',
      '  cchc extract FILE [--json] [--lang vi|en]  Read a CCHC report (.docx, .md, .txt) into a draft: agency,',
      '                                             symbol, period, signing, documents, dossier figures,',
      '                                             sections and findings.',
      '  cchc check FILE [--json] [--lang vi|en]    Check the documents it cites (symbols, dates of issue).',
      '  cchc help                                  Print this help.',
      '',
      'Options:',
      '  --json          Print the result as JSON (extract: exactly the "extraction" object the API returns).',
      '  --lang vi|en    Language of the output (default: vi).',
      '  --agency-codes SNgV,STP,...',
      "                  Agency codes known besides the default list (as the API adds its province's agencies').",
      '',
      'Exit codes: 0 success; 1 (check) a finding is an error; 2 usage error or unreadable file;',
      '3 unexpected error.',
    ].join('\n'),
  },
  seeHelp: { vi: 'Chạy "cchc help" để xem cách dùng.', en: 'Run "cchc help" for usage.' },
  noCommand: { vi: 'Thiếu lệnh (extract hoặc check).', en: 'No command given (extract or check).' },
  unknownCommand: (command: string): LocalizedText => ({
    vi: `Lệnh không hợp lệ: "${command}" (chỉ có extract, check, help).`,
    en: `Unknown command: "${command}" (the commands are extract, check, help).`,
  }),
  unknownOption: (option: string): LocalizedText => ({
    vi: `Tùy chọn không hợp lệ: ${option}.`,
    en: `Unknown option: ${option}.`,
  }),
  optionTakesNoValue: (option: string): LocalizedText => ({
    vi: `Tùy chọn ${option} không nhận giá trị.`,
    en: `The option ${option} takes no value.`,
  }),
  badLang: (value: string | undefined): LocalizedText => ({
    vi: `--lang cần vi hoặc en${value === undefined ? '' : `, không phải "${value}"`}.`,
    en: `--lang takes vi or en${value === undefined ? '' : `, not "${value}"`}.`,
  }),
  badAgencyCodes: {
    vi: '--agency-codes cần danh sách mã cơ quan, cách nhau bởi dấu phẩy (SNgV,STP).',
    en: '--agency-codes takes agency codes separated by commas (SNgV,STP).',
  },
  noFile: (command: string): LocalizedText => ({
    vi: `Thiếu tệp: cchc ${command} TỆP.`,
    en: `No file given: cchc ${command} FILE.`,
  }),
  tooManyFiles: (command: string): LocalizedText => ({
    vi: `cchc ${command} đọc một tệp mỗi lần.`,
    en: `cchc ${command} reads one file at a time.`,
  }),
  fileNotFound: (path: string): LocalizedText => ({ vi: `Không tìm thấy tệp: ${path}.`, en: `File not found: ${path}.` }),
  fileIsFolder: (path: string): LocalizedText => ({ vi: `${path} là thư mục, không phải tệp.`, en: `${path} is a folder, not a file.` }),
  fileNotRead: (path: string, code: string): LocalizedText => ({
    vi: `Không đọc được tệp ${path} (${code}).`,
    en: `Cannot read the file ${path} (${code}).`,
  }),
  importFormat: (name: string): LocalizedText => ({
    vi: `Không đọc được "${name}": chỉ đọc tệp .docx, .md và .txt (hãy lưu tệp .doc hoặc .pdf thành .docx).`,
    en: `Cannot read "${name}": only .docx, .md and .txt files are read (save a .doc or .pdf as .docx first).`,
  }),
  importUnreadableDocx: (name: string): LocalizedText => ({
    vi: `Không đọc được "${name}": tệp không phải tài liệu Word (.docx) hợp lệ (tệp Word 97-2003 .doc cần lưu lại thành .docx).`,
    en: `Cannot read "${name}": it is not a valid Word (.docx) file (a Word 97-2003 .doc must be saved as .docx).`,
  }),
  importUnreadableText: (name: string): LocalizedText => ({
    vi: `Không đọc được "${name}": tệp không phải văn bản UTF-8 (hãy lưu lại với mã hóa UTF-8 hoặc thành .docx).`,
    en: `Cannot read "${name}": it is not UTF-8 text (save it as UTF-8, or as a .docx).`,
  }),
  importEmpty: (name: string): LocalizedText => ({ vi: `Tệp "${name}" không có nội dung.`, en: `"${name}" holds no text.` }),
  unexpected: { vi: 'Lỗi không mong đợi (xin báo lại kèm nội dung dưới đây):', en: 'Unexpected error (please report it with what follows):' },

  // extract
  file: { vi: 'Tệp', en: 'File' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  symbol: { vi: 'Số ký hiệu', en: 'Symbol' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  title: { vi: 'Trích yếu', en: 'Title' },
  placeAndDate: { vi: 'Nơi, ngày ban hành', en: 'Place and date' },
  dateBlank: { vi: 'chưa ghi ngày', en: 'day left blank' },
  signing: { vi: 'Người ký', en: 'Signing' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
  documents: { vi: 'Văn bản của cơ quan', en: "The agency's documents" },
  plans: { vi: 'kế hoạch', en: 'plans' },
  decisions: { vi: 'quyết định', en: 'decisions' },
  letters: { vi: 'công văn', en: 'letters' },
  dossier: { vi: 'Hồ sơ thủ tục hành chính', en: 'Administrative-procedure dossiers' },
  sections: { vi: 'Các phần', en: 'Sections' },
  noHeading: { vi: '(không có tiêu đề)', en: '(no heading)' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  notFound: { vi: '(không tìm thấy)', en: '(not found)' },
  none: { vi: '(không có)', en: '(none)' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  counts: (errors: number, warnings: number): LocalizedText => ({
    vi: `${errors} lỗi, ${warnings} cảnh báo`,
    en: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  }),

  // check
  citations: { vi: 'Văn bản được dẫn', en: 'Documents cited' },
  line: { vi: 'dòng', en: 'line' },
  noDate: { vi: 'không ghi ngày', en: 'no date' },
  checkedAgainst: { vi: 'Đối chiếu với', en: 'Checked against' },
  window: (from: string, to: string): LocalizedText => ({
    vi: `số liệu từ ${from} đến ${to}`,
    en: `data from ${from} to ${to}`,
  }),
  reportDate: (date: string): LocalizedText => ({ vi: `ngày báo cáo ${date}`, en: `report date ${date}` }),
  deadlineAsReportDate: (date: string): LocalizedText => ({
    vi: `ngày báo cáo ${date} (hạn báo cáo của kỳ: văn bản chưa ghi ngày)`,
    en: `report date ${date} (the period's deadline: the text leaves the day blank)`,
  }),
  noContext: {
    vi: 'không rõ kỳ và ngày báo cáo (chỉ kiểm tra giữa các văn bản với nhau)',
    en: 'period and report date unknown (the citations are checked against each other only)',
  },
  noErrors: { vi: 'Không có phát hiện mức lỗi.', en: 'No finding is an error.' },
  hasErrors: (count: number): LocalizedText => ({
    vi: `Có ${count} phát hiện mức lỗi.`,
    en: `${count} finding${count === 1 ? ' is an error' : 's are errors'}.`,
  }),
} as const;
