/**
 * Issuers as running text names them ("Quyết định số 20/2013/QĐ-UBND của UBND tỉnh"), with the
 * agency code the issuer writes in its symbols (docs/domain.md §5, §14). A level word and a place
 * may follow any name ("UBND xã", "UBND thành phố Quảng Ngãi"), and a role may precede it ("Chủ
 * tịch UBND tỉnh", "Ban Thường vụ Tỉnh ủy", "Bộ trưởng Bộ Nội vụ"): the code stays the body's.
 * Names are compared without case or diacritics, so the old tone placement ("Uỷ", "hoá") and
 * capitals ("UBND TỈNH") match too. Every code is one of `DEFAULT_AGENCY_CODES`.
 */
export const ISSUER_NAMES_IN_PROSE: Readonly<Record<string, string>> = {
  // People's Committees and Councils, at every level.
  UBND: 'UBND',
  'Ủy ban nhân dân': 'UBND',
  'Văn phòng UBND': 'VPUBND',
  'Văn phòng Ủy ban nhân dân': 'VPUBND',
  HĐND: 'HĐND',
  'Hội đồng nhân dân': 'HĐND',
  // Central state bodies; the National Assembly signs laws as QH13, QH14, QH15 (one per term).
  'Chính phủ': 'CP',
  'Thủ tướng': 'TTg',
  'Thủ tướng Chính phủ': 'TTg',
  'Văn phòng Chính phủ': 'VPCP',
  'Quốc hội': 'QH',
  // Party committees.
  'Trung ương': 'TW',
  'Ban Chấp hành Trung ương': 'TW',
  'Ban Chấp hành Trung ương Đảng': 'TW',
  'Bộ Chính trị': 'TW',
  'Ban Bí thư': 'TW',
  'Tỉnh ủy': 'TU',
  'Ban Chấp hành Đảng bộ tỉnh': 'TU',
  'Huyện ủy': 'HU',
  'Ban Chấp hành Đảng bộ huyện': 'HU',
  'Đảng ủy': 'ĐU',
  // Ministries.
  'Bộ Nội vụ': 'BNV',
  'Bộ Tư pháp': 'BTP',
  'Bộ Tài chính': 'BTC',
  'Bộ Ngoại giao': 'BNG',
  'Bộ Công an': 'BCA',
  'Bộ Quốc phòng': 'BQP',
  'Bộ Y tế': 'BYT',
  'Bộ Công Thương': 'BCT',
  'Bộ Xây dựng': 'BXD',
  'Bộ Thông tin và Truyền thông': 'BTTTT',
  'Bộ Kế hoạch và Đầu tư': 'BKHĐT',
  'Bộ Giáo dục và Đào tạo': 'BGDĐT',
  'Bộ Tài nguyên và Môi trường': 'BTNMT',
  'Bộ Nông nghiệp và Phát triển nông thôn': 'BNNPTNT',
  'Bộ Nông nghiệp và Môi trường': 'BNNMT',
  'Bộ Lao động - Thương binh và Xã hội': 'BLĐTBXH',
  'Bộ Văn hóa, Thể thao và Du lịch': 'BVHTTDL',
  'Bộ Khoa học và Công nghệ': 'BKHCN',
  'Bộ Giao thông vận tải': 'BGTVT',
  // Provincial departments attested in Quảng Ngãi documents.
  'Sở Nội vụ': 'SNV',
  'Sở Tư pháp': 'STP',
  'Sở Thông tin và Truyền thông': 'STTTT',
  'Sở Ngoại vụ': 'SNgV',
};

/** Roles that sign for a body; "Chủ tịch UBND tỉnh" issues under the committee's code. */
const ROLES = ['Chủ tịch', 'Phó Chủ tịch', 'Bộ trưởng', 'Giám đốc', 'Thường trực', 'Ban Thường vụ', 'Hội nghị'];
/** Administrative levels that may follow a name, compared as written (lower case). */
const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'xã', 'quận', 'phường'];
/** Words of a place name after a level: "Quảng Ngãi", "Sơn Tịnh". */
const PLACE_WORD = /^\p{Lu}\p{Ll}*$/u;
const MAX_PLACE_WORDS = 4;
const MAX_WORDS = 20;

/** A word of running text: letters and digits, with what separates it from the word before. */
interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
  /** Separated from the word before by spaces on the same line (no comma, dash or line break). */
  spaced: boolean;
}

/** An issuer named in running text: the name as written, its code and its offsets. */
export interface IssuerName {
  name: string;
  code: string;
  start: number;
  end: number;
}

const keys = new Map<string, string>();

/**
 * A word without case or diacritics: "Uỷ" and "Ủy", "hoá" and "hóa", "Đ" and "d" compare equal.
 * Remembered: a report repeats the same few words after "của", and a citation check of every
 * report of a period reads them many times.
 */
