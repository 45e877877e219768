import { ApiErrorSchema, type FieldError } from '@cchc/domain';
import type { z } from 'zod';

/** An error answer of the API (or no answer at all: code NETWORK_ERROR). */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }
}

/**
 * GETs a JSON resource and validates it with the domain contract the API answers with, so a
 * mismatch shows as a clear error instead of a broken screen.
 */
export async function getJson<T extends z.ZodType>(path: string, schema: T, signal?: AbortSignal): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(body);
    throw parsed.success
      ? new ApiRequestError(response.status, parsed.data.code, parsed.data.message, parsed.data.details)
      : new ApiRequestError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'UNEXPECTED_RESPONSE', `Unexpected response from ${path}`);
  return parsed.data;
}
