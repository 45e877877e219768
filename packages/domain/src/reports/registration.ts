import { z } from 'zod';
import { periodWindow } from '../periods/period-window.js';
import { IsoDateSchema } from '../records/shared.schema.js';
import type { Report } from './report.schema.js';
import { ReportSymbolSchema } from './report-symbol.js';

/**
 * A report's registration in its agency's register of outgoing documents (docs/domain.md §11):
 * the number (restarting every 1 January, "41" or "41a") and the date of issue. The system
 * records what the agency gives and never makes either up.
 */
export const RegistrationSchema = z.strictObject({
  number: ReportSymbolSchema.shape.number.unwrap(),
  issuedOn: IsoDateSchema,
});
export type Registration = z.infer<typeof RegistrationSchema>;

/** The registration a report's content carries: its number and date of issue, when it has both. */
export function registrationOf(content: Pick<Report, 'symbol' | 'signedOn'>): Registration | null {
  return content.symbol.number !== null && content.signedOn !== null ? { number: content.symbol.number, issuedOn: content.signedOn } : null;
}

/** The content with the registration written into its symbol and date of issue. */
export function applyRegistration<T extends Pick<Report, 'symbol' | 'signedOn'>>(content: T, registration: Registration): T {
  return { ...content, symbol: { ...content.symbol, number: registration.number }, signedOn: registration.issuedOn };
}

/** Why a registration cannot be right, on its own field. */
export interface RegistrationProblem {
  path: 'issuedOn';
  message: string;
}

/**
 * A date of issue must fall between the first day of the period's data and today (Vietnam time):
 * a report is not issued before what it reports on starts, nor in the future.
 *
 * @example
 * checkRegistration({ number: '41', issuedOn: '2021-03-12' }, { period: { year: 2021, kind: 'Q1' }, today: '2021-03-15' }) // []
 */
export function checkRegistration(registration: Registration, context: { period: Report['period']; today: string }): RegistrationProblem[] {
  const { from } = periodWindow(context.period);
  if (registration.issuedOn < from) {
    return [{ path: 'issuedOn', message: `The date of issue is before the period's first day (${from}).` }];
  }
  if (registration.issuedOn > context.today) {
    return [{ path: 'issuedOn', message: `The date of issue is after today (${context.today}).` }];
  }
  return [];
}
