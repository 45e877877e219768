import { formatDateTime } from '../../../shared/format/format-date-time.js';

/**
 * When a reporter put the draft before the approver ("Trình ký"), as the agency reads it: the
 * time first, then the day, on the clock in Vietnam (`HH:mm dd/mm/yyyy`); text that is not a
 * timestamp is left as it is.
 *
 * @example
 * formatSignatureRequestedAt('2020-09-18T03:05:00.000Z') // '10:05 18/09/2020'
 */
export function formatSignatureRequestedAt(timestamp: string): string {
  const [day, clock] = formatDateTime(timestamp).split(' ');
  return day && clock ? `${clock} ${day}` : timestamp;
}
