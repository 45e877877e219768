import { DOSSIER_FIELDS, type DossierFigures } from '../dossier/dossier-figures.js';

/** The ten dossier figures without stated totals. */
export type DossierCounts = Omit<DossierFigures, 'stated'>;

/**
 * Field-by-field sum of dossier figures (of several agencies, or of several quarter-only
 * periods of one agency). The sum of balanced figures balances.
 *
 * @example
 * sumDossierFigures([]).resolvedOnTime // 0
 */
export function sumDossierFigures(list: readonly DossierCounts[]): DossierCounts {
  const total = Object.fromEntries(DOSSIER_FIELDS.map((field) => [field, 0])) as DossierCounts;
  for (const figures of list) for (const field of DOSSIER_FIELDS) total[field] += figures[field];
  return total;
}
