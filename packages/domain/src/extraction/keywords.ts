import type { ReformAreaKey } from '../programmes/reform-programmes.js';

// Vietnamese writes the tone of "oa", "oe" and "uy" on either vowel ("hóa" and "hoá"); headings
// are compared in one spelling so both match.
const TONE_MOVES: Readonly<Record<string, string>> = {
  oá: 'óa', oà: 'òa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oé: 'óe', oè: 'òe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uý: 'úy', uỳ: 'ùy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Lower case, one tone spelling, spaces collapsed: the form headings are matched in. */
export function keyText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ]/gu, (pair) => TONE_MOVES[pair] ?? pair)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words that name each reform area in a heading, under both programmes and the names used after
 * 2021 for 30c areas (docs/domain.md §3). `strong` names the area; `weak` only suggests it. The
 * order matters: "cải cách tổ chức bộ máy hành chính" is apparatus before anything else.
 */
export const AREA_KEYWORDS: readonly { key: ReformAreaKey; strong: RegExp; weak: RegExp }[] = [
  { key: 'PROCEDURES', strong: /thủ tục hành chính|\btthc\b|một cửa/u, weak: /thủ tục/u },
  { key: 'APPARATUS', strong: /tổ chức bộ máy|bộ máy hành chính/u, weak: /bộ máy|tổ chức/u },
  {
    key: 'CIVIL_SERVICE',
    strong: /chế độ công vụ|đội ngũ|cán bộ, công chức|\bcbcc|cbccvc|công chức, viên chức/u,
    weak: /công vụ|công chức|cán bộ/u,
  },
  { key: 'PUBLIC_FINANCE', strong: /tài chính công/u, weak: /tài chính/u },
  {
    key: 'MODERNISATION',
    strong: /hiện đại hóa|chính phủ điện tử|chính phủ số|chính quyền điện tử|chính quyền số|chuyển đổi số/u,
    weak: /điện tử|công nghệ thông tin|\bcntt\b|số hóa/u,
  },
  { key: 'INSTITUTIONAL', strong: /thể chế/u, weak: /quy phạm pháp luật/u },
];

/** The area a heading or a sentence names, and whether the naming is strong. */
export function areaOf(text: string): { key: ReformAreaKey; strong: boolean } | null {
  const key = keyText(text);
  for (const area of AREA_KEYWORDS) if (area.strong.test(key)) return { key: area.key, strong: true };
  for (const area of AREA_KEYWORDS) if (area.weak.test(key)) return { key: area.key, strong: false };
  return null;
}

/** Province-specific sections recognised by their heading (docs/domain.md §2: Quảng Ngãi's QĐ 20/2013). */
export const PROVINCE_SECTION_KEYWORDS: readonly { code: string; pattern: RegExp }[] = [
  { code: 'QNG.DISCIPLINE', pattern: /kỷ luật,? kỷ cương|20\/2013\/qđ-ubnd|quyết định 20\b/u },
];

/** The code an unrecognised section keeps until a person maps it. */
export const UNMAPPED_PROVINCE_SECTION = 'UNMAPPED';