const keyOf = (word: string): string => {
  let key = keys.get(word);
  if (key === undefined) {
    key = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ\u00D0\u00F0]/gu, 'd').toLowerCase();
    if (keys.size >= 10_000) keys.clear();
    keys.set(word, key);
  }
  return key;
};

const keysOf = (name: string): string[] => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(keyOf);

// Longest first, so that "Thủ tướng Chính phủ" wins over "Thủ tướng".
const NAMES = Object.entries(ISSUER_NAMES_IN_PROSE)
  .map(([name, code]) => ({ keys: keysOf(name), code }))
  .sort((a, b) => b.keys.length - a.keys.length);
const ROLE_KEYS = ROLES.map(keysOf).sort((a, b) => b.length - a.length);
const LEVEL_WORDS = LEVELS.map((level) => level.split(' '));

/** Up to `limit` words from `from`, joined by spaces, commas or dashes ("Văn hóa, Thể thao"). */
const wordsAt = (text: string, from: number, limit: number): Word[] => {
  const pattern = /(\s*(?:[,\u2010-\u2015-]\s*)?)([\p{L}\p{N}]+)/uy;
  pattern.lastIndex = from;
  const words: Word[] = [];
  for (let match = pattern.exec(text); match && words.length < limit; match = pattern.exec(text)) {
    const [whole, separator = '', word = ''] = match;
    const end = match.index + whole.length;
    words.push({ text: word, key: keyOf(word), start: end - word.length, end, spaced: /^[^\S\n]+$/u.test(separator) });
  }
  return words;
};

const keysMatch = (words: readonly Word[], at: number, keys: readonly string[]): boolean =>
  keys.every((key, i) => words[at + i]?.key === key);

/** The longest known name at the first word, possibly after a role: its length in words and code. */
const bodyAt = (words: readonly Word[]): { length: number; code: string } | undefined => {
  const direct = NAMES.find((name) => keysMatch(words, 0, name.keys));
  const role = ROLE_KEYS.find((keys) => keysMatch(words, 0, keys));
  const afterRole = role && NAMES.find((name) => keysMatch(words, role.length, name.keys));
  const candidates = [
    ...(direct ? [{ length: direct.keys.length, code: direct.code }] : []),
    ...(role && afterRole ? [{ length: role.length + afterRole.keys.length, code: afterRole.code }] : []),
  ];
  return candidates.sort((a, b) => b.length - a.length)[0];
};

/** Number of words of a level ("tỉnh", "thành phố") at `at`, written after spaces, or 0. */
const levelAt = (words: readonly Word[], at: number): number =>
  LEVEL_WORDS.find((level) => level.every((w, i) => words[at + i]?.spaced === true && words[at + i]?.text.toLowerCase() === w))
    ?.length ?? 0;

/** Number of place-name words at `at` ("Quảng Ngãi"), each capitalised and after spaces. */
const placeAt = (words: readonly Word[], at: number): number => {
  const run = words.slice(at, at + MAX_PLACE_WORDS);
  const stop = run.findIndex((word) => !word.spaced || !PLACE_WORD.test(word.text));
  return stop === -1 ? run.length : stop;
};

/**
 * The issuer named at `from` in `text` (NFC), as {@link ISSUER_NAMES_IN_PROSE} knows it: a
 * known name, possibly after a role, then an optional level word, then, after a level or a
 * Party committee ("Tỉnh ủy"), a capitalised place name. `undefined` when no known name starts at
 * `from`: unknown names cannot be told from the words after them.
 *
 * @example
 * readIssuerName('của UBND tỉnh phê duyệt Đề án', 4) // { name: 'UBND tỉnh', code: 'UBND', start: 4, end: 13 }
 * readIssuerName('Sở về việc', 0) // undefined
 */
export function readIssuerName(text: string, from: number): IssuerName | undefined {
  const words = wordsAt(text, from, MAX_WORDS);
  if (words[0]?.start !== from) return undefined;
  const body = bodyAt(words);
  if (!body) return undefined;
  const level = levelAt(words, body.length);
  const takesPlace = level > 0 || words[body.length - 1]?.key === 'uy';
  const length = body.length + level + (takesPlace ? placeAt(words, body.length + level) : 0);
  const end = words[length - 1]?.end ?? from;
  return { name: text.slice(from, end), code: body.code, start: from, end };
}

/**
 * The agency code of an issuer named in prose ("UBND tỉnh" -> `UBND`, "Thủ tướng Chính phủ" ->
 * `TTg`), or `undefined` when the whole name is not one {@link ISSUER_NAMES_IN_PROSE} knows.
 *
 * @example
 * issuerCodeOfName('Ban Thường vụ Tỉnh ủy') // 'TU'
 * issuerCodeOfName('UBND thành phố Quảng Ngãi') // 'UBND'
 * issuerCodeOfName('Ban Quản lý các Khu công nghiệp') // undefined
 */
export function issuerCodeOfName(name: string): string | undefined {
  const text = name.normalize('NFC').trim();
  const found = readIssuerName(text, 0);
  return found?.end === text.length ? found.code : undefined;
}
