import type { LocalizedText } from '../shared/localized-text.js';
import type { PeriodKind } from './period-kind.js';

/**
 * The name of a period as reports title it, in Vietnamese and English.
 *
 * @example
 * periodLabel(2020, 'M9').vi // '9 tháng đầu năm 2020'
 * periodLabel(2021, 'Q1').vi // 'Quý I năm 2021'
 */
export function periodLabel(year: number, kind: PeriodKind): LocalizedText {
  switch (kind) {
    case 'Q1':
      return { vi: `Quý I năm ${year}`, en: `Q1 ${year}` };
    case 'H1':
      return { vi: `6 tháng đầu năm ${year}`, en: `First 6 months of ${year}` };
    case 'Q3':
      return { vi: `Quý III năm ${year}`, en: `Q3 ${year}` };
    case 'M9':
      return { vi: `9 tháng đầu năm ${year}`, en: `First 9 months of ${year}` };
    case 'YEAR':
      return { vi: `Năm ${year}`, en: `Year ${year}` };
    case 'ADHOC':
      return { vi: `Báo cáo đột xuất năm ${year}`, en: `Ad hoc report ${year}` };
  }
}

/**
 * A period as it reads inside a sentence, as a report's title writes it ("Tình hình, kết quả thực
 * hiện công tác cải cách hành chính năm 2021"): the Vietnamese label without its capital.
 *
 * @example
 * periodPhrase(2021, 'YEAR').vi // 'năm 2021'
 * periodPhrase(2021, 'Q1').vi // 'quý I năm 2021'
 */
export function periodPhrase(year: number, kind: PeriodKind): LocalizedText {
  const label = periodLabel(year, kind);
  return { vi: label.vi.charAt(0).toLocaleLowerCase('vi') + label.vi.slice(1), en: label.en };
}
