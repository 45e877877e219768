import type { DashboardAgency, DashboardCellStatus, ReportingPeriodDto } from '@cchc/domain';
import { useI18n } from 'vue-i18n';
import { useErrorText } from '../../../shared/http/error-reason.js';
import type { Locale } from '../../../shared/i18n/index.js';

/** How the dashboard names agencies, periods and statuses in the language of the screen. */
export function useDashboardTexts() {
  const { t, locale } = useI18n();
  const lang = (): Locale => locale.value as Locale;
  const { loadError } = useErrorText();
  return {
    t,
    lang,
    agencyName: (agency: Pick<DashboardAgency, 'name'>): string => agency.name[lang()],
    /** After a restated agency's name: '(gộp SNNPTNT, STNMT)'. */
    restated: (codes: string): string => t('dashboard.structure.restatedFrom', { codes }),
    /** The period's full name: '9 tháng đầu năm 2020'. */
    periodName: (period: ReportingPeriodDto): string => period.label[lang()],
    /** The period within its year, for an axis across one year: '9 tháng'. */
    periodShort: (period: ReportingPeriodDto): string => (period.kind === 'ADHOC' ? period.label[lang()] : t(`dashboard.kindShort.${period.kind}`)),
    statusName: (status: DashboardCellStatus): string =>
      status === 'NOT_EXPECTED' ? t('dashboard.board.state.NOT_EXPECTED') : t(`status.${status}`),
    /** A panel whose data did not load, in words (the code is not shown on the dashboard). */
    errorText: (code: string | null): string => loadError(code),
  };
}
