import { dossierTotals } from '../dossier/dossier-totals.js';
import { onlineServiceRegime, ONLINE_SERVICE_REGIME_LEVELS } from '../dossier/online-service-levels.js';
import { periodWindow } from '../periods/period-window.js';
import type { Report } from '../reports/report.schema.js';
import type { DerivationRule, DossierMeasure, IndicatorDefinition, IndicatorScalar, IndicatorSet } from './indicator.js';

/** An agency's value of one indicator, with where it came from in its report. */
export interface AgencyIndicatorValue {
  code: string;
  value: IndicatorScalar;
  /** Derived from the report's records, entered by the agency, or neither (not stated). */
  origin: 'derived' | 'entered' | 'missing';
  /** Paths in the report the value was read from, e.g. `dossier.resolvedEarly`, `plans[0].tasks[2]`. */
  sources: string[];
  note: string;
  asPublished: boolean;
}

interface Read {
  value: number | null;
  sources: string[];
}

function dossierMeasure(report: Report, measure: DossierMeasure): Read {
  const dossier = report.dossier;
  if (dossier === null) return { value: null, sources: [] };
  const totals = dossierTotals(dossier);
  const parts: Record<DossierMeasure, readonly (keyof typeof dossier)[]> = {
    carriedOver: ['carriedOver'],
    receivedOnline: ['receivedOnline'],
    receivedInPerson: ['receivedInPerson'],
    receivedPostal: ['receivedPostal'],
    resolvedEarly: ['resolvedEarly'],
    resolvedOnTime: ['resolvedOnTime'],
    resolvedLate: ['resolvedLate'],
    pendingWithinTime: ['pendingWithinTime'],
    pendingOverdue: ['pendingOverdue'],
    returned: ['returned'],
    received: ['receivedOnline', 'receivedInPerson', 'receivedPostal'],
    toHandle: ['carriedOver', 'receivedOnline', 'receivedInPerson', 'receivedPostal'],
    resolved: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
    inProgress: ['pendingWithinTime', 'pendingOverdue'],
    resolvedInTime: ['resolvedEarly', 'resolvedOnTime'],
    lateOrOverdue: ['resolvedLate', 'pendingOverdue'],
  };
  const fields = parts[measure];
  const value = measure in totals ? totals[measure as keyof typeof totals] : fields.reduce((sum, field) => sum + Number(dossier[field]), 0);
  return { value, sources: fields.map((field) => `dossier.${String(field)}`) };
}

function read(report: Report, rule: Exclude<DerivationRule, { of: 'rate' }>): Read {
  switch (rule.of) {
    case 'dossier':
      return dossierMeasure(report, rule.measure);
    case 'onlineServices': {
      // Levels of another regime than the period's are not "0": they were not asked (docs/domain.md §6).
      const regime = onlineServiceRegime(periodWindow(report.period).to);
      const asked = rule.levels.some((level) => ONLINE_SERVICE_REGIME_LEVELS[regime].includes(level));
      const matching = report.onlineServices.map((entry, index) => ({ entry, index })).filter(({ entry }) => rule.levels.includes(entry.level));
      if (matching.length === 0 && (!asked || report.onlineServices.length === 0)) return { value: null, sources: [] };
      return { value: matching.reduce((sum, { entry }) => sum + entry.count, 0), sources: matching.map(({ index }) => `onlineServices[${index}]`) };
    }
    case 'plans': {
      const chosen = report.plans.map((plan, index) => ({ plan, index })).filter(({ plan }) => rule.areaKey === undefined || plan.areaKey === rule.areaKey);
      return { value: chosen.length, sources: chosen.map(({ index }) => `plans[${index}]`) };
    }
    case 'planTasks': {
      const sources = report.plans.flatMap((plan, p) =>
        plan.tasks.flatMap((task, t) => (rule.done === undefined || (task.status === 'DONE') === rule.done ? [`plans[${p}].tasks[${t}]`] : [])),
      );
      return { value: sources.length, sources };
    }
    case 'decisions': {
      const sources = report.decisions.flatMap((decision, index) => (rule.purpose === undefined || decision.purpose === rule.purpose ? [`decisions[${index}]`] : []));
      return { value: sources.length, sources };
    }
    case 'trainings': {
      if (rule.measure === 'courses') return { value: report.trainings.length, sources: report.trainings.map((_, index) => `trainings[${index}]`) };
      // A course whose participants were not stated makes the total unknown, not smaller.
      if (report.trainings.some((training) => training.participants === null)) return { value: null, sources: [] };
      return {
        value: report.trainings.reduce((sum, training) => sum + (training.participants ?? 0), 0),
        sources: report.trainings.map((_, index) => `trainings[${index}].participants`),
      };
    }
    case 'inspections': {
      const held = report.inspections.map((inspection, index) => ({ inspection, index })).filter(({ inspection }) => inspection.heldOn !== null);
      if (rule.measure === 'held') return { value: held.length, sources: held.map(({ index }) => `inspections[${index}]`) };
      if (rule.measure === 'violations') {
        return { value: held.reduce((sum, { inspection }) => sum + inspection.violations, 0), sources: held.map(({ index }) => `inspections[${index}].violations`) };
      }
      return {
        value: held.reduce((sum, { inspection }) => sum + inspection.inspected.length, 0),
        sources: held.map(({ index }) => `inspections[${index}].inspected`),
      };
    }
  }
}

