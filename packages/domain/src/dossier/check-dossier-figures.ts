import type { Finding } from '../findings/finding.js';
import { DOSSIER_FIELDS, type DossierFigures } from './dossier-figures.js';
import { dossierTotals } from './dossier-totals.js';
import { formatCount } from '../shared/format-count.js';

/** A count as each language writes it in a message (2.247 / 2,247). */
const vi = (value: number): string => formatCount(value).vi;
const en = (value: number): string => formatCount(value).en;

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
        vi: `Số hồ sơ phải giải quyết ${vi(totals.toHandle)} (kỳ trước chuyển sang ${vi(figures.carriedOver)} + tiếp nhận mới ${vi(totals.received)}) khác ${vi(accounted)} (đã giải quyết ${vi(totals.resolved)} + đang giải quyết ${vi(totals.inProgress)} + trả lại, rút ${vi(figures.returned)}).`,
        en: `To handle ${en(totals.toHandle)} (carried over ${en(figures.carriedOver)} + received ${en(totals.received)}) differs from ${en(accounted)} (resolved ${en(totals.resolved)} + in progress ${en(totals.inProgress)} + returned or withdrawn ${en(figures.returned)}).`,
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
        vi: `Báo cáo ghi ${vi(stated)} hồ sơ ${STATED_LABELS[key].vi} nhưng các số chi tiết cộng lại là ${vi(totals[key])}.`,
        en: `The report states ${en(stated)} dossiers ${STATED_LABELS[key].en} but the detailed figures add up to ${en(totals[key])}.`,
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
          vi: `Số hồ sơ kỳ trước chuyển sang ${vi(figures.carriedOver)} khác số đang giải quyết cuối kỳ trước ${vi(previousInProgress)} (trong hạn ${vi(options.previous.pendingWithinTime)} + quá hạn ${vi(options.previous.pendingOverdue)}).`,
          en: `Carried over ${en(figures.carriedOver)} differs from the previous period's in progress ${en(previousInProgress)} (within time ${en(options.previous.pendingWithinTime)} + overdue ${en(options.previous.pendingOverdue)}).`,
        },
        details: { carriedOver: figures.carriedOver, previousInProgress },
      });
    }
  }
  return findings;
}
