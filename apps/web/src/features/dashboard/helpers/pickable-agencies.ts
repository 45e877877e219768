import { isReportingKind, type AgencyDto, type AgencyKind, type DashboardAgency } from '@cchc/domain';

/**
 * The agencies a reviewer can pick to chart beside the province: the reporting agencies of the
 * reference data (the province compiles their reports and is not one of them) of the agency kind
 * chosen (every kind without one) that existed at some time in the year, in the reference data's
 * order.
 *
 * @example
 * agenciesToPick(reference.agencies, 2020, 'department') // the departments of 2020, not SNNMT (from 2025)
 */
export function agenciesToPick(agencies: readonly AgencyDto[], year: number, agencyKind: AgencyKind | null): DashboardAgency[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return agencies
    .filter((a) => isReportingKind(a.kind) && (agencyKind === null || a.kind === agencyKind))
    .filter((a) => a.validFrom <= last && (a.validTo === null || a.validTo >= first))
    .map(({ id, code, name, kind, validFrom, validTo }) => ({ id, code, name, kind, validFrom, validTo }));
}

/**
 * The picked agencies whose series to ask for under an agency kind: those of that kind (all without
 * one; an agency the reference data does not know is kept), in the order picked; null when none
 * applies, so the chart falls back to the busiest agencies. Picks of another kind are set aside,
 * not forgotten: they apply again once their kind is back.
 *
 * @example
 * picksOfKind([sngvId, districtId], reference.agencies, 'department') // [sngvId]
 * picksOfKind([], reference.agencies, null) // null
 */
export function picksOfKind(picked: readonly string[] | null, agencies: readonly AgencyDto[], agencyKind: AgencyKind | null): string[] | null {
  if (!picked) return null;
  const kindOf = new Map(agencies.map((a) => [a.id, a.kind]));
  const applied = [...new Set(picked)].filter((id) => agencyKind === null || (kindOf.get(id) ?? agencyKind) === agencyKind);
  return applied.length > 0 ? applied : null;
}
