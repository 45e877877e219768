import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './shared.schema.js';
import { symbolTextSchema } from './symbol-text.schema.js';

/**
 * An internal discipline inspection (Quảng Ngãi QĐ 20/2013/QĐ-UBND; docs/domain.md §7): the decision
 * that set up the team, the inspection plan, when it was held (null while only planned), scope,
 * units or people inspected, findings, violations and how they were handled. Violations need a
 * handling; a held inspection names what it inspected.
 */
export const DisciplineInspectionSchema = z
  .strictObject({
    teamDecision: symbolTextSchema({ types: ['QĐ'] }).nullable(),
    plan: symbolTextSchema({ types: ['KH'] }).nullable(),
    heldOn: IsoDateSchema.nullable(),
    scope: TextSchema,
    inspected: z.array(TextSchema).default([]),
    findings: z.string().default(''),
    violations: z.number().int().min(0),
    handling: z.string().nullable(),
  })
  .superRefine((inspection, ctx) => {
    if (inspection.violations > 0 && !inspection.handling?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['handling'], message: 'Violations found need their handling' });
    }
    if (inspection.heldOn === null && inspection.violations > 0) {
      ctx.addIssue({ code: 'custom', path: ['violations'], message: 'An inspection not yet held has no violations' });
    }
    if (inspection.heldOn !== null && inspection.inspected.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['inspected'], message: 'A held inspection names the units or people inspected' });
    }
  });
export type DisciplineInspection = z.infer<typeof DisciplineInspectionSchema>;
