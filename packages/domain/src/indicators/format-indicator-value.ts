import { formatCount } from '../shared/format-count.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { IndicatorDefinition, IndicatorScalar, IndicatorSet, IndicatorValue } from './indicator.js';

/** A number with up to `digits` decimals, the Vietnamese way (1.245,5) and the English way (1,245.5). */
function decimal(value: number, digits: number): LocalizedText {
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction = ''] = rounded.toFixed(digits).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const grouped = formatCount(Number(whole));
  return { vi: `${sign}${grouped.vi}${decimals ? `,${decimals}` : ''}`, en: `${sign}${grouped.en}${decimals ? `.${decimals}` : ''}` };
}

/**
 * An indicator's value as a table or a document writes it: counts with thousands separators,
 * percentages with up to two decimals and "%", amounts with up to two decimals, yes/no in words,
 * and an en dash for no value.
 *
 * @example
 * formatIndicatorValue(87.5, 'percent').vi // '87,5%'
 * formatIndicatorValue(true, 'yesNo').vi // 'Có'
 */
export function formatIndicatorValue(value: IndicatorScalar, unit: IndicatorDefinition['unit']): LocalizedText {
  if (value === null) return { vi: '–', en: '–' };
  if (typeof value === 'boolean') return value ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' };
  if (typeof value === 'string') return { vi: value, en: value };
  if (unit === 'percent') {
    const text = decimal(value, 2);
    return { vi: `${text.vi}%`, en: `${text.en}%` };
  }
  if (unit === 'count') return formatCount(value);
  return decimal(value, 2);
}

/** One entered value as a document lists it. */
export interface EnteredIndicatorLine {
  code: string;
  block: LocalizedText;
  name: LocalizedText;
  value: LocalizedText;
  note: string;
}

/**
 * The indicator values a report enters, in the set's order with their block, formatted: what its
 * document's appendix and the report page show. Values of codes the set does not have are left
 * to the report's findings (`INDICATOR_UNKNOWN`), which name them.
 */
export function enteredIndicatorLines(values: readonly IndicatorValue[], set: IndicatorSet | null): EnteredIndicatorLine[] {
  if (!set) return [];
  const byCode = new Map(values.map((value) => [value.code, value]));
  return set.indicators.flatMap((indicator) => {
    const entry = byCode.get(indicator.code);
    if (!entry || indicator.source.kind !== 'entered') return [];
    const block = set.blocks.find((candidate) => candidate.key === indicator.block)?.name ?? { vi: indicator.block, en: indicator.block };
    return [{ code: indicator.code, block, name: indicator.name, value: formatIndicatorValue(entry.value, indicator.unit), note: entry.note }];
  });
}
