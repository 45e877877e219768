import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './shared.schema.js';

export const TRAINING_MODES = ['IN_PERSON', 'ONLINE', 'MIXED'] as const;

/**
 * Training of civil servants (docs/domain.md §7): course, organiser, mode, participants (null when the
 * report does not say how many), and dates in order when given.
 */
export const TrainingSchema = z
  .strictObject({
    course: TextSchema,
    organiser: TextSchema,
    mode: z.enum(TRAINING_MODES),
    participants: z.number().int().min(0).nullable(),
    from: IsoDateSchema.nullable(),
    to: IsoDateSchema.nullable(),
  })
  .refine((t) => t.from === null || t.to === null || t.from <= t.to, { path: ['to'], message: 'A training ends no earlier than it starts' });
export type Training = z.infer<typeof TrainingSchema>;
