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
    readonly currentVersion?: number,
    /** When refused for a while (429): seconds until a new attempt can succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The API's error code of a failed request, or `UNKNOWN` for any other failure. */
export const errorCodeOf = (error: unknown): string => (error instanceof ApiRequestError ? error.code : 'UNKNOWN');

interface HttpHooks {
  /** The bearer token of the signed-in user, if any. */
  token: () => string | null;
  /** Called when the API refuses a token (expired or revoked session). */
  onUnauthorized: () => void;
}

let hooks: HttpHooks = { token: () => null, onUnauthorized: () => undefined };

/** Wires the session into every request; the session store calls it once at start. */
export function configureHttp(next: HttpHooks): void {
  hooks = next;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a request and validates the answer with the domain contract the API answers with, so a
 * mismatch shows as a clear error instead of a broken screen. `schema: null` expects no body.
 */
export async function requestJson<T extends z.ZodType>(
  method: HttpMethod,
  path: string,
  options: { schema: T; body?: unknown; signal?: AbortSignal },
): Promise<z.infer<T>> {
  const token = hooks.token();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && token) hooks.onUnauthorized();
    const parsed = ApiErrorSchema.safeParse(body);
    throw parsed.success
      ? new ApiRequestError(response.status, parsed.data.code, parsed.data.message, parsed.data.details, parsed.data.currentVersion, parsed.data.retryAfterSeconds)
      : new ApiRequestError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  }
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'UNEXPECTED_RESPONSE', `Unexpected response from ${path}`);
  return parsed.data;
}

/** GETs a JSON resource (see {@link requestJson}). */
export function getJson<T extends z.ZodType>(path: string, schema: T, signal?: AbortSignal): Promise<z.infer<T>> {
  return requestJson('GET', path, { schema, signal });
}

/** A query string from the defined values only: `?year=2020&kind=M9`. */
export function queryString(params: Record<string, string | number | boolean | null | undefined | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
