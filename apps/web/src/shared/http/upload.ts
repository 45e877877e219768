import { CSRF_HEADER } from '@cchc/domain';
import type { z } from 'zod';
import { csrfTokenFrom } from './csrf.js';
import { ApiRequestError, refusalOf } from './http.js';

/** The little of XMLHttpRequest an upload needs, so it can be tested without a browser. */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions<T extends z.ZodType> {
  /** The contract the answer is checked against. */
  schema: T;
  /** The form field the files go in. */
  field: string;
  files: readonly File[];
  /** Called as the bytes go out, with the share sent (0 to 1). */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs files as multipart/form-data and validates the answer with its contract, as
 * `requestJson` does for JSON, reporting how much has been sent (fetch cannot tell an upload's
 * progress; XMLHttpRequest can). The session cookie goes by itself; the CSRF token is read
 * afresh from its cookie. Errors are the API's (`ApiRequestError`), NETWORK_ERROR without an
 * answer, and an AbortError when the signal aborts.
 */
export function uploadFiles<T extends z.ZodType>(
  path: string,
  options: UploadOptions<T>,
  makeRequest: () => UploadRequest = () => new XMLHttpRequest() as unknown as UploadRequest,
): Promise<z.infer<T>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    const request = makeRequest();
    const form = new FormData();
    for (const file of options.files) form.append(options.field, file, file.name);
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    const csrfToken = typeof document !== 'undefined' ? csrfTokenFrom(document.cookie) : null;
    if (csrfToken) request.setRequestHeader(CSRF_HEADER, csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(1, event.loaded / event.total));
    };
    const onAbort = (): void => request.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => options.signal?.removeEventListener('abort', onAbort);
    request.onload = () => {
      done();
      const body = jsonOf(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        reject(refusalOf(request.status, body));
        return;
      }
      options.onProgress?.(1);
      const parsed = options.schema.safeParse(body);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiRequestError(request.status, 'UNEXPECTED_RESPONSE', `Unexpected response from ${path}`));
    };
    request.onerror = () => {
      done();
      reject(new ApiRequestError(0, 'NETWORK_ERROR', 'The server could not be reached.'));
    };
    request.onabort = () => {
      done();
      reject(new DOMException('The upload was aborted.', 'AbortError'));
    };
    request.send(form);
  });
}

/** The JSON of an answer's text, or null when it has none (or is not JSON: a proxy's error page). */
function jsonOf(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}
