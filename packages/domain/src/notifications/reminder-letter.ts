/** Home Affairs' abbreviation and its unit for administrative reform in a letter's symbol (docs/domain.md §16). */
export const REMINDER_LETTER_ISSUER = 'SNV';
export const REMINDER_LETTER_UNIT = 'CCHC';

/**
 * The symbol of a reminder letter with the number from Home Affairs' register: an official
 * letter's symbol has no type, only the issuer and the drafting unit (docs/domain.md §5).
 *
 * @example
 * reminderLetterSymbol('152') // '152/SNV-CCHC'
 * reminderLetterSymbol('') // '/SNV-CCHC' (what follows the number, as a form shows it)
 */
export function reminderLetterSymbol(number: string): string {
  return `${number}/${REMINDER_LETTER_ISSUER}-${REMINDER_LETTER_UNIT}`;
}
