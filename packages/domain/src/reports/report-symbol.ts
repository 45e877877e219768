import { z } from 'zod';

/**
 * The report's own symbol. Its number stays null until the report is registered at submission,
 * which is why the seed reads "Số: /BC-SNgV".
 */
export const ReportSymbolSchema = z.strictObject({
  number: z.string().regex(/^\d+\p{Ll}?$/u).nullable(),
  type: z.string().trim().min(1).default('BC'),
  issuer: z.string().trim().min(1),
  unit: z.string().trim().min(1).optional(),
});
export type ReportSymbol = z.infer<typeof ReportSymbolSchema>;

/**
 * The "Số:" line of the report, with the number left blank until registration.
 *
 * @example
 * formatReportSymbol({ number: null, type: 'BC', issuer: 'SNgV' }) // 'Số: /BC-SNgV'
 * formatReportSymbol({ number: '125', type: 'BC', issuer: 'SNgV' }) // 'Số: 125/BC-SNgV'
 */
export function formatReportSymbol(symbol: ReportSymbol): string {
  return `Số: ${symbol.number ?? ''}${symbolAfterNumber(symbol)}`;
}

/**
 * What follows the number in the report's symbol: the type, the issuer and its unit.
 *
 * @example
 * symbolAfterNumber({ number: null, type: 'BC', issuer: 'UBND', unit: 'VP' }) // '/BC-UBND-VP'
 */
export function symbolAfterNumber(symbol: Omit<ReportSymbol, 'number'>): string {
  return `/${symbol.type}-${symbol.issuer}${symbol.unit ? `-${symbol.unit}` : ''}`;
}
