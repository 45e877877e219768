import { z } from 'zod';
import { TextSchema } from '../records/shared.schema.js';

/**
 * Authority prefixes of a signature block (Decree 30/2020/NĐ-CP): TM. on behalf of a collective,
 * KT. a deputy signing for the head, Q. acting, TL. by order, TUQ. by authorisation.
 */
export const SIGNING_MODES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
export type SigningMode = (typeof SIGNING_MODES)[number];

/**
 * The signature block: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn Thành" is mode `KT.`, on behalf
 * of `GIÁM ĐỐC`, title `PHÓ GIÁM ĐỐC`. A head signing in person has no mode and no on-behalf-of;
 * any prefix needs the authority it signs for.
 */
export const SigningSchema = z
  .strictObject({
    mode: z.enum(SIGNING_MODES).nullable(),
    onBehalfOf: TextSchema.nullable(),
    title: TextSchema,
    name: TextSchema,
  })
  .refine((s) => (s.mode === null) === (s.onBehalfOf === null), {
    path: ['onBehalfOf'],
    message: 'A signing prefix (KT., TM., Q., TL., TUQ.) goes with the authority signed for, and only then',
  });
export type Signing = z.infer<typeof SigningSchema>;
