import { DOSSIER_FIELDS, type DossierFigures } from '../dossier/dossier-figures.js';
import type { ReformAreaKey } from '../programmes/reform-programmes.js';
import type { DisciplineInspection } from '../records/discipline-inspection.schema.js';
import type { Plan } from '../records/plan.schema.js';
import type { Training } from '../records/training.schema.js';
import type { ReportSection } from '../reports/report.schema.js';
import type { DossierCounts } from './sum-dossier-figures.js';

/** Where a plan without a reform area counts: the bucket the dashboard calls UNASSIGNED. */
export const NO_AREA = 'UNASSIGNED';

/** The parts of a report's content its figures are counted from. */
export interface ReportFigureSource {
  dossier: DossierFigures | null;
  sections: readonly Pick<ReportSection, 'kind' | 'areaKey' | 'narrative'>[];
  plans: readonly Pick<Plan, 'areaKey'>[];
  decisions: readonly unknown[];
  trainings: readonly Pick<Training, 'participants'>[];
  inspections: readonly Pick<DisciplineInspection, 'heldOn' | 'violations'>[];
}

/**
 * What the comparisons across agencies count of one report, as plain numbers: the dossier figures
 * (without stated totals, which are what the report printed, not data), how many plans per reform
 * area, decisions, trainings and their participants, discipline inspections held and planned with
 * their violations, and the reform areas it covers with narrative. Stored beside each report so the
 * database can sum them (docs/domain.md §13); the rates, ranks and changes of those sums stay the
 * domain's (dossierRates, rankAgencies, periodChange).
 */
export interface ReportFigures {
  dossier: DossierCounts | null;
  plans: number;
  /** Plans per reform area key, those naming none under NO_AREA; areas without a plan left out. */
  plansByArea: Readonly<Record<string, number>>;
  decisions: number;
  trainings: number;
  /** Participants of the trainings; a training whose number is not known adds none. */
  trainingParticipants: number;
  inspectionsHeld: number;
  inspectionsPlanned: number;
  inspectionViolations: number;
  /** Reform areas with a section of non-empty narrative, in the order they first appear. */
  coveredAreas: ReformAreaKey[];
}

/**
 * The reform areas a report's sections cover with narrative: an area section left empty does not
 * cover its area (docs/domain.md §5).
 *
 * @example
 * coveredAreaKeys([{ kind: 'AREA', areaKey: 'PROCEDURES', narrative: 'Đã rà soát...' }, { kind: 'AREA', areaKey: 'APPARATUS', narrative: ' ' }]) // ['PROCEDURES']
 */
export function coveredAreaKeys(sections: ReportFigureSource['sections']): ReformAreaKey[] {
  const keys: ReformAreaKey[] = [];
  for (const section of sections) {
    if (section.kind !== 'AREA' || section.areaKey === null || section.narrative.trim() === '') continue;
    if (!keys.includes(section.areaKey)) keys.push(section.areaKey);
  }
  return keys;
}

/**
 * The figures of one report's content.
 *
 * @example
 * reportFigures({ dossier: null, sections: [], plans: [{ areaKey: 'PROCEDURES' }, { areaKey: null }], decisions: [], trainings: [{ participants: 12 }, { participants: null }], inspections: [] })
 * // { dossier: null, plans: 2, plansByArea: { PROCEDURES: 1, UNASSIGNED: 1 }, decisions: 0, trainings: 2, trainingParticipants: 12, inspectionsHeld: 0, inspectionsPlanned: 0, inspectionViolations: 0, coveredAreas: [] }
 */
export function reportFigures(content: ReportFigureSource): ReportFigures {
  const plansByArea: Record<string, number> = {};
  for (const plan of content.plans) {
    const key = plan.areaKey ?? NO_AREA;
    plansByArea[key] = (plansByArea[key] ?? 0) + 1;
  }
  const held = content.inspections.filter((inspection) => inspection.heldOn !== null).length;
  return {
    dossier: content.dossier ? dossierCounts(content.dossier) : null,
    plans: content.plans.length,
    plansByArea,
    decisions: content.decisions.length,
    trainings: content.trainings.length,
    trainingParticipants: content.trainings.reduce((sum, training) => sum + (training.participants ?? 0), 0),
    inspectionsHeld: held,
    inspectionsPlanned: content.inspections.length - held,
    inspectionViolations: content.inspections.reduce((sum, inspection) => sum + inspection.violations, 0),
    coveredAreas: coveredAreaKeys(content.sections),
  };
}

function dossierCounts(figures: DossierFigures): DossierCounts {
  return Object.fromEntries(DOSSIER_FIELDS.map((field) => [field, figures[field]])) as DossierCounts;
}
