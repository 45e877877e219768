import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe.js';

/** A path id that must be a UUID: anything else is a 400 naming the parameter, never a 500. */
export const uuidParam = (): ZodValidationPipe<z.ZodUUID> => new ZodValidationPipe(z.uuid());
