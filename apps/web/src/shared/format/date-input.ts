import { parseVietnameseDate } from '@cchc/domain';
import { formatDate } from './format-date.js';

/**
 * What a typed date becomes in a form: `YYYY-MM-DD` when it reads as a Vietnamese date
 * (`01/03/2025`, `1/3/2025`, `ngày 1 tháng 3 năm 2025`), '' when empty, and the text itself
 * otherwise, so the contract check reports it as not a valid date.
 *
 * @example
 * dateFromInput('1/3/2025') // '2025-03-01'
 * dateFromInput('31/02/2025') // '31/02/2025' (no such day: stays invalid)
 */
export function dateFromInput(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return parseVietnameseDate(trimmed) ?? trimmed;
}

/**
 * How a form's date is shown in its input: `dd/mm/yyyy`, or the text typed when it is not a date.
 *
 * @example
 * dateToInput('2025-03-01') // '01/03/2025'
 */
export function dateToInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}
