import { formatIsoDate } from '../dates/format-iso-date.js';
import { isIsoDate } from '../dates/is-iso-date.js';

const NUMERIC = /^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;
const WORDED = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;

/**
 * Reads a date as Vietnamese text writes it, `dd/mm/yyyy` (also with '.' or '-', padded or not)
 * or "ngày 5 tháng 9 năm 2020", optionally after "ngày". Returns `YYYY-MM-DD`, or `null` when the
 * text is not such a date or the day does not exist (including a blank day: "ngày  tháng 9").
 *
 * @example
 * parseVietnameseDate('07/5/2013') // '2013-05-07'
 * parseVietnameseDate('ngày 5 tháng 9 năm 2020') // '2020-09-05'
 * parseVietnameseDate('31/02/2020') // null
 */
export function parseVietnameseDate(text: string): string | null {
  const trimmed = text.normalize('NFC').trim();
  const match = NUMERIC.exec(trimmed) ?? WORDED.exec(trimmed);
  if (!match) return null;
  const date = formatIsoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return isIsoDate(date) ? date : null;
}
