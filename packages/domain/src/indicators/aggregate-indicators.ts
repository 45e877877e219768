import type { AgencyLevel } from '../agencies/agency-level.js';
import { AGENCY_LEVELS } from '../agencies/agency-level.js';
import type { AgencyIndicatorValue } from './derive-indicator-values.js';
import { ratePercent } from './derive-indicator-values.js';
import type { IndicatorDefinition, IndicatorScalar, IndicatorSet } from './indicator.js';

/** One agency's indicator values, from one report. */
export interface AgencyIndicatorRow {
  agencyId: string;
  level: AgencyLevel;
  /** The report the values come from. */
  reportId: string;
  values: readonly AgencyIndicatorValue[];
}

/** What one agency put into an aggregate: its value, and for a rate the two parts. */
export interface IndicatorContribution {
  agencyId: string;
  reportId: string;
  value: IndicatorScalar;
  /** Paths in the agency's report the value was read from. */
  sources: string[];
  numerator?: number;
  denominator?: number;
}

/** An aggregate over some agencies, with its provenance. */
export interface IndicatorTotal {
  value: IndicatorScalar;
  /** The agencies whose values went in, each with its report and value. */
  contributions: IndicatorContribution[];
  /** The agencies counted in the table that gave no value for it. */
  missing: string[];
}

/** The province's value of one indicator, and by level when the indicator is broken down so. */
export interface IndicatorAggregate extends IndicatorTotal {
  code: string;
  byLevel: Partial<Record<AgencyLevel, IndicatorTotal>> | null;
}

function valueIn(row: AgencyIndicatorRow, code: string): AgencyIndicatorValue | undefined {
  return row.values.find((value) => value.code === code);
}

function total(definition: IndicatorDefinition, rows: readonly AgencyIndicatorRow[]): IndicatorTotal {
  const contributions: IndicatorContribution[] = [];
  const missing: string[] = [];
  const aggregation = definition.aggregation;
  if (aggregation.kind === 'rate') {
    let numerator = 0;
    let denominator = 0;
    for (const row of rows) {
      const n = valueIn(row, aggregation.numerator);
      const d = valueIn(row, aggregation.denominator);
      if (typeof n?.value !== 'number' || typeof d?.value !== 'number') {
        missing.push(row.agencyId);
        continue;
      }
      numerator += n.value;
      denominator += d.value;
      contributions.push({
        agencyId: row.agencyId,
        reportId: row.reportId,
        value: ratePercent(n.value, d.value),
        sources: [...new Set([...n.sources, ...d.sources])],
        numerator: n.value,
        denominator: d.value,
      });
    }
    return { value: contributions.length === 0 ? null : ratePercent(numerator, denominator), contributions, missing };
  }
  for (const row of rows) {
    const own = valueIn(row, definition.code);
    if (own === undefined || own.value === null) {
      missing.push(row.agencyId);
      continue;
    }
    contributions.push({ agencyId: row.agencyId, reportId: row.reportId, value: own.value, sources: own.sources });
  }
  if (contributions.length === 0 || aggregation.kind === 'none') return { value: null, contributions, missing };
  if (aggregation.kind === 'countYes') return { value: contributions.filter((c) => c.value === true).length, contributions, missing };
  return { value: contributions.reduce((sum, c) => sum + (typeof c.value === 'number' ? c.value : 0), 0), contributions, missing };
}

/**
 * The province's value of every indicator of a set from the agencies' values, by each indicator's
 * aggregation (docs/domain.md §12): a sum; a rate pooled from the sums of its numerator and denominator
 * over the agencies that state both; the number of agencies answering yes; or no province value
 * (the agencies' own percentages, listed). Indicators broken down by level also get a subtotal
 * per level present; the levels' sums add up to the province's. Every aggregate lists the
 * agencies and reports it was made from, and the agencies that gave no value.
 *
 * @example
 * const rows = reports.map((r) => ({ agencyId: r.agencyId, level: 'province', reportId: r.id, values: deriveIndicatorValues(r.content, set) }));
 * aggregateIndicators(set, rows).find((a) => a.code === 'DOSSIERS.RESOLVED')?.value // the sum over the reports
 */
export function aggregateIndicators(set: IndicatorSet, rows: readonly AgencyIndicatorRow[]): IndicatorAggregate[] {
  const levels = AGENCY_LEVELS.filter((level) => rows.some((row) => row.level === level));
  return set.indicators.map((definition) => ({
    code: definition.code,
    ...total(definition, rows),
    byLevel: definition.byLevel
      ? Object.fromEntries(levels.map((level) => [level, total(definition, rows.filter((row) => row.level === level))]))
      : null,
  }));
}
