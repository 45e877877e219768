import type { Finding } from '../findings/finding.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { IndicatorDefinition, IndicatorScalar, IndicatorSet, IndicatorValue } from './indicator.js';

/**
 * What is wrong with a value for an indicator's unit, or null when it is fine (null, "not
 * stated", always is): a count is a whole number from 0, a percentage a number from 0 to 100, an
 * amount a number from 0, yes/no a boolean, text a string. The editor checks what a person types
 * with it, and the report's validation checks the same on the server.
 *
 * @example
 * indicatorValueProblem({ unit: 'percent' }, 120)?.vi // 'Tỷ lệ phải từ 0 đến 100.'
 */
export function indicatorValueProblem(definition: Pick<IndicatorDefinition, 'unit'>, value: IndicatorScalar): LocalizedText | null {
  if (value === null) return null;
  switch (definition.unit) {
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? null
        : { vi: 'Số lượng phải là số nguyên, không âm.', en: 'A count is a whole number of at least 0.' };
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100
        ? null
        : { vi: 'Tỷ lệ phải từ 0 đến 100.', en: 'A percentage is from 0 to 100.' };
    case 'amount':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? null
        : { vi: 'Giá trị phải là số không âm.', en: 'An amount is a number of at least 0.' };
    case 'yesNo':
      return typeof value === 'boolean' ? null : { vi: 'Chọn Có hoặc Không.', en: 'Choose yes or no.' };
    case 'text':
      return typeof value === 'string' ? null : { vi: 'Nội dung phải là văn bản.', en: 'The value is text.' };
  }
}

/**
 * Checks the indicator values a report enters against the set in force (docs/domain.md §12), errors
 * all, since the province's appendix is made of them: a code the set does not have
 * (`INDICATOR_UNKNOWN`), a value entered for an indicator the system derives from the report's
 * records (`INDICATOR_DERIVED`: the report would say two things about one figure), a code entered
 * twice (`INDICATOR_DUPLICATE`), and a value that does not fit the unit (`INDICATOR_VALUE`).
 * With no set in force every entered value is unknown.
 */
export function checkIndicatorValues(values: readonly IndicatorValue[], set: IndicatorSet | null): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  values.forEach((entry, index) => {
    const path = `indicators[${index}]`;
    const definition = set?.indicators.find((indicator) => indicator.code === entry.code);
    if (!definition) {
      findings.push({
        code: 'INDICATOR_UNKNOWN',
        severity: 'error',
        path: `${path}.code`,
        message: set
          ? { vi: `Chỉ tiêu ${entry.code} không có trong bộ chỉ tiêu ${set.code}.`, en: `Indicator ${entry.code} is not in the set ${set.code}.` }
          : { vi: `Kỳ báo cáo này không áp dụng bộ chỉ tiêu nào, nên không nhập được chỉ tiêu ${entry.code}.`, en: `No indicator set applies to this period, so ${entry.code} cannot be entered.` },
        details: { indicator: entry.code },
      });
      return;
    }
    if (seen.has(entry.code)) {
      findings.push({
        code: 'INDICATOR_DUPLICATE',
        severity: 'error',
        path: `${path}.code`,
        message: { vi: `Chỉ tiêu "${definition.name.vi}" được nhập hai lần.`, en: `Indicator "${definition.name.en}" is entered twice.` },
        details: { indicator: entry.code },
      });
      return;
    }
    seen.add(entry.code);
    if (definition.source.kind === 'derived') {
      findings.push({
        code: 'INDICATOR_DERIVED',
        severity: 'error',
        path: `${path}.value`,
        message: {
          vi: `Chỉ tiêu "${definition.name.vi}" được tính từ số liệu của báo cáo, không nhập tay.`,
          en: `Indicator "${definition.name.en}" is computed from the report's records, not entered.`,
        },
        details: { indicator: entry.code },
      });
      return;
    }
    const problem = indicatorValueProblem(definition, entry.value);
    if (problem) {
      findings.push({
        code: 'INDICATOR_VALUE',
        severity: 'error',
        path: `${path}.value`,
        message: { vi: `${definition.name.vi}: ${problem.vi}`, en: `${definition.name.en}: ${problem.en}` },
        details: { indicator: entry.code, unit: definition.unit },
      });
    }
  });
  return findings;
}
