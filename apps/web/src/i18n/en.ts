import type { Messages } from './vi.js';

export const en: Messages = {
  app: {
    title: 'Administrative reform reporting',
    province: 'Quang Ngai Province',
    language: 'Language',
    skipToContent: 'Skip to main content',
  },
  state: {
    loading: 'Loading…',
    empty: 'No data yet.',
    retry: 'Try again',
    error: 'Could not load the data ({code}). Check the connection and try again.',
  },
  dashboard: {
    heading: 'Overview',
    year: 'Reporting year',
    agenciesChart: 'Reporting agencies by kind',
    agenciesSeries: 'Agencies',
    agenciesTotal: '{count} agencies in total',
    windowsChart: 'Reporting periods of {year}: data windows and deadlines',
    windowSeries: 'Data window',
    deadlineSeries: 'Until the deadline',
    periodsTable: 'Reporting periods of {year}',
    areasHeading: 'Administrative reform areas in {year}',
    noPeriods: 'No reporting period for {year} yet.',
    noAgencies: 'No agencies yet.',
    noAreas: 'No administrative reform programme applies to {year}.',
    showTable: 'Show as table',
    showChart: 'Show chart',
  },
  period: { label: 'Period', from: 'From', to: 'To', deadline: 'Deadline' },
  agencyKind: { department: 'Departments', board: 'Boards', district: 'District committees', commune: 'Commune committees', kind: 'Kind', count: 'Count' },
  notFound: { heading: 'Page not found', back: 'Back to the overview' },
};
