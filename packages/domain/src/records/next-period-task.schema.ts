import { z } from 'zod';
import { IsoDateSchema, ReformAreaKeySchema, TextSchema } from './shared.schema.js';
import { symbolTextSchema } from './symbol-text.schema.js';

/**
 * A task for the next period (the seed's part II), with its area when it belongs to one and the
 * documents it continues (e.g. "tiếp tục thực hiện tốt các Kế hoạch số 565/KH-SNgV …").
 */
export const NextPeriodTaskSchema = z.strictObject({
  description: TextSchema,
  areaKey: ReformAreaKeySchema.nullable(),
  dueBy: IsoDateSchema.nullable(),
  relatedSymbols: z.array(symbolTextSchema()).default([]),
});
export type NextPeriodTask = z.infer<typeof NextPeriodTaskSchema>;
