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

const DATABASE_KINDS = ['embedded', 'postgres'] as const;

/** One dependency as the health check found it: `reason` says what failed when it is down. */
export const DependencyCheckSchema = z.object({
  status: z.enum(['up', 'down']),
  kind: z.enum(DATABASE_KINDS),
  /** How long the check took, in whole milliseconds. */
  latencyMs: z.number().int().min(0),
  reason: z.string().optional(),
});
export type DependencyCheckDto = z.infer<typeof DependencyCheckSchema>;

/**
 * `GET /api/health`: 200 with `status: 'ok'` when every dependency is up, 503 with
 * `status: 'unavailable'` when one is down (`checks` says which). The server version and the
 * applied migrations are read from the database, so they are absent while it is down.
 */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({ database: DependencyCheckSchema }),
  database: z.object({
    kind: z.enum(DATABASE_KINDS),
    version: z.string().optional(),
  }),
  migrations: z.array(z.string()).optional(),
});
export type HealthDto = z.infer<typeof HealthSchema>;

/**
 * `GET /api/reference-data`: the agencies (with their successions), the reform areas of both
 * programmes and the reporting periods in one answer, what every screen labels its data with; the
 * web app loads it once at start instead of three lists.
 */
export const ReferenceDataSchema = z.object({
  agencies: z.array(AgencySchema),
  areas: z.array(ReformAreaSchema),
  periods: z.array(ReportingPeriodSchema),
});
export type ReferenceDataDto = z.infer<typeof ReferenceDataSchema>;
