import type { IndicatorSet } from '../indicators/indicator.js';
import type { ReformAreaKey, ReformProgramme } from '../programmes/reform-programmes.js';
import { romanNumeral } from '../shared/roman-numeral.js';
import type { LocalizedText } from '../shared/localized-text.js';

/** What an outline part gathers from the agencies' reports, shown beside it as attributed sources. */
export type OutlineSourceKind = 'direction' | 'area' | 'tasks' | 'difficulties' | 'none';

/** One part of the province's report: its heading, the appendix blocks whose figures it states, its sources. */
export interface OutlinePart {
  /** Stable key: `DIRECTION`, `RESULTS`, `AREA.PROCEDURES`, `ASSESSMENT`, `NEXT_TASKS`, `PROPOSALS`. */
  key: string;
  /** As numbered in the document: `I.`, `1.`. */
  number: string;
  level: 1 | 2;
  title: LocalizedText;
  areaKey: ReformAreaKey | null;
  /** The blocks of the indicator set whose province figures the part states. */
  blocks: string[];
  sources: OutlineSourceKind;
}

/**
 * The outline of the province's CCHC report (docs/domain.md §12): I. direction and administration;
 * II. results, one part per area of the programme in force; III. overall assessment; IV. tasks
 * for the next period; V. proposals. Each part states the figures of the indicator blocks of its
 * area (direction for I) and shows the agencies' own text for it.
 *
 * @example
 * compilationOutline(programmeForYear(2023), INDICATOR_SET_76_V1).map((p) => p.key)
 * // ['DIRECTION', 'RESULTS', 'AREA.INSTITUTIONAL', …, 'AREA.MODERNISATION', 'ASSESSMENT', 'NEXT_TASKS', 'PROPOSALS']
 */
export function compilationOutline(programme: ReformProgramme | null | undefined, set: IndicatorSet | null): OutlinePart[] {
  const blocksOf = (areaKey: ReformAreaKey | null): string[] => (set?.blocks ?? []).filter((block) => block.areaKey === areaKey).map((block) => block.key);
  let top = 0;
  const part = (key: string, vi: string, en: string, rest: Partial<OutlinePart> = {}): OutlinePart => ({
    key,
    number: `${romanNumeral(++top)}.`,
    level: 1,
    title: { vi, en },
    areaKey: null,
    blocks: [],
    sources: 'none',
    ...rest,
  });
  return [
    part('DIRECTION', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'DIRECTION AND ADMINISTRATION', { blocks: blocksOf(null), sources: 'direction' }),
    part('RESULTS', 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH', 'RESULTS OF THE REFORM TASKS'),
    ...(programme?.areas ?? []).map(
      (area): OutlinePart => ({
        key: `AREA.${area.key}`,
        number: `${area.ordinal}.`,
        level: 2,
        title: area.name,
        areaKey: area.key,
        blocks: blocksOf(area.key),
        sources: 'area',
      }),
    ),
    part('ASSESSMENT', 'ĐÁNH GIÁ CHUNG', 'OVERALL ASSESSMENT'),
    part('NEXT_TASKS', 'NHIỆM VỤ TRỌNG TÂM KỲ TỚI', 'TASKS FOR THE NEXT PERIOD', { sources: 'tasks' }),
    part('PROPOSALS', 'KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT', 'DIFFICULTIES AND PROPOSALS', { sources: 'difficulties' }),
  ];
}
