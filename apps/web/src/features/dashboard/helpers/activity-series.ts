import type { DashboardAreasResponse, ReportingPeriodDto } from '@cchc/domain';
import type { ChartModel } from '../../../shared/charts/bar-chart-data.js';

export interface ActivitySeriesTexts {
  period: string;
  periodName: (period: ReportingPeriodDto) => string;
  reports: string;
  inspectionsHeld: string;
  inspectionsPlanned: string;
  violations: string;
  courses: string;
  participants: string;
}

/**
 * Discipline inspections and trainings across the periods of a year, summed over the reports
 * that reached Home Affairs: bars for inspections held and training courses, and a line for the
 * participants on the right-hand axis (they run in thousands). The table adds the inspections
 * planned but not yet held, the violations found and the number of reports counted.
 *
 * @example
 * activitySeries(areas2020, texts).data.datasets.map((d) => d.data[0]) // [11, 28, 880]
 */
export function activitySeries(response: DashboardAreasResponse, texts: ActivitySeriesTexts): ChartModel {
  const activity = response.periods.map((p) => response.activity.find((a) => a.periodId === p.id) ?? null);
  const held = activity.map((a) => a?.inspections.held ?? 0);
  const courses = activity.map((a) => a?.trainings.courses ?? 0);
  const participants = activity.map((a) => a?.trainings.participants ?? 0);
  return {
    data: {
      labels: response.periods.map(texts.periodName),
      datasets: [
        { type: 'bar', label: texts.inspectionsHeld, data: held, backgroundColor: '#0f766e', yAxisID: 'y', order: 1 },
        { type: 'bar', label: texts.courses, data: courses, backgroundColor: '#7c3aed', yAxisID: 'y', order: 1 },
        {
          type: 'line',
          label: texts.participants,
          data: participants,
          borderColor: '#d97706',
          backgroundColor: '#d97706',
          borderWidth: 2,
          pointRadius: 3,
          yAxisID: 'y1',
          order: 0,
        },
      ],
    },
    table: {
      columns: [
        { header: texts.period, kind: 'text' },
        { header: texts.reports, kind: 'count' },
        { header: texts.inspectionsHeld, kind: 'count' },
        { header: texts.inspectionsPlanned, kind: 'count' },
        { header: texts.violations, kind: 'count' },
        { header: texts.courses, kind: 'count' },
        { header: texts.participants, kind: 'count' },
      ],
      rows: response.periods.map((p, index) => {
        const a = activity[index];
        return {
          cells: [
            texts.periodName(p),
            a?.reports ?? 0,
            a?.inspections.held ?? 0,
            a?.inspections.planned ?? 0,
            a?.inspections.violations ?? 0,
            a?.trainings.courses ?? 0,
            a?.trainings.participants ?? 0,
          ],
        };
      }),
    },
    reportIds: [held.map(() => null), courses.map(() => null), participants.map(() => null)],
  };
}

/** Whether the reports of the year list any inspection or training at all. */
export function hasActivity(response: DashboardAreasResponse): boolean {
  return response.activity.some((a) => a.inspections.held + a.inspections.planned + a.trainings.courses > 0);
}
