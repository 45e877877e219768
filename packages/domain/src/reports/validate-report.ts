import { checkCitations } from '../citations/check-citations.js';
import { formatVietnameseDate } from '../dates/format-vietnamese-date.js';
import { toVietnamDate } from '../dates/to-vietnam-date.js';
import { checkDossierFigures } from '../dossier/check-dossier-figures.js';
import { checkOnlineServiceLevels } from '../dossier/check-online-service-levels.js';
import type { DossierFigures } from '../dossier/dossier-figures.js';
import type { Finding } from '../findings/finding.js';
import { checkIndicatorValues } from '../indicators/check-indicator-values.js';
import type { IndicatorSet } from '../indicators/indicator.js';
import { indicatorSetFor } from '../indicators/indicator-set-for.js';
import { formatPath } from '../findings/format-path.js';
import { periodWindow } from '../periods/period-window.js';
import { programmeForYear } from '../programmes/programme-for-year.js';
import type { ReformProgramme } from '../programmes/reform-programmes.js';
import { knownAgencyCode } from '../symbols/symbol-options.js';
import { missingAreas } from './missing-areas.js';
import { reportCitations } from './report-citations.js';
import { reportReferenceDate } from './report-reference-date.js';
import { ReportSchema, type ReportInput } from './report.schema.js';

export interface ValidateReportOptions {
  /** The current time (ISO timestamp or `YYYY-MM-DD`), read in Vietnam time; no clock is used. */
  now: string;
  /**
   * When the report first went to Home Affairs (ISO timestamp), null or absent while never
   * submitted: a submitted report is judged as of that day, never as of `now` (docs/domain.md §13).
   */
  firstSubmittedAt?: string | null;
  /** Known agency codes for symbols; default `DEFAULT_AGENCY_CODES`. */
  agencyCodes?: readonly string[];
  /** The agency's dossier figures of the previous period, to check the carried-over figure. */
  previousDossier?: Omit<DossierFigures, 'stated'> | null;
  /** Reform programmes; default `REFORM_PROGRAMMES`. */
  programmes?: readonly ReformProgramme[];
  /** Indicator sets; default `INDICATOR_SETS`. */
  indicatorSets?: readonly IndicatorSet[];
}

const d = formatVietnameseDate;

/**
 * Validates a report as a whole and returns its findings, each with a stable code, a severity
 * (errors block submission, warnings do not), the path of the offending field and a message in
 * Vietnamese and English. A report that does not have the shape of a report yields only
 * `REPORT_INVALID` errors, one per schema issue. Otherwise the checks are: the programme of the
 * period's year and the areas it misses (not for ad hoc reports), the report's own symbol and
 * date, next-period tasks, the recipients' archive entry, every citation (see `checkCitations`,
 * with the report's reference date from `reportReferenceDate` and the period's window), the
 * dossier figures, the online service levels and the entered indicator values (see
 * `checkIndicatorValues`, against the set in force for the period). No check looks at the report's status: the same
 * content and first submission give the same findings (docs/domain.md §13).
 *
 * @example
 * validateReport(seedReport, { now: '2020-09-25T09:00:00+07:00' }).map((f) => f.code)
 * // includes 'REPORT_AREA_MISSING' (apparatus reform) and 'CITATION_DATE_CONFLICT' twice
 */
