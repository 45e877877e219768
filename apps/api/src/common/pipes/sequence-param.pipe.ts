import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe.js';

const SEQUENCE = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, 'A whole number from 1')
  .transform(Number);

/** A path parameter that counts from 1 (a submission's sequence): anything else is a 400 naming it. */
export const sequenceParam = (): ZodValidationPipe<typeof SEQUENCE> => new ZodValidationPipe(SEQUENCE);
