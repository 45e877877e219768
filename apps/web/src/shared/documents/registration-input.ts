import { RegistrationSchema, type Registration } from '@cchc/domain';

/** What is wrong with a typed registration, per field, as keys of `documents.registration.*`. */
export type RegistrationProblem = 'both' | 'number' | 'date';

export interface RegistrationInput {
  /** The registration to send; null when both fields are empty (not registered yet). */
  value: Registration | null;
  problems: Partial<Record<'number' | 'issuedOn', RegistrationProblem>>;
}

/**
 * The number and date of issue as typed from the agency's register (docs/domain.md §11): both, or
 * neither; a number as registers write it ("41", "41a", never the whole symbol); a real day. The
 * date comes from `DateInput` (`YYYY-MM-DD`, or the text when it is not a day).
 *
 * @example
 * registrationInput(' 41 ', '2021-03-12') // { value: { number: '41', issuedOn: '2021-03-12' }, problems: {} }
 * registrationInput('41', '') // { value: null, problems: { issuedOn: 'both' } }
 */
export function registrationInput(number: string, issuedOn: string): RegistrationInput {
  const typed = { number: number.trim(), issuedOn: issuedOn.trim() };
  if (typed.number === '' && typed.issuedOn === '') return { value: null, problems: {} };
  if (typed.number === '') return { value: null, problems: { number: 'both' } };
  if (typed.issuedOn === '') return { value: null, problems: { issuedOn: 'both' } };
  const parsed = RegistrationSchema.safeParse(typed);
  if (parsed.success) return { value: parsed.data, problems: {} };
  const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  return {
    value: null,
    problems: { ...(fields.has('number') ? { number: 'number' as const } : {}), ...(fields.has('issuedOn') ? { issuedOn: 'date' as const } : {}) },
  };
}
