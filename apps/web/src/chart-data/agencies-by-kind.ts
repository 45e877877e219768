import { AGENCY_KINDS, type AgencyDto, type AgencyKind } from '@cchc/domain';
import type { BarChartData } from './bar-chart-data.js';

export const KIND_COLOURS: Record<AgencyKind, string> = {
  department: '#1d4ed8',
  board: '#0f766e',
  district: '#b45309',
  commune: '#7c3aed',
};

/**
 * How many agencies of each kind there are: one bar per kind that has at least one agency, in
 * the order of {@link AGENCY_KINDS}.
 *
 * @example
 * agenciesByKind(agencies, (k) => k, 'Agencies') // { labels: ['department', 'district'], datasets: [{ data: [18, 13] }] }
 */
export function agenciesByKind(
  agencies: readonly Pick<AgencyDto, 'kind'>[],
  kindLabel: (kind: AgencyKind) => string,
  seriesLabel: string,
): BarChartData {
  const counts = new Map<AgencyKind, number>();
  for (const agency of agencies) counts.set(agency.kind, (counts.get(agency.kind) ?? 0) + 1);
  const kinds = AGENCY_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0);
  return {
    labels: kinds.map(kindLabel),
    datasets: [{ label: seriesLabel, data: kinds.map((kind) => counts.get(kind) ?? 0), backgroundColor: kinds.map((k) => KIND_COLOURS[k]) }],
  };
}
