import { addDays, foldText, isIsoDate, type AgencyDetailDto, type AgencyKind, type LocalizedText } from '@cchc/domain';
import { formatDate } from '../../../shared/format/format-date.js';

type Locale = 'vi' | 'en';

/** A sentence of an agency's history: an i18n key under `admin.agencies` and its parameters. */
export interface AgencyLinkText {
  key: 'mergedInto' | 'dutiesTo' | 'tookOver';
  params: { name: string; date: string };
  agencyId: string;
  note: string | null;
}

/**
 * Whether an agency exists on a day (`validTo` is its last day, inclusive).
 *
 * @example
 * agencyExistsOn({ validFrom: '2020-01-01', validTo: '2025-02-28' }, '2025-03-01') // false
 */
export function agencyExistsOn(agency: Pick<AgencyDetailDto, 'validFrom' | 'validTo'>, day: string): boolean {
  return agency.validFrom <= day && (agency.validTo === null || agency.validTo >= day);
}

/**
 * The day a predecessor is closed on when its successor takes over from `effectiveOn`; null
 * while the date is not a real day yet.
 *
 * @example
 * closingDay('2025-03-01') // '2025-02-28'
 */
export function closingDay(effectiveOn: string): string | null {
  return isIsoDate(effectiveOn) ? addDays(effectiveOn, -1) : null;
}

/**
 * An agency's successions in words, oldest first: "Sáp nhập vào Sở Tài chính từ 01/03/2025" when
 * it closed the day before its successor took over, "Chuyển nhiệm vụ sang …" when it went on, and
 * "Tiếp nhận …" for the agencies it took over.
 *
 * @example
 * agencyHistory(skhdt, agencies, 'vi')[0] // { key: 'mergedInto', params: { name: 'Sở Tài chính', date: '01/03/2025' }, … }
 */
export function agencyHistory(
  agency: Pick<AgencyDetailDto, 'validTo' | 'predecessors' | 'successors'>,
  agencies: readonly Pick<AgencyDetailDto, 'id' | 'name'>[],
  locale: Locale,
): AgencyLinkText[] {
  const names = new Map<string, LocalizedText>(agencies.map((a) => [a.id, a.name]));
  const nameOf = (id: string, code: string): string => names.get(id)?.[locale] ?? code;
  const links = [
    ...agency.predecessors.map((link) => ({
      key: 'tookOver' as const,
      link,
    })),
    ...agency.successors.map((link) => ({
      key: agency.validTo === closingDay(link.effectiveOn) ? ('mergedInto' as const) : ('dutiesTo' as const),
      link,
    })),
  ].sort((a, b) => a.link.effectiveOn.localeCompare(b.link.effectiveOn));
  return links.map(({ key, link }) => ({
    key,
    params: { name: nameOf(link.agencyId, link.code), date: formatDate(link.effectiveOn) },
    agencyId: link.agencyId,
    note: link.note,
  }));
}

export interface AgencyFilter {
  kind: AgencyKind | '';
  /** `YYYY-MM-DD`; '' (or a date still being typed) for every agency. */
  activeOn: string;
  search: string;
}

/**
 * The agencies matching a filter: of a kind, in existence on a day, and whose code or name contains
 * the search text (accents ignored, so "nong nghiep" finds "Nông nghiệp").
 *
 * @example
 * filterAgencies(agencies, { kind: 'department', activeOn: '2025-03-01', search: '' })
 */
export function filterAgencies<T extends Pick<AgencyDetailDto, 'kind' | 'validFrom' | 'validTo' | 'code' | 'name'>>(
  agencies: readonly T[],
  filter: AgencyFilter,
): T[] {
  const needle = foldText(filter.search.trim());
  const day = /^\d{4}-\d{2}-\d{2}$/.test(filter.activeOn) ? filter.activeOn : '';
  return agencies.filter(
    (a) =>
      (filter.kind === '' || a.kind === filter.kind) &&
      (day === '' || agencyExistsOn(a, day)) &&
      (needle === '' || [a.code, a.name.vi, a.name.en].some((text) => foldText(text).includes(needle))),
  );
}
