import { ApiErrorSchema } from '@cchc/domain';
import { ERROR_STATUS, type ErrorCode } from '../../../src/common/errors/error-codes.js';
import { jsonBody, type RawResponse } from './raw-http.js';

/** The keys the error contract (the domain's ApiErrorSchema) allows, and no other. */
const ALLOWED_KEYS = new Set(Object.keys(ApiErrorSchema.shape));

/**
 * What is wrong with an error answer, or null when it keeps the contract: JSON of the domain's
 * `ApiErrorSchema` (`{ code, message, details?, currentVersion?, retryAt?, retryAfterSeconds? }`,
 * no other key), a code from the stable list whose status is
 * the one answered, a message a person can read, and `details` as `{ path, message }` items.
 * No 5xx but 501 with its code.
 * A HEAD answer has no body, so only its status is judged.
 */
export function errorContractViolation(method: string, response: RawResponse): string | null {
  // 501 is a stated answer (PDF_UNAVAILABLE where the server has no LibreOffice), judged below as
  // any error is: only a code whose status is 501 passes. Every other 5xx is a fault.
  if (response.status >= 500 && response.status !== 501) return `status ${response.status}`;
  if (response.status < 400 || method.toUpperCase() === 'HEAD') return null;
  if (!String(response.headers['content-type'] ?? '').startsWith('application/json')) {
    return `error answered as ${String(response.headers['content-type'])}: ${response.text.slice(0, 120)}`;
  }
  const body = jsonBody(response);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `error body is not an object: ${response.text.slice(0, 120)}`;
  const record = body as Record<string, unknown>;
  const extra = Object.keys(record).filter((key) => !ALLOWED_KEYS.has(key));
  if (extra.length > 0) return `unexpected keys ${extra.join(', ')} in ${response.text.slice(0, 120)}`;
  const { code, message, details, currentVersion } = record;
  if (typeof code !== 'string' || !(code in ERROR_STATUS)) return `code ${JSON.stringify(code)} is not a stable error code`;
  if (ERROR_STATUS[code as ErrorCode] !== response.status) return `code ${code} answered with status ${response.status}`;
  if (typeof message !== 'string' || message.trim() === '') return `no message with code ${code}`;
  if (details !== undefined) {
    const wellFormed =
      Array.isArray(details) &&
      details.every((item: unknown) => {
        const field = item as Record<string, unknown> | null;
        return typeof field === 'object' && field !== null && typeof field.path === 'string' && typeof field.message === 'string';
      });
    if (!wellFormed) return `details of ${code} are not { path, message } items`;
  }
  if (currentVersion !== undefined && !Number.isInteger(currentVersion)) return `currentVersion ${JSON.stringify(currentVersion)} is not a whole number`;
  const parsed = ApiErrorSchema.safeParse(body);
  if (!parsed.success) return `error body of ${code} does not match the contract: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`;
  if (parsed.data.retryAfterSeconds !== undefined && response.headers['retry-after'] !== String(parsed.data.retryAfterSeconds)) {
    return `${code} says retry after ${parsed.data.retryAfterSeconds} s but its Retry-After header is ${String(response.headers['retry-after'])}`;
  }
  return null;
}
