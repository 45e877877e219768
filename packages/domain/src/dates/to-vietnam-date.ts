import { formatIsoDate } from './format-iso-date.js';
import { isIsoDate } from './is-iso-date.js';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The calendar day in Vietnam (Asia/Ho_Chi_Minh, UTC+7, computed arithmetically without Intl) of
 * a `YYYY-MM-DD` day or an ISO 8601 timestamp. A day is returned as is; a timestamp without an
 * offset is read as Vietnam local time; `Z` or `±hh:mm` is converted to UTC+7.
 *
 * @throws RangeError when the text is neither.
 * @example
 * toVietnamDate('2020-09-20T16:59:59Z') // '2020-09-20' (23:59:59 in Hà Nội)
 * toVietnamDate('2020-09-20T17:00:00Z') // '2020-09-21'
 * toVietnamDate('2020-09-20') // '2020-09-20'
 */
export function toVietnamDate(text: string): string {
  const match = TIMESTAMP.exec(text.trim());
  const datePart = match ? formatIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) : '';
  if (!match || !isIsoDate(datePart)) throw new RangeError(`Not a day or an ISO timestamp: ${text}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    throw new RangeError(`Not a day or an ISO timestamp: ${text}`);
  }
  if (zone === undefined) return datePart;
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const magnitude = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    offset = digits.startsWith('-') ? -magnitude : magnitude;
  }
  const utcMinutes =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 60_000 - offset;
  const local = new Date((utcMinutes + VIETNAM_UTC_OFFSET_MINUTES) * 60_000);
  return formatIsoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}
