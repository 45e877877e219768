import { DOSSIER_FIELDS, type DossierField } from '../dossier/dossier-figures.js';
import type { Finding } from '../findings/finding.js';
import type { Quarter } from '../periods/quarter-window.js';
import { quartersCovered } from '../periods/quarters-covered.js';
import { sumDossierFigures, type DossierCounts } from './sum-dossier-figures.js';

const STOCK_AT_END: readonly DossierField[] = ['pendingWithinTime', 'pendingOverdue'];

/**
 * Reconciles a cumulative report (6 months, 9 months, year) with the quarter-only figures of the
 * same agency (docs/domain.md §4): flows (received, resolved, returned) add up over the quarters; the
 * carried-over of the cumulative period is the first quarter's; dossiers in progress are the last
 * quarter's. Each field that disagrees yields a `QUARTERS_DO_NOT_RECONCILE` warning with both
 * numbers; missing quarters yield one warning and no comparison.
 *
 * @example
 * reconcileQuarters('H1', { 1: q1, 2: q2 }, h1) // [] when H1 = Q1 + Q2
 */
export function reconcileQuarters(
  kind: 'H1' | 'M9' | 'YEAR',
  quarters: Partial<Record<Quarter, DossierCounts>>,
  cumulative: DossierCounts,
  path = 'dossier',
): Finding[] {
  const covered = quartersCovered(kind);
  const missing = covered.filter((q) => quarters[q] === undefined);
  if (missing.length > 0) {
    return [
      {
        code: 'QUARTERS_DO_NOT_RECONCILE',
        severity: 'warning',
        path,
        message: {
          vi: `Chưa đối chiếu được: thiếu số liệu quý ${missing.join(', ')}.`,
          en: `Cannot reconcile: quarter ${missing.join(', ')} figures are missing.`,
        },
        details: { missingQuarters: missing },
      },
    ];
  }
  const list = covered.map((q) => quarters[q] as DossierCounts);
  const first = list[0] as DossierCounts;
  const last = list[list.length - 1] as DossierCounts;
  const sum = sumDossierFigures(list);
  const expected = (field: DossierField): number =>
    field === 'carriedOver' ? first.carriedOver : STOCK_AT_END.includes(field) ? last[field] : sum[field];
  return DOSSIER_FIELDS.flatMap((field): Finding[] => {
    const fromQuarters = expected(field);
    if (fromQuarters === cumulative[field]) return [];
    return [
      {
        code: 'QUARTERS_DO_NOT_RECONCILE',
        severity: 'warning',
        path: `${path}.${field}`,
        message: {
          vi: `"${field}" của báo cáo lũy kế là ${cumulative[field]}, số liệu các quý ${covered.join(', ')} cho ${fromQuarters}.`,
          en: `"${field}" is ${cumulative[field]} in the cumulative report but ${fromQuarters} from quarters ${covered.join(', ')}.`,
        },
        details: { field, cumulative: cumulative[field], fromQuarters },
      },
    ];
  });
}