/** Numerator ÷ denominator × 100, or null when either is unknown or the denominator is 0. */
export function ratePercent(numerator: IndicatorScalar, denominator: IndicatorScalar): number | null {
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

/**
 * An agency's value of every indicator of a set, from its report: derived indicators read off the
 * report's records (a rate from the agency's own numerator and denominator), entered ones taken
 * from `report.indicators`. A value the report does not give is null with origin `missing`
 * (dossier figures not stated are unknown, not zero; an empty list of plans is zero plans).
 *
 * @example
 * const values = deriveIndicatorValues(report, INDICATOR_SET_76_V1);
 * values.find((v) => v.code === 'DOSSIERS.ON_TIME_RATE')
 * // { code: 'DOSSIERS.ON_TIME_RATE', value: 85.7…, origin: 'derived', sources: ['dossier.resolvedEarly', …], … }
 */
export function deriveIndicatorValues(report: Report, set: IndicatorSet): AgencyIndicatorValue[] {
  const entered = new Map(report.indicators.map((value, index) => [value.code, { value, index }]));
  const values = new Map<string, AgencyIndicatorValue>();
  const valueOf = (definition: IndicatorDefinition): AgencyIndicatorValue => {
    const known = values.get(definition.code);
    if (known) return known;
    let result: AgencyIndicatorValue;
    if (definition.source.kind === 'entered') {
      const found = entered.get(definition.code);
      result =
        found === undefined || found.value.value === null
          ? { code: definition.code, value: null, origin: 'missing', sources: [], note: found?.value.note ?? '', asPublished: false }
          : {
              code: definition.code,
              value: found.value.value,
              origin: 'entered',
              sources: [`indicators[${found.index}]`],
              note: found.value.note,
              asPublished: found.value.asPublished,
            };
    } else if (definition.source.rule.of === 'rate') {
      const aggregation = definition.aggregation;
      if (aggregation.kind !== 'rate') throw new Error(`${definition.code}: a derived rate needs a rate aggregation`);
      const parts = [aggregation.numerator, aggregation.denominator].map((code) => {
        const part = set.indicators.find((candidate) => candidate.code === code);
        if (!part) throw new Error(`${definition.code}: ${code} is not in the set`);
        return valueOf(part);
      });
      const value = ratePercent(parts[0]?.value ?? null, parts[1]?.value ?? null);
      result = {
        code: definition.code,
        value,
        origin: value === null ? 'missing' : 'derived',
        sources: [...new Set(parts.flatMap((part) => part.sources))],
        note: '',
        asPublished: false,
      };
    } else {
      const { value, sources } = read(report, definition.source.rule);
      result = { code: definition.code, value, origin: value === null ? 'missing' : 'derived', sources, note: '', asPublished: false };
    }
    values.set(definition.code, result);
    return result;
  };
  return set.indicators.map(valueOf);
}
