import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';

/**
 * Validates a request part against a contract of `@cchc/domain` (the same zod schema the web
 * uses) and hands the parsed value on. Failures become VALIDATION_FAILED with one entry per
 * field, its path prefixed by where it came from (`query.kind`, `body.items.0.symbol`).
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.infer<T> {
    const result = this.schema.safeParse(value ?? (metadata.type === 'param' ? value : {}));
    if (result.success) return result.data;
    const where = metadata.type === 'custom' ? 'value' : metadata.type;
    const details = result.error.issues.map((issue) => ({
      path: [where, ...(metadata.type === 'param' && metadata.data ? [metadata.data] : []), ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    throw new AppError('VALIDATION_FAILED', `The request ${where} is not valid.`, details);
  }
}
