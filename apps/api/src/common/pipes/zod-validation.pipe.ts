import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { MAX_NESTING_DEPTH, tooDeepPath } from '../validation/nesting-depth.js';
import { unstorableTextPaths } from '../validation/unstorable-text.js';

/**
 * Validates a request part against a contract of `@cchc/domain` (the same zod schema the web
 * uses) and hands the parsed value on. Failures become VALIDATION_FAILED with one entry per
 * field, its path prefixed by where it came from (`query.kind`, `body.items.0.symbol`). Text
 * the database cannot store (a NUL character, a lone surrogate) is refused the same way first,
 * and before that a part nested deeper than any contract (which would overflow the call stack).
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.infer<T> {
    const where = metadata.type === 'custom' ? 'value' : metadata.type;
    const pathOf = (path: readonly PropertyKey[]): string =>
      [where, ...(metadata.type === 'param' && metadata.data ? [metadata.data] : []), ...path.map(String)].join('.');
    const tooDeep = tooDeepPath(value);
    if (tooDeep) {
      throw new AppError('VALIDATION_FAILED', `The request ${where} is not valid.`, [
        { path: pathOf(tooDeep), message: `Nested deeper than ${MAX_NESTING_DEPTH} levels` },
      ]);
    }
    const unstorable = unstorableTextPaths(value);
    if (unstorable.length > 0) {
      const details = unstorable.map((path) => ({ path: pathOf(path), message: 'Text with a NUL character or an incomplete Unicode character cannot be stored' }));
      throw new AppError('VALIDATION_FAILED', `The request ${where} is not valid.`, details);
    }
    const result = this.schema.safeParse(value ?? (metadata.type === 'param' ? value : {}));
    if (result.success) return result.data;
    const details = result.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
    throw new AppError('VALIDATION_FAILED', `The request ${where} is not valid.`, details);
  }
}
