import { z } from 'zod';
import { IsoDateSchema, ReformAreaKeySchema, TextSchema } from './shared.schema.js';
import { symbolTextSchema } from './symbol-text.schema.js';

export const PLAN_TASK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;

/** A task of a plan, tracked to completion; `completedOn` is set exactly when it is done. */
export const PlanTaskSchema = z
  .strictObject({
    description: TextSchema,
    dueOn: IsoDateSchema.nullable(),
    status: z.enum(PLAN_TASK_STATUSES),
    completedOn: IsoDateSchema.nullable(),
  })
  .refine((task) => (task.status === 'DONE') === (task.completedOn !== null), {
    path: ['completedOn'],
    message: 'A task has a completion day exactly when it is done',
  });
export type PlanTask = z.infer<typeof PlanTaskSchema>;

/**
 * A plan (*kế hoạch*, type KH) issued by the agency (docs/domain.md §7). Invariants: the symbol is a
 * typed KH symbol; a plan is for the year it is issued or the next (565/KH-SNgV of 23/10/2019 is
 * the plan for 2020); a multi-year plan ends no earlier than it starts; no task is completed
 * before the plan was issued.
 */
export const PlanSchema = z
  .strictObject({
    symbol: symbolTextSchema({ forms: ['administrative'], types: ['KH'] }),
    date: IsoDateSchema,
    title: TextSchema,
    areaKey: ReformAreaKeySchema.nullable(),
    year: z.number().int(),
    toYear: z.number().int().optional(),
    tasks: z.array(PlanTaskSchema).default([]),
  })
  .superRefine((plan, ctx) => {
    const issued = Number(plan.date.slice(0, 4));
    if (plan.year < issued || plan.year > issued + 1) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: `A plan issued in ${issued} is for ${issued} or ${issued + 1}` });
    }
    if (plan.toYear !== undefined && plan.toYear < plan.year) {
      ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'A plan ends no earlier than it starts' });
    }
    plan.tasks.forEach((task, index) => {
      if (task.completedOn !== null && task.completedOn < plan.date) {
        ctx.addIssue({ code: 'custom', path: ['tasks', index, 'completedOn'], message: 'A task is not completed before its plan was issued' });
      }
    });
  });
export type Plan = z.infer<typeof PlanSchema>;
