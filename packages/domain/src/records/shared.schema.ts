import { z } from 'zod';

/** A `YYYY-MM-DD` day. */
export const IsoDateSchema = z.iso.date();

/** A reform-area key (see `ReformAreaKey`). */
export const ReformAreaKeySchema = z.enum(['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION']);

/** Non-blank text, trimmed. */
export const TextSchema = z.string().trim().min(1);
