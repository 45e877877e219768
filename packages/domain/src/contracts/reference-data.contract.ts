import { z } from 'zod';
import { AGENCY_KINDS } from '../agencies/agency-kind.js';
import { PERIOD_KINDS } from '../periods/period-kind.js';

const isoDate = z.iso.date();
const localizedText = z.object({ vi: z.string(), en: z.string() });
const year = z.coerce.number().int().min(2000).max(2100);

export const AgencySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: localizedText,
  kind: z.enum(AGENCY_KINDS),
  parentId: z.uuid().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});
export type AgencyDto = z.infer<typeof AgencySchema>;

/** `GET /api/agencies` filters: by kind, and the agencies in existence on a day. */
export const AgencyListQuerySchema = z.strictObject({
  kind: z.enum(AGENCY_KINDS).optional(),
  activeOn: isoDate.optional(),
});
export type AgencyListQuery = z.infer<typeof AgencyListQuerySchema>;

export const ReformAreaSchema = z.object({
  id: z.string(),
  programme: z.enum(['30c', '76']),
  ordinal: z.number().int(),
  key: z.string(),
  name: localizedText,
});
export type ReformAreaDto = z.infer<typeof ReformAreaSchema>;

export const ReformProgrammeSchema = z.object({
  code: z.enum(['30c', '76']),
  resolution: z.object({ symbol: z.string(), date: isoDate }),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  name: localizedText,
  areas: z.array(ReformAreaSchema),
});
export type ReformProgrammeDto = z.infer<typeof ReformProgrammeSchema>;

/** `GET /api/reform-areas` filters: one programme, or the programme in force in a year. */
export const ReformAreaListQuerySchema = z.strictObject({
  programme: z.enum(['30c', '76']).optional(),
  year: year.optional(),
});
export type ReformAreaListQuery = z.infer<typeof ReformAreaListQuerySchema>;

export const ReportingPeriodSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  kind: z.enum(PERIOD_KINDS),
  label: localizedText,
  windowFrom: isoDate,
  windowTo: isoDate,
  deadline: isoDate,
  /** Days after the deadline a submission still counts as late rather than after grace. */
  graceDays: z.number().int().min(0),
});
export type ReportingPeriodDto = z.infer<typeof ReportingPeriodSchema>;

/** `GET /api/periods` filters. */
export const PeriodListQuerySchema = z.strictObject({
  year: year.optional(),
  kind: z.enum(PERIOD_KINDS).optional(),
});
export type PeriodListQuery = z.infer<typeof PeriodListQuerySchema>;

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({
    kind: z.enum(['embedded', 'postgres']),
    version: z.string(),
  }),
  migrations: z.array(z.string()),
});
export type HealthDto = z.infer<typeof HealthSchema>;
