import { z } from 'zod';

/** One field a request got wrong: its path in the body or query, and what is wrong with it. */
export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/**
 * Every error the API answers with. `code` is stable (clients branch on it), `message` is for a
 * person, `details` lists the offending fields of a malformed request.
 */
export const ApiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(FieldErrorSchema).optional(),
  /** On a stale write (409 VERSION_CONFLICT): the version stored now, to reload from. */
  currentVersion: z.number().int().optional(),
  /** When refused for a while (429 TOO_MANY_SIGN_IN_ATTEMPTS): from when to try again, as an ISO time. */
  retryAt: z.string().optional(),
  /** The same as seconds from now, as in the Retry-After header. */
  retryAfterSeconds: z.number().int().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;
