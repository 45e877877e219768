import { z } from 'zod';
import { DossierFiguresSchema } from '../dossier/dossier-figures.js';
import { IndicatorValueSchema } from '../indicators/indicator.js';
import { OnlineServiceCountSchema } from '../dossier/online-service-levels.js';
import { STANDARD_PERIOD_KINDS } from '../periods/period-kind.js';
import { periodWindow } from '../periods/period-window.js';
import { SECTION_KINDS } from '../programmes/section-kinds.js';
import { DecisionSchema } from '../records/decision.schema.js';
import { DisciplineInspectionSchema } from '../records/discipline-inspection.schema.js';
import { DocumentReferenceSchema } from '../records/document-reference.schema.js';
import { LetterSchema } from '../records/letter.schema.js';
import { NextPeriodTaskSchema } from '../records/next-period-task.schema.js';
import { PlanSchema } from '../records/plan.schema.js';
import { IsoDateSchema, ReformAreaKeySchema, TextSchema } from '../records/shared.schema.js';
import { TrainingSchema } from '../records/training.schema.js';
import { ReportSymbolSchema } from './report-symbol.js';
import { SigningSchema } from './signing.schema.js';

const year = z.number().int().min(2000).max(2100);

/**
 * The period a report covers: a standard kind of a year (with the province's deadline when it
 * differs from the default), or an ad hoc one with explicit dates.
 */
export const ReportPeriodSchema = z
  .union([
    z.strictObject({ year, kind: z.enum(STANDARD_PERIOD_KINDS), deadline: IsoDateSchema.optional() }),
    z.strictObject({ year, kind: z.literal('ADHOC'), from: IsoDateSchema, to: IsoDateSchema, deadline: IsoDateSchema }),
  ])
  .superRefine((period, ctx) => {
    try {
      periodWindow(period);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  });
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

/**
 * One section of a report: an area section names its area, a province section its code
 * (`QNG.DISCIPLINE`); every section has a heading as written and its narrative.
 */
export const ReportSectionSchema = z
  .strictObject({
    kind: z.enum(SECTION_KINDS),
    areaKey: ReformAreaKeySchema.nullable().default(null),
    provinceSection: z.string().trim().min(1).nullable().default(null),
    heading: z.string().default(''),
    narrative: z.string().default(''),
  })
  .superRefine((section, ctx) => {
    if ((section.kind === 'AREA') !== (section.areaKey !== null)) {
      ctx.addIssue({ code: 'custom', path: ['areaKey'], message: 'An area section names its area, and only an area section does' });
    }
    if ((section.kind === 'PROVINCE_SPECIFIC') !== (section.provinceSection !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['provinceSection'],
        message: 'A province-specific section names its province section, and only it does',
      });
    }
  });
export type ReportSection = z.infer<typeof ReportSectionSchema>;

/**
 * A CCHC report as a whole (docs/domain.md §2): its symbol (number null until registration), place and
 * date (null while the day is blank), period, programme (null: the one in force in the period's
 * year), title and preamble, sections, the documents it issued or cites, dossier figures, online
 * services, trainings, inspections, next-period tasks, difficulties and proposals, the indicator
 * values it enters, recipients and signature. Lists default to empty.
 */
export const ReportSchema = z.strictObject({
  agencyCode: TextSchema,
  symbol: ReportSymbolSchema,
  place: TextSchema,
  signedOn: IsoDateSchema.nullable(),
  period: ReportPeriodSchema,
  programme: z.enum(['30c', '76']).nullable().default(null),
  title: TextSchema,
  preamble: z.string().default(''),
  sections: z.array(ReportSectionSchema).default([]),
  documents: z.array(DocumentReferenceSchema).default([]),
  plans: z.array(PlanSchema).default([]),
  decisions: z.array(DecisionSchema).default([]),
  letters: z.array(LetterSchema).default([]),
  dossier: DossierFiguresSchema.nullable().default(null),
  onlineServices: z.array(OnlineServiceCountSchema).default([]),
  trainings: z.array(TrainingSchema).default([]),
  inspections: z.array(DisciplineInspectionSchema).default([]),
  tasks: z.array(NextPeriodTaskSchema).default([]),
  difficulties: z.array(TextSchema).default([]),
  proposals: z.array(TextSchema).default([]),
  /** Values of the indicator set's entered indicators (docs/domain.md §12). */
  indicators: z.array(IndicatorValueSchema).max(500).default([]),
  recipients: z.array(TextSchema).default([]),
  signing: SigningSchema.nullable().default(null),
});
/** A report after parsing (defaults filled in). */
export type Report = z.infer<typeof ReportSchema>;
/** A report as a client may send it (lists and defaults may be left out). */
export type ReportInput = z.input<typeof ReportSchema>;
