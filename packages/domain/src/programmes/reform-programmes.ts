import type { LocalizedText } from '../shared/localized-text.js';

/** Codes of the national master programmes for state administrative reform. */
export type ReformProgrammeCode = '30c' | '76';

/**
 * The key an area keeps across programmes (the crosswalk 30c -> 76 maps area n to area n; areas 4
 * and 6 were renamed, not replaced).
 */
export type ReformAreaKey =
  | 'INSTITUTIONAL'
  | 'PROCEDURES'
  | 'APPARATUS'
  | 'CIVIL_SERVICE'
  | 'PUBLIC_FINANCE'
  | 'MODERNISATION';

export interface ReformArea {
  /** Stable identifier: `<programme>.<ordinal>`, e.g. `30c.2`. */
  id: string;
  programme: ReformProgrammeCode;
  /** Position in the programme, 1 to 6, as the reports number their sections. */
  ordinal: number;
  key: ReformAreaKey;
  name: LocalizedText;
}

export interface ReformProgramme {
  code: ReformProgrammeCode;
  /** The government resolution that adopted it. */
  resolution: { symbol: string; date: string };
  fromYear: number;
  toYear: number;
  name: LocalizedText;
  areas: readonly ReformArea[];
}

const area = (
  programme: ReformProgrammeCode,
  ordinal: number,
  key: ReformAreaKey,
  vi: string,
  en: string,
): ReformArea => ({ id: `${programme}.${ordinal}`, programme, ordinal, key, name: { vi, en } });

/**
 * Both master programmes with their six areas (docs/domain.md §3). Programmes are data with a version:
 * a report follows the programme in force in its year (see {@link programmeForYear}).
 */
export const REFORM_PROGRAMMES: readonly ReformProgramme[] = [
  {
    code: '30c',
    resolution: { symbol: '30c/NQ-CP', date: '2011-11-08' },
    fromYear: 2011,
    toYear: 2020,
    name: {
      vi: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020',
      en: 'Master programme for state administrative reform 2011-2020',
    },
    areas: [
      area('30c', 1, 'INSTITUTIONAL', 'Cải cách thể chế', 'Institutional reform'),
      area('30c', 2, 'PROCEDURES', 'Cải cách thủ tục hành chính', 'Administrative procedure reform'),
      area('30c', 3, 'APPARATUS', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'State administrative apparatus reform'),
      area(
        '30c',
        4,
        'CIVIL_SERVICE',
        'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
        'Building and improving the quality of cadres, civil servants and public employees',
      ),
      area('30c', 5, 'PUBLIC_FINANCE', 'Cải cách tài chính công', 'Public finance reform'),
      area('30c', 6, 'MODERNISATION', 'Hiện đại hóa hành chính', 'Administrative modernisation'),
    ],
  },
  {
    code: '76',
    resolution: { symbol: '76/NQ-CP', date: '2021-07-15' },
    fromYear: 2021,
    toYear: 2030,
    name: {
      vi: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
      en: 'Master programme for state administrative reform 2021-2030',
    },
    areas: [
      area('76', 1, 'INSTITUTIONAL', 'Cải cách thể chế', 'Institutional reform'),
      area('76', 2, 'PROCEDURES', 'Cải cách thủ tục hành chính', 'Administrative procedure reform'),
      area('76', 3, 'APPARATUS', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'State administrative apparatus reform'),
      area('76', 4, 'CIVIL_SERVICE', 'Cải cách chế độ công vụ', 'Civil-service reform'),
      area('76', 5, 'PUBLIC_FINANCE', 'Cải cách tài chính công', 'Public finance reform'),
      area(
        '76',
        6,
        'MODERNISATION',
        'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
        'Building and developing e-Government and digital Government',
      ),
    ],
  },
];
