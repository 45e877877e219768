import { z } from 'zod';

/**
 * The administrative-procedure (TTHC) dossier figures of one agency and period (docs/domain.md §6):
 * carried over from the previous period; newly received by channel; resolved early, on time or
 * late; still in progress within or past the time limit; returned or withdrawn.
 */
export const DOSSIER_FIELDS = [
  'carriedOver',
  'receivedOnline',
  'receivedInPerson',
  'receivedPostal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingWithinTime',
  'pendingOverdue',
  'returned',
] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

const count = z.number().int().min(0);

/**
 * Totals the report states in words ("tiếp nhận 14 hồ sơ"), kept to be checked against the sum of
 * their parts.
 */
export const StatedDossierTotalsSchema = z.strictObject({
  received: count.optional(),
  toHandle: count.optional(),
  resolved: count.optional(),
  inProgress: count.optional(),
});
export type StatedDossierTotals = z.infer<typeof StatedDossierTotalsSchema>;

/** The ten figures, each a whole number from 0, and optional stated totals. */
export const DossierFiguresSchema = z.strictObject({
  carriedOver: count,
  receivedOnline: count,
  receivedInPerson: count,
  receivedPostal: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedLate: count,
  pendingWithinTime: count,
  pendingOverdue: count,
  returned: count,
  stated: StatedDossierTotalsSchema.optional(),
});
export type DossierFigures = z.infer<typeof DossierFiguresSchema>;
