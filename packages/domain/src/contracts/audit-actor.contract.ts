import { z } from 'zod';
import { USER_ROLES } from './auth.contract.js';

/**
 * Who made a change, as both audit logs name them: the account, the person's display name, the
 * role and the agency they act for (null for Home Affairs reviewers and administrators). They are
 * the account's current values, read with the log.
 */
export const auditActorFields = {
  actorId: z.uuid(),
  actorUsername: z.string(),
  actorDisplayName: z.string(),
  actorRole: z.enum(USER_ROLES),
  actorAgency: z.strictObject({ id: z.uuid(), code: z.string(), name: z.object({ vi: z.string(), en: z.string() }) }).nullable(),
};
