import { z } from 'zod';
import type { DossierField } from '../dossier/dossier-figures.js';
import type { OnlineServiceLevel } from '../dossier/online-service-levels.js';
import type { ReformAreaKey, ReformProgrammeCode } from '../programmes/reform-programmes.js';
import type { DecisionPurpose } from '../records/decision.schema.js';
import type { LocalizedText } from '../shared/localized-text.js';

/**
 * What an indicator's value is (docs/domain.md §12): a count (whole, from 0), a percentage (0 to 100),
 * yes or no, an amount (a number from 0, money or another measure named in the indicator) or text.
 */
export const INDICATOR_UNITS = ['count', 'percent', 'yesNo', 'amount', 'text'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** How an indicator's unit reads after its value in a table. */
export const INDICATOR_UNIT_NAMES: Readonly<Record<IndicatorUnit, LocalizedText>> = {
  count: { vi: 'Số lượng', en: 'Count' },
  percent: { vi: '%', en: '%' },
  yesNo: { vi: 'Có/Không', en: 'Yes/No' },
  amount: { vi: 'Giá trị', en: 'Amount' },
  text: { vi: 'Nội dung', en: 'Text' },
};

/**
 * How the agencies' values of an indicator make the province's (docs/domain.md §12): summed; a rate of
 * two other indicators of the set, pooled (the sum of numerators over the sum of denominators, so
 * an agency with 2 dossiers does not weigh as much as one with 2,000); the number of agencies
 * answering yes; or not aggregated at all (a percentage each agency reports of its own, which
 * Home Affairs states for the province itself).
 */
export type IndicatorAggregation =
  | { kind: 'sum' }
  | { kind: 'rate'; numerator: string; denominator: string }
  | { kind: 'countYes' }
  | { kind: 'none' };

/**
 * Dossier figures and their totals, the fields an indicator can read off a report's dossier
 * (`resolvedInTime`: early + on time; `lateOrOverdue`: resolved late + in progress overdue).
 */
export type DossierMeasure = DossierField | 'received' | 'toHandle' | 'resolved' | 'inProgress' | 'resolvedInTime' | 'lateOrOverdue';

/**
 * How a derived indicator reads an agency's report: data, not code, so a set can be kept and
 * versioned as a document. `rate` computes the indicator's own aggregation (numerator ÷
 * denominator × 100) from the agency's values of the two indicators it names.
 */
export type DerivationRule =
  | { of: 'dossier'; measure: DossierMeasure }
  | { of: 'onlineServices'; levels: readonly OnlineServiceLevel[] }
  | { of: 'plans'; areaKey?: ReformAreaKey | null }
  | { of: 'planTasks'; done?: boolean }
  | { of: 'decisions'; purpose?: DecisionPurpose }
  | { of: 'trainings'; measure: 'courses' | 'participants' }
  | { of: 'inspections'; measure: 'held' | 'violations' | 'unitsInspected' }
  | { of: 'rate' };

/**
 * Where an agency's value comes from: derived from what its report already holds, or entered by
 * the agency in the report's section of `areaKey` (null: direction and administration).
 */
export type IndicatorSource = { kind: 'derived'; rule: DerivationRule } | { kind: 'entered'; areaKey: ReformAreaKey | null };

/** One indicator of a set: a row of the province's statistical appendix. */
export interface IndicatorDefinition {
  /** Stable code within its set, `<block>.<name>`; never reused for another meaning. */
  code: string;
  block: string;
  name: LocalizedText;
  unit: IndicatorUnit;
  aggregation: IndicatorAggregation;
  /** Whether the appendix breaks the province's value down by level (province, district, commune). */
  byLevel: boolean;
  source: IndicatorSource;
}

/**
 * A block of the appendix (direction, dossiers, digital government…), and the part of the
 * province's report its figures are written into: the reform area it reports on, or null for
 * direction and administration.
 */
export interface IndicatorBlock {
  key: string;
  name: LocalizedText;
  areaKey: ReformAreaKey | null;
}

/**
 * A versioned set of indicators, in force for the reports of a programme from a day: the appendix
 * Home Affairs compiles and the values agencies enter. A new guidance is a new version, never an
 * edit of one in use.
 */
export interface IndicatorSet {
  code: string;
  version: number;
  programme: ReformProgrammeCode;
  /** First day of the periods it applies to (a period's last day decides). */
  validFrom: string;
  validTo: string | null;
  name: LocalizedText;
  blocks: readonly IndicatorBlock[];
  indicators: readonly IndicatorDefinition[];
}

/**
 * One value of an indicator as an agency enters it, or as an import reads it from a published
 * document (`asPublished`: kept as written even where it disagrees with other figures, docs/domain.md §13).
 * A count or amount is a number, a percentage a number from 0 to 100, yes/no a boolean, text a
 * string; null is "not stated". The note says what the number means when it needs saying.
 */
export const IndicatorValueSchema = z.strictObject({
  code: z.string().trim().min(1).max(80),
  value: z.union([z.number(), z.boolean(), z.string().max(2000)]).nullable(),
  note: z.string().max(2000).default(''),
  asPublished: z.boolean().default(false),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
export type IndicatorValueInput = z.input<typeof IndicatorValueSchema>;

/** A value as the appendix shows it: a number, yes/no, text, or null (not stated or not derivable). */
export type IndicatorScalar = number | boolean | string | null;
