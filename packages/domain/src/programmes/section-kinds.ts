import type { LocalizedText } from '../shared/localized-text.js';

/**
 * Kinds of report section besides the programme areas (docs/domain.md §3): direction and
 * administration (*công tác chỉ đạo, điều hành*), one per programme area, province-specific
 * sections (Quảng Ngãi's QĐ 20/2013 discipline section), next-period tasks, and difficulties and
 * proposals (*khó khăn, vướng mắc, kiến nghị*).
 */
export const SECTION_KINDS = ['DIRECTION', 'AREA', 'PROVINCE_SPECIFIC', 'NEXT_PERIOD_TASKS', 'DIFFICULTIES_PROPOSALS'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Generic names of the section kinds (an area section is titled by its area instead). */
export const SECTION_KIND_NAMES: Readonly<Record<SectionKind, LocalizedText>> = {
  DIRECTION: { vi: 'Công tác chỉ đạo, điều hành', en: 'Direction and administration' },
  AREA: { vi: 'Kết quả thực hiện theo lĩnh vực cải cách', en: 'Results by reform area' },
  PROVINCE_SPECIFIC: { vi: 'Nội dung theo quy định của tỉnh', en: 'Province-specific content' },
  NEXT_PERIOD_TASKS: { vi: 'Nhiệm vụ trọng tâm kỳ tới', en: 'Tasks for the next period' },
  DIFFICULTIES_PROPOSALS: { vi: 'Khó khăn, vướng mắc và kiến nghị, đề xuất', en: 'Difficulties and proposals' },
};

/** A section a province requires on top of the national programme. */
export interface ProvinceSection {
  /** Stable code, `<province>.<topic>`. */
  code: string;
  province: string;
  /** The provincial document that requires it. */
  basis: { symbol: string; date: string };
  name: LocalizedText;
}

/** Province-specific sections known so far (data: provinces add theirs). */
export const PROVINCE_SECTIONS: readonly ProvinceSection[] = [
  {
    code: 'QNG.DISCIPLINE',
    province: 'Quảng Ngãi',
    basis: { symbol: '20/2013/QĐ-UBND', date: '2013-05-07' },
    name: {
      vi: 'Triển khai thực hiện Quyết định số 20/2013/QĐ-UBND về chấn chỉnh kỷ luật, kỷ cương hành chính',
      en: 'Implementing Decision 20/2013/QĐ-UBND on administrative discipline',
    },
  },
];
