import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './shared.schema.js';
import { symbolTextSchema } from './symbol-text.schema.js';

/** An official letter (*công văn*, symbol without type: 323/SNgV-VP) sent by the agency. */
export const LetterSchema = z.strictObject({
  symbol: symbolTextSchema({ forms: ['letter'] }),
  date: IsoDateSchema,
  recipients: z.array(TextSchema).default([]),
  summary: TextSchema,
});
export type Letter = z.infer<typeof LetterSchema>;
