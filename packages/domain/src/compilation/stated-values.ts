import type { IndicatorAggregate } from '../indicators/aggregate-indicators.js';
import { formatIndicatorValue } from '../indicators/format-indicator-value.js';
import type { IndicatorDefinition, IndicatorScalar } from '../indicators/indicator.js';
import type { FigureLine } from './compile-province-report.js';

/** What these functions read of an indicator set (an API answer's copy of one will do). */
export interface IndicatorsOf {
  indicators: readonly (Pick<IndicatorDefinition, 'code' | 'block' | 'name' | 'unit'> & { aggregation: { kind: string } })[];
}

/** A province value Home Affairs states itself, with its note. */
export interface StatedValue {
  value: IndicatorScalar;
  note: string;
}

/**
 * The province's totals with the values Home Affairs states for the indicators that do not add up
 * (aggregation `none`, docs/domain.md §12): the appendix's "province" column, in the document and
 * the workbook alike. Computed values are never replaced.
 */
export function withStatedValues(set: IndicatorsOf | null, totals: readonly IndicatorAggregate[], stated: Readonly<Record<string, StatedValue>>): IndicatorAggregate[] {
  return totals.map((total) => {
    const indicator = set?.indicators.find((candidate) => candidate.code === total.code);
    const entry = stated[total.code];
    return indicator?.aggregation.kind === 'none' && entry && entry.value !== null ? { ...total, value: entry.value } : total;
  });
}

/** The sentences of the stated values of some blocks, as the part of the document that reports on them writes them. */
export function statedLines(set: IndicatorsOf | null, blocks: readonly string[], stated: Readonly<Record<string, StatedValue>>): FigureLine[] {
  return (set?.indicators ?? []).flatMap((indicator) => {
    const entry = stated[indicator.code];
    if (!blocks.includes(indicator.block) || indicator.aggregation.kind !== 'none' || !entry || entry.value === null) return [];
    const value = formatIndicatorValue(entry.value, indicator.unit);
    const note = entry.note.trim() ? ` (${entry.note.trim()})` : '';
    return [{ code: indicator.code, text: { vi: `${indicator.name.vi}: ${value.vi}${note}`, en: `${indicator.name.en}: ${value.en}${note}` } }];
  });
}
