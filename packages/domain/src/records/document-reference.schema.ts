import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './shared.schema.js';
import { symbolTextSchema } from './symbol-text.schema.js';

/**
 * A document a report mentions: one it issued in the period or one it cites (a higher document
 * it implements, its legal basis). An issued document always has its date.
 */
export const DocumentReferenceSchema = z
  .strictObject({
    symbol: symbolTextSchema(),
    date: IsoDateSchema.nullable(),
    relation: z.enum(['ISSUED', 'CITED']),
    title: TextSchema.optional(),
  })
  .refine((doc) => doc.relation !== 'ISSUED' || doc.date !== null, {
    path: ['date'],
    message: 'An issued document has a date',
  });
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;
