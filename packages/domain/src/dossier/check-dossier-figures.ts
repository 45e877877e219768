import type { Finding } from '../findings/finding.js';
import { DOSSIER_FIELDS, type DossierFigures } from './dossier-figures.js';
import { dossierTotals } from './dossier-totals.js';

export interface CheckDossierOptions {
  /** The same agency's figures of the previous period: its in-progress must be carried over. */
  previous?: Omit<DossierFigures, 'stated'>;
  /** Path of the figures in the enclosing object; default `dossier`. */
  path?: string;
}

const STATED_LABELS = {
  received: { vi: 'tiếp nhận mới', en: 'newly received' },
  toHandle: { vi: 'phải giải quyết', en: 'to handle' },
  resolved: { vi: 'đã giải quyết', en: 'resolved' },
  inProgress: { vi: 'đang giải quyết', en: 'in progress' },
} as const;

/**
 * Checks a period's dossier figures (docs/domain.md §6) and names the broken identity and its numbers:
 * - `DOSSIER_NOT_A_COUNT` (error): a figure is not a whole number from 0 (the other checks then stop);
 * - `DOSSIER_BALANCE` (error): carried over + received differs from resolved + in progress + returned;
 * - `DOSSIER_STATED_TOTAL` (error): a total stated in the text differs from the sum of its parts;
 * - `DOSSIER_CARRIED_OVER` (warning): carried over differs from the previous period's in progress
 *   (a warning, since the previous report may be the wrong one).
 *
 * @example
 * checkDossierFigures({ carriedOver: 0, receivedOnline: 0, receivedInPerson: 14, receivedPostal: 0, resolvedEarly: 0,
 *   resolvedOnTime: 12, resolvedLate: 0, pendingWithinTime: 1, pendingOverdue: 0, returned: 0 })[0]?.message.en
 * // 'To handle 14 (carried over 0 + received 14) differs from 13 (resolved 12 + in progress 1 + returned or withdrawn 0).'
 */
export function checkDossierFigures(figures: DossierFigures, options: CheckDossierOptions = {}): Finding[] {
  const path = options.path ?? 'dossier';
  const notCounts = DOSSIER_FIELDS.filter((field) => !Number.isInteger(figures[field]) || figures[field] < 0);
  if (notCounts.length > 0) {
    return notCounts.map((field) => ({
      code: 'DOSSIER_NOT_A_COUNT',
      severity: 'error',
      path: `${path}.${field}`,
      message: {
        vi: `Số hồ sơ "${field}" phải là số nguyên không âm (đang là ${figures[field]}).`,
        en: `Dossier figure "${field}" must be a whole number from 0 (it is ${figures[field]}).`,
      },
      details: { field, value: figures[field] },
    }));
  }

  const findings: Finding[] = [];
  const totals = dossierTotals(figures);
  const accounted = totals.resolved + totals.inProgress + figures.returned;
  if (totals.toHandle !== accounted) {
    findings.push({
      code: 'DOSSIER_BALANCE',
      severity: 'error',
      path,
      message: {
        vi: `Số hồ sơ phải giải quyết ${totals.toHandle} (kỳ trước chuyển sang ${figures.carriedOver} + tiếp nhận mới ${totals.received}) khác ${accounted} (đã giải quyết ${totals.resolved} + đang giải quyết ${totals.inProgress} + trả lại, rút ${figures.returned}).`,
        en: `To handle ${totals.toHandle} (carried over ${figures.carriedOver} + received ${totals.received}) differs from ${accounted} (resolved ${totals.resolved} + in progress ${totals.inProgress} + returned or withdrawn ${figures.returned}).`,
      },
      details: { ...totals, accountedFor: accounted, returned: figures.returned },
    });
  }

  for (const key of ['received', 'toHandle', 'resolved', 'inProgress'] as const) {
    const stated = figures.stated?.[key];
    if (stated === undefined || stated === totals[key]) continue;
    findings.push({
      code: 'DOSSIER_STATED_TOTAL',
      severity: 'error',
      path: `${path}.stated.${key}`,
      message: {
        vi: `Báo cáo ghi ${stated} hồ sơ ${STATED_LABELS[key].vi} nhưng các số chi tiết cộng lại là ${totals[key]}.`,
        en: `The report states ${stated} dossiers ${STATED_LABELS[key].en} but the detailed figures add up to ${totals[key]}.`,
      },
      details: { total: key, stated, computed: totals[key] },
    });
  }

  if (options.previous) {
    const previousInProgress = dossierTotals(options.previous).inProgress;
    if (figures.carriedOver !== previousInProgress) {
      findings.push({
        code: 'DOSSIER_CARRIED_OVER',
        severity: 'warning',
        path: `${path}.carriedOver`,
        message: {
          vi: `Số hồ sơ kỳ trước chuyển sang ${figures.carriedOver} khác số đang giải quyết cuối kỳ trước ${previousInProgress} (trong hạn ${options.previous.pendingWithinTime} + quá hạn ${options.previous.pendingOverdue}).`,
          en: `Carried over ${figures.carriedOver} differs from the previous period's in progress ${previousInProgress} (within time ${options.previous.pendingWithinTime} + overdue ${options.previous.pendingOverdue}).`,
        },
        details: { carriedOver: figures.carriedOver, previousInProgress },
      });
    }
  }
  return findings;
}
