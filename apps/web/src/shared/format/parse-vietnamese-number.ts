import { formatDecimal, formatNumber } from './format-number.js';

/** What a typed number reads as: nothing typed, a number, or text that is not one (kept as typed). */
export type NumberReading = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'unreadable'; text: string };

export interface NumberOptions {
  /** Whether a decimal part (after a comma) is allowed; counts are whole numbers. */
  decimals?: boolean;
}

// A dot separates thousands (groups of exactly three digits), a comma starts the decimals, as
// Vietnamese documents write them. "1.24" or "1,245" read one way in English and another in
// Vietnamese, so they are refused rather than guessed.
const WHOLE = /^(\d+|\d{1,3}(?:\.\d{3})+)$/;
const DECIMAL = /^(\d+|\d{1,3}(?:\.\d{3})+)(,\d+)?$/;

/**
 * Reads a number typed the Vietnamese way: `1.245` and `1245` are both 1245, `98,5` is 98.5 when
 * decimals are allowed. Spaces around it are ignored; anything else is `unreadable`, with the
 * text as typed so the form can show it.
 *
 * @example
 * parseVietnameseNumber('12.000') // { kind: 'number', value: 12000 }
 * parseVietnameseNumber('98,5', { decimals: true }) // { kind: 'number', value: 98.5 }
 * parseVietnameseNumber('1.2x5') // { kind: 'unreadable', text: '1.2x5' }
 */
export function parseVietnameseNumber(text: string, options: NumberOptions = {}): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  const match = (options.decimals ? DECIMAL : WHOLE).exec(trimmed);
  if (!match) return { kind: 'unreadable', text };
  const whole = (match[1] ?? '').replaceAll('.', '');
  const fraction = match[2] ? `.${match[2].slice(1)}` : '';
  return { kind: 'number', value: Number(whole + fraction) };
}

/**
 * How a number is shown in its input: with the Vietnamese separators (`1.245`, `98,5`), or
 * without grouping for numbers that are not amounts, such as a year.
 *
 * @example
 * formatNumberInput(1245) // '1.245'
 * formatNumberInput(2021, { grouping: false }) // '2021'
 */
export function formatNumberInput(value: number, options: NumberOptions & { grouping?: boolean } = {}): string {
  if (options.grouping === false) return String(value).replace('.', ',');
  return Number.isInteger(value) ? formatNumber(value) : formatDecimal(value, 6);
}
