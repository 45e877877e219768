import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './shared.schema.js';
import { symbolTextSchema } from './symbol-text.schema.js';

/** Why a decision was issued (docs/domain.md §7). */
export const DECISION_PURPOSES = ['SET_UP_TEAM', 'PROMULGATE_RULE', 'APPROVE_PLAN', 'OTHER'] as const;

/**
 * A decision (*quyết định*, type QĐ) issued by the agency: 23/QĐ-SNgV set up an inspection team,
 * 20/QĐ-SngV promulgated the office-culture rules.
 */
export const DecisionSchema = z.strictObject({
  symbol: symbolTextSchema({ forms: ['administrative', 'normative'], types: ['QĐ'] }),
  date: IsoDateSchema,
  purpose: z.enum(DECISION_PURPOSES),
  summary: TextSchema,
});
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionPurpose = (typeof DECISION_PURPOSES)[number];