export function validateReport(report: ReportInput, options: ValidateReportOptions): Finding[] {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      code: 'REPORT_INVALID',
      severity: 'error',
      path: formatPath(issue.path),
      message: { vi: `Dữ liệu không hợp lệ: ${issue.message}`, en: `Invalid data: ${issue.message}` },
    }));
  }
  const r = parsed.data;
  const today = toVietnamDate(options.now);
  const reference = reportReferenceDate(r, { firstSubmittedAt: options.firstSubmittedAt ?? null, now: options.now });
  const window = periodWindow(r.period);
  const findings: Finding[] = [];

  const programme = programmeForYear(r.period.year, options.programmes);
  if (!programme) {
    findings.push({
      code: 'REPORT_NO_PROGRAMME',
      severity: 'warning',
      path: 'period.year',
      message: {
        vi: `Không có chương trình tổng thể cải cách hành chính áp dụng cho năm ${r.period.year}.`,
        en: `No administrative-reform master programme is in force in ${r.period.year}.`,
      },
    });
  } else if (r.programme !== null && r.programme !== programme.code) {
    findings.push({
      code: 'REPORT_PROGRAMME_MISMATCH',
      severity: 'warning',
      path: 'programme',
      message: {
        vi: `Năm ${r.period.year} áp dụng Chương trình ${programme.resolution.symbol}, không phải chương trình ${r.programme}.`,
        en: `${r.period.year} falls under programme ${programme.resolution.symbol}, not ${r.programme}.`,
      },
      details: { expected: programme.code, actual: r.programme },
    });
  }
  if (programme && r.period.kind !== 'ADHOC') {
    for (const area of missingAreas(r.sections, r.period.year, options.programmes)) {
      findings.push({
        code: 'REPORT_AREA_MISSING',
        severity: 'warning',
        path: 'sections',
        message: {
          vi: `Báo cáo thiếu lĩnh vực "${area.name.vi}" (lĩnh vực ${area.ordinal} của Chương trình ${programme.resolution.symbol}).`,
          en: `The report lacks the area "${area.name.en}" (area ${area.ordinal} of programme ${programme.resolution.symbol}).`,
        },
        details: { areaId: area.id, areaKey: area.key },
      });
    }
  }

  if (r.symbol.type !== 'BC') {
    findings.push({
      code: 'REPORT_SYMBOL_TYPE',
      severity: 'warning',
      path: 'symbol.type',
      message: { vi: `Ký hiệu báo cáo phải là BC, đang là ${r.symbol.type}.`, en: `A report's symbol type is BC, not ${r.symbol.type}.` },
    });
  }
  if (r.symbol.issuer !== r.agencyCode) {
    const sameAgency = knownAgencyCode(r.symbol.issuer, [r.agencyCode]) !== undefined;
    findings.push({
      code: 'REPORT_SYMBOL_ISSUER',
      severity: 'warning',
      path: 'symbol.issuer',
      message: sameAgency
        ? {
            vi: `Ký hiệu cơ quan viết "${r.symbol.issuer}", đúng là "${r.agencyCode}" (phân biệt chữ hoa, chữ thường).`,
            en: `The issuer is written "${r.symbol.issuer}"; the agency code is "${r.agencyCode}" (case-sensitive).`,
          }
        : {
            vi: `Ký hiệu cơ quan "${r.symbol.issuer}" khác mã cơ quan báo cáo "${r.agencyCode}".`,
            en: `The issuer "${r.symbol.issuer}" is not the reporting agency "${r.agencyCode}".`,
          },
      details: { written: r.symbol.issuer, agencyCode: r.agencyCode },
    });
  }

  // Against the calendar, not the reference date: a typed date cannot lie in the future. Submission
  // refuses it, so once submitted it never appears later (a returned report may be dated anew).
  if (r.signedOn !== null && r.signedOn > today) {
    findings.push({
      code: 'REPORT_SIGNED_IN_FUTURE',
      severity: 'error',
      path: 'signedOn',
      message: { vi: `Ngày báo cáo ${d(r.signedOn)} sau ngày hôm nay ${d(today)}.`, en: `The report date ${d(r.signedOn)} is after today ${d(today)}.` },
    });
  } else if (r.signedOn !== null && r.signedOn < window.to) {
    findings.push({
      code: 'REPORT_SIGNED_BEFORE_CUTOFF',
      severity: 'warning',
      path: 'signedOn',
      message: {
        vi: `Báo cáo ký ngày ${d(r.signedOn)}, trước ngày chốt số liệu ${d(window.to)}.`,
        en: `The report is dated ${d(r.signedOn)}, before the data cut-off ${d(window.to)}.`,
      },
    });
  }

  if (r.tasks.length === 0 && !r.sections.some((s) => s.kind === 'NEXT_PERIOD_TASKS' && s.narrative.trim() !== '')) {
    findings.push({
      code: 'REPORT_NEXT_TASKS_MISSING',
      severity: 'warning',
      path: 'tasks',
      message: { vi: 'Báo cáo chưa nêu nhiệm vụ kỳ tới.', en: 'The report lists no tasks for the next period.' },
    });
  }
  const last = r.recipients.at(-1);
  if (last === undefined || !/^lưu\s*:/iu.test(last)) {
    findings.push({
      code: 'REPORT_RECIPIENTS_NO_ARCHIVE',
      severity: 'warning',
      path: 'recipients',
      message: { vi: 'Nơi nhận phải kết thúc bằng "Lưu: VT, …".', en: 'The recipients must end with the archive entry "Lưu: VT, …".' },
    });
  }

  findings.push(
    ...checkCitations(reportCitations(r, { agencyCodes: options.agencyCodes }), {
      reportDate: reference.date,
      window,
      agencyCodes: options.agencyCodes,
    }),
  );
  if (r.dossier) {
    findings.push(...checkDossierFigures(r.dossier, { previous: options.previousDossier ?? undefined, path: 'dossier' }));
  }
  findings.push(...checkOnlineServiceLevels(r.onlineServices, { periodEnd: window.to, path: 'onlineServices' }));
  findings.push(...checkIndicatorValues(r.indicators, indicatorSetFor(window.to, options.indicatorSets)));
  return findings;
}
