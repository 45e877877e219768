import {
  indicatorSetFor,
  indicatorValueProblem,
  periodWindow,
  type IndicatorDefinition,
  type IndicatorSet,
  type IndicatorValue,
  type LocalizedText,
  type Report,
  type ReportSection,
} from '@cchc/domain';
import { formatNumberInput, parseVietnameseNumber } from '../../../shared/format/parse-vietnamese-number.js';
import type { DraftStorage } from './local-draft.js';

/** The indicator set in force for a report's period (none before 2021). */
export function indicatorSetOf(content: Pick<Report, 'period'>): IndicatorSet | null {
  return indicatorSetFor(periodWindow(content.period).to);
}

/** The indicators an agency enters in a section: those of the section's area (direction: no area). */
export function indicatorsOfSection(set: IndicatorSet | null, section: Pick<ReportSection, 'kind' | 'areaKey'>): IndicatorDefinition[] {
  if (!set || (section.kind !== 'AREA' && section.kind !== 'DIRECTION')) return [];
  const areaKey = section.kind === 'AREA' ? section.areaKey : null;
  return set.indicators.filter((indicator) => indicator.source.kind === 'entered' && indicator.source.areaKey === areaKey);
}

/**
 * The entered indicators no section of the report shows (its area or the direction section is
 * missing), so they are still asked for, together, after the sections.
 */
export function leftoverIndicators(set: IndicatorSet | null, sections: readonly Pick<ReportSection, 'kind' | 'areaKey'>[]): IndicatorDefinition[] {
  const shown = new Set(sections.flatMap((section) => indicatorsOfSection(set, section).map((indicator) => indicator.code)));
  return (set?.indicators ?? []).filter((indicator) => indicator.source.kind === 'entered' && !shown.has(indicator.code));
}

/** The id of an indicator's input, for findings and the reviewer's reasons to point at. */
export const indicatorFieldId = (code: string): string => `field-indicator-${code.replaceAll('.', '-')}`;

/** What an indicator's input shows for a stored value: numbers the Vietnamese way, yes/no as `yes`/`no`. */
export function indicatorInputText(value: IndicatorValue['value'] | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumberInput(value);
  return value;
}

/** What an input reads as: nothing, a value to save, or text that is not a number (kept as typed). */
export type IndicatorReading = { kind: 'blank' } | { kind: 'value'; value: number | boolean | string } | { kind: 'unreadable'; text: string };

/**
 * Reads an indicator's input by its unit: counts whole, percentages and amounts with decimals
 * after a comma (Vietnamese), yes/no from the select, text as typed.
 *
 * @example
 * readIndicatorInput({ unit: 'percent' }, '98,5') // { kind: 'value', value: 98.5 }
 */
export function readIndicatorInput(definition: Pick<IndicatorDefinition, 'unit'>, text: string): IndicatorReading {
  if (text.trim() === '') return { kind: 'blank' };
  switch (definition.unit) {
    case 'yesNo':
      return text === 'yes' ? { kind: 'value', value: true } : text === 'no' ? { kind: 'value', value: false } : { kind: 'unreadable', text };
    case 'text':
      return { kind: 'value', value: text };
    case 'count':
    case 'percent':
    case 'amount': {
      const reading = parseVietnameseNumber(text, { decimals: definition.unit !== 'count' });
      return reading.kind === 'number' ? { kind: 'value', value: reading.value } : { kind: 'unreadable', text };
    }
  }
}

/**
 * What is wrong with an input, for the message under it (the same check the server makes,
 * `indicatorValueProblem`), or null.
 */
export function indicatorInputProblem(definition: Pick<IndicatorDefinition, 'unit'>, reading: IndicatorReading): LocalizedText | null {
  if (reading.kind === 'unreadable') {
    return { vi: `"${reading.text.trim()}" không phải là một số (viết 1.245 hoặc 98,5).`, en: `"${reading.text.trim()}" is not a number (write 1.245 or 98,5).` };
  }
  return reading.kind === 'value' ? indicatorValueProblem(definition, reading.value) : null;
}

/**
 * The report's indicator values with one changed: set, or removed when it has neither value nor
 * note; the other entries stay in their order.
 */
export function withIndicatorValue(values: readonly IndicatorValue[], code: string, value: IndicatorValue['value'], note: string): IndicatorValue[] {
  const entry: IndicatorValue = { code, value, note, asPublished: false };
  const index = values.findIndex((existing) => existing.code === code);
  const keep = value !== null || note.trim() !== '';
  if (index === -1) return keep ? [...values, entry] : [...values];
  const existing = values[index]!;
  const next = { ...entry, asPublished: existing.asPublished && existing.value === value };
  return keep ? values.map((v, i) => (i === index ? next : v)) : values.filter((_, i) => i !== index);
}

const typedKey = (reportId: string): string => `cchc.indicators-typed.${reportId}`;

/** Inputs typed as text that is not a number yet, kept on the device so a reload does not lose them. */
export function keepTypedIndicators(storage: DraftStorage, reportId: string, typed: Readonly<Record<string, string>>): void {
  try {
    if (Object.keys(typed).length === 0) storage.removeItem(typedKey(reportId));
    else storage.setItem(typedKey(reportId), JSON.stringify(typed));
  } catch {
    // Storage full or disabled: the inputs on screen remain.
  }
}

/** The unreadable inputs kept for a report, by indicator code. */
export function typedIndicatorsFor(storage: DraftStorage, reportId: string): Record<string, string> {
  try {
    const kept = JSON.parse(storage.getItem(typedKey(reportId)) ?? '{}') as unknown;
    if (typeof kept !== 'object' || kept === null) return {};
    return Object.fromEntries(Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}
