import { z } from 'zod';
import { FINDING_CODES, type FindingCode } from '../findings/finding.js';

const codes = Object.values(FINDING_CODES) as [FindingCode, ...FindingCode[]];

/** A finding as the API returns it (the shape of `Finding`). */
export const FindingSchema = z.strictObject({
  code: z.enum(codes),
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  message: z.strictObject({ vi: z.string(), en: z.string() }),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))])).optional(),
});
export type FindingDto = z.infer<typeof FindingSchema>;

/** The result of validating a report: its findings and whether they block submission. */
export const ValidationResultSchema = z.strictObject({
  findings: z.array(FindingSchema),
  /** True when at least one finding is an error. */
  blocking: z.boolean(),
});
export type ValidationResultDto = z.infer<typeof ValidationResultSchema>;
