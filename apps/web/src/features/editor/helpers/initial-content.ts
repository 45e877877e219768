import {
  PROVINCE_SECTIONS,
  periodPhrase,
  programmeForYear,
  sectionTitle,
  type AgencyDto,
  type Report,
  type ReportPeriod,
  type ReportSection,
  type ReportingPeriodDto,
  type SectionRef,
} from '@cchc/domain';

/** The place every report of the province is written in (docs/domain.md §5: "Quảng Ngãi, ngày …"). */
export const REPORT_PLACE = 'Quảng Ngãi';
/** The province whose own sections (the QĐ 20/2013 discipline section) reports carry. */
export const REPORT_PROVINCE = 'Quảng Ngãi';

/**
 * The issuer part of an agency's report symbol: district and commune committees sign as the
 * People's Committee (`UBND`), departments and boards with their own code.
 *
 * @example
 * reportIssuer({ code: 'STP', kind: 'department' }) // 'STP'
 * reportIssuer({ code: 'UBND-BS', kind: 'district' }) // 'UBND'
 */
export function reportIssuer(agency: Pick<AgencyDto, 'code' | 'kind'>): string {
  return agency.kind === 'district' || agency.kind === 'commune' ? 'UBND' : agency.code;
}

/**
 * The sections a report of `year` has, in the order reports write them: direction, one per
 * area of the programme in force, the province's own sections, next-period tasks, difficulties
 * and proposals.
 *
 * @example
 * standardSectionRefs(2020).length // 10 (direction, 6 areas, discipline, tasks, difficulties)
 */
export function standardSectionRefs(year: number): SectionRef[] {
  const areas = programmeForYear(year)?.areas ?? [];
  return [
    { kind: 'DIRECTION' },
    ...areas.map((area): SectionRef => ({ kind: 'AREA', areaKey: area.key })),
    ...PROVINCE_SECTIONS.filter((p) => p.province === REPORT_PROVINCE).map((p): SectionRef => ({ kind: 'PROVINCE_SPECIFIC', provinceSection: p.code })),
    { kind: 'NEXT_PERIOD_TASKS' },
    { kind: 'DIFFICULTIES_PROPOSALS' },
  ];
}

/** An empty section for a reference, headed with its title in the report's year. */
export function emptySection(ref: SectionRef, year: number): ReportSection {
  return {
    kind: ref.kind,
    areaKey: ref.kind === 'AREA' ? (ref.areaKey ?? null) : null,
    provinceSection: ref.kind === 'PROVINCE_SPECIFIC' ? (ref.provinceSection ?? null) : null,
    heading: sectionTitle(ref, year).vi,
    narrative: '',
  };
}

const sameRef = (section: SectionRef, ref: SectionRef): boolean =>
  section.kind === ref.kind && (section.areaKey ?? null) === (ref.areaKey ?? null) && (section.provinceSection ?? null) === (ref.provinceSection ?? null);

/**
 * The standard sections a report does not have yet (a report entered before the editor may lack
 * one), to offer them to be added.
 *
 * @example
 * missingSectionRefs([{ kind: 'DIRECTION' }], 2021).some((r) => r.kind === 'DIRECTION') // false
 */
export function missingSectionRefs(sections: readonly SectionRef[], year: number): SectionRef[] {
  return standardSectionRefs(year).filter((ref) => !sections.some((section) => sameRef(section, ref)));
}

/**
 * Adds a standard section where it belongs: before the first existing section that comes after
 * it in the standard order, else at the end.
 */
export function insertSection(sections: readonly ReportSection[], ref: SectionRef, year: number): ReportSection[] {
  const order = standardSectionRefs(year);
  const rank = (s: SectionRef): number => {
    const index = order.findIndex((r) => sameRef(s, r));
    return index === -1 ? order.length : index;
  };
  const at = sections.findIndex((s) => rank(s) > rank(ref));
  const next = [...sections];
  next.splice(at === -1 ? next.length : at, 0, emptySection(ref, year));
  return next;
}

/** The period of a report's content from the reporting period it is for. */
export function reportPeriodOf(period: Pick<ReportingPeriodDto, 'year' | 'kind' | 'windowFrom' | 'windowTo' | 'deadline'>): ReportPeriod {
  return period.kind === 'ADHOC'
    ? { year: period.year, kind: 'ADHOC', from: period.windowFrom, to: period.windowTo, deadline: period.deadline }
    : { year: period.year, kind: period.kind };
}

/**
 * The content a new draft starts from (what `POST /api/reports` accepts): the agency's code,
 * the period, the report symbol with its number blank until registration, the place, the title
 * from the period's label, an empty section for every standard section of the year, and the
 * recipients every report has (Home Affairs, and the archive entry).
 *
 * @example
 * initialReportContent({ code: 'STP', kind: 'department' }, period2021M9).title
 * // 'Tình hình, kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2021'
 */
export function initialReportContent(
  agency: Pick<AgencyDto, 'code' | 'kind'>,
  period: Pick<ReportingPeriodDto, 'year' | 'kind' | 'windowFrom' | 'windowTo' | 'deadline'>,
): Report {
  const programme = programmeForYear(period.year);
  return {
    agencyCode: agency.code,
    symbol: { number: null, type: 'BC', issuer: reportIssuer(agency) },
    place: REPORT_PLACE,
    signedOn: null,
    period: reportPeriodOf(period),
    programme: programme?.code ?? null,
    title: `Tình hình, kết quả thực hiện công tác cải cách hành chính ${periodPhrase(period.year, period.kind).vi}`,
    preamble: '',
    sections: standardSectionRefs(period.year).map((ref) => emptySection(ref, period.year)),
    documents: [],
    plans: [],
    decisions: [],
    letters: [],
    dossier: null,
    onlineServices: [],
    trainings: [],
    inspections: [],
    tasks: [],
    difficulties: [],
    proposals: [],
    indicators: [],
    recipients: ['Sở Nội vụ', 'Lưu: VT'],
    signing: null,
  };
}
