import { VIETNAM_UTC_OFFSET_MINUTES } from '@cchc/domain';

/**
 * A timestamp as the clock read in Vietnam (UTC+7, no daylight saving), `dd/mm/yyyy hh:mm`;
 * text that is not a timestamp is left as it is.
 *
 * @example
 * formatDateTime('2020-09-18T03:00:00.000Z') // '18/09/2020 10:00'
 */
export function formatDateTime(timestamp: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  const local = new Date(time + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
