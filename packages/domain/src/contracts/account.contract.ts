import { z } from 'zod';
import { PasswordSchema, UsernameSchema } from './admin.contract.js';

// A person's own account: the first administrator of a fresh installation, and choosing a new
// password. The new password is typed twice; both checks live here so the web shows, before
// sending, the very messages the API would answer with.

/** `GET /api/setup` (public): whether the installation still has no administrator. */
export const SetupStatusSchema = z.object({ needsAdministrator: z.boolean() });
export type SetupStatusDto = z.infer<typeof SetupStatusSchema>;

const confirmMatches = (body: { password?: string; newPassword?: string; confirmPassword: string }): boolean =>
  body.confirmPassword === (body.newPassword ?? body.password);
const confirmMismatch = { path: ['confirmPassword'], message: 'Does not match the new password' };

/**
 * `POST /api/setup/administrator` (public): creates the first administrator with the one-time
 * setup code printed in the server's log at start, and signs them in. Spaces, dashes and the case
 * of the code do not matter.
 */
export const SetupAdministratorBodySchema = z
  .strictObject({
    setupCode: z
      .string()
      .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
      .pipe(z.string().min(1).max(64)),
    username: UsernameSchema,
    displayName: z.string().trim().min(1).max(200),
    password: PasswordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine(confirmMatches, confirmMismatch);
export type SetupAdministratorBody = z.input<typeof SetupAdministratorBodySchema>;

/**
 * `POST /api/auth/password`: any signed-in user chooses a new password, proving the current one.
 * The answer is a new session (`LoginResponse`); every other session of the user ends.
 */
export const PasswordChangeBodySchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(256),
    newPassword: PasswordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine(confirmMatches, confirmMismatch)
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'Must differ from the current password',
  });
export type PasswordChangeBody = z.input<typeof PasswordChangeBodySchema>;
