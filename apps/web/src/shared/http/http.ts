import { ApiErrorSchema, CSRF_HEADER, type FieldError } from '@cchc/domain';
import type { z } from 'zod';
import { csrfTokenFrom } from './csrf.js';

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
  /** Whether someone is signed in: only then does a refused session mean it has ended. */
  signedIn: () => boolean;
  /** Called when the API refuses the session (expired or revoked). */
  onUnauthorized: () => void;
}

let hooks: HttpHooks = { signedIn: () => false, onUnauthorized: () => undefined };

/** Wires the session into every request; the session store calls it once at start. */
export function configureHttp(next: HttpHooks): void {
  hooks = next;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const UNSAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sends a request and validates the answer with the domain contract the API answers with, so a
 * mismatch shows as a clear error instead of a broken screen. `schema: null` expects no body.
 * The session is the httpOnly cookie the browser sends by itself; a change also carries the
 * session's CSRF token, read afresh from its cookie so every tab follows a renewed session.
 */
export async function requestJson<T extends z.ZodType>(
  method: HttpMethod,
  path: string,
  options: { schema: T; body?: unknown; signal?: AbortSignal },
): Promise<z.infer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = UNSAFE_METHODS.has(method) && typeof document !== 'undefined' ? csrfTokenFrom(document.cookie) : null;
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  const early = method === 'GET' ? takeEarly(path) : null;
  let response: Response;
  try {
    response = await (early
      ? untilAborted(early, options.signal)
      : fetch(path, {
          method,
          headers,
          credentials: 'same-origin',
          body: options.body === undefined ? null : JSON.stringify(options.body),
          signal: options.signal ?? null,
        }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, body);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'UNEXPECTED_RESPONSE', `Unexpected response from ${path}`);
  return parsed.data;
}

/** How long a GET asked for ahead ({@link prefetchGet}) waits to be taken: the page it is for opens within a second or two. */
export const EARLY_GET_KEPT_MS = 30_000;

/** GETs asked for ahead of the code that reads them, by path: each is taken once, by the first request for its path. */
const earlyGets = new Map<string, { response: Promise<Response>; until: number }>();

/**
 * Sends a GET of `path` now, for the first {@link requestJson} GET of the same path (within
 * {@link EARLY_GET_KEPT_MS}) to take instead of asking again: a page's first answer can then be
 * asked for before the page's code, which validates it, has loaded. A GET of the same path
 * already on its way is not sent twice.
 */
export function prefetchGet(path: string): void {
  const now = Date.now();
  const kept = earlyGets.get(path);
  if (kept && kept.until > now) return;
  const response = fetch(path, { method: 'GET', headers: { accept: 'application/json' }, credentials: 'same-origin' });
  // A failure is the taker's to see; one never taken is nobody's.
  response.catch(() => undefined);
  earlyGets.set(path, { response, until: now + EARLY_GET_KEPT_MS });
}

/**
 * Forgets every GET asked for ahead: when a session starts or ends, an answer asked for under the
 * previous one must not reach the next (another person may sign in on the same page).
 */
export function forgetPrefetched(): void {
  earlyGets.clear();
}

/** The answer of a GET of `path` asked for ahead, if one is waiting: taken, it is no longer kept. */
function takeEarly(path: string): Promise<Response> | null {
  const kept = earlyGets.get(path);
  earlyGets.delete(path);
  return kept && kept.until > Date.now() ? kept.response : null;
}

/** `response`, or an AbortError as soon as `signal` aborts (the request itself was sent without it). */
function untilAborted(response: Promise<Response>, signal: AbortSignal | undefined): Promise<Response> {
  if (!signal) return response;
  const aborted = (): DOMException => new DOMException('The request was aborted.', 'AbortError');
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<Response>((resolve, reject) => {
    const onAbort = (): void => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The error of a refused request, after telling the session when the API ended it. */
function refusal(response: Response, body: unknown): ApiRequestError {
  return refusalOf(response.status, body);
}

/**
 * The error of an answer with a failing status and its body (parsed JSON, or null), after
 * telling the session when the API ended it. Shared by every way of sending a request (fetch
 * here, XMLHttpRequest for uploads with progress).
 */
export function refusalOf(status: number, body: unknown): ApiRequestError {
  const parsed = ApiErrorSchema.safeParse(body);
  // A session whose CSRF token went missing cannot write any more: signing in again renews both.
  const sessionRefused = status === 401 || (parsed.success && parsed.data.code === 'CSRF_TOKEN_INVALID');
  if (sessionRefused && hooks.signedIn()) hooks.onUnauthorized();
  return parsed.success
    ? new ApiRequestError(status, parsed.data.code, parsed.data.message, parsed.data.details, parsed.data.currentVersion, parsed.data.retryAfterSeconds)
    : new ApiRequestError(status, 'HTTP_ERROR', `HTTP ${status}`);
}

/** A file the API sends (a report's Word or PDF document) with the name it gives it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * GETs a file; errors are the API's, as for {@link requestJson}. The name comes from the
 * Content-Disposition header (its UTF-8 form when given), else from the path.
 */
export async function requestFile(path: string, signal?: AbortSignal): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'GET', credentials: 'same-origin', signal: signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'NETWORK_ERROR', 'The server could not be reached.');
  }
  if (!response.ok) throw refusal(response, await response.json().catch(() => null));
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) ?? path.split('/').pop() ?? 'document' };
}

/**
 * The file name of a Content-Disposition header: `filename*=UTF-8''…` first, then `filename="…"`.
 *
 * @example
 * fileNameOf(`attachment; filename="BC-SNgV.docx"; filename*=UTF-8''BC-SNgV.docx`) // 'BC-SNgV.docx'
 */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
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
