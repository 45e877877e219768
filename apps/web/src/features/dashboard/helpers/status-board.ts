import {
  AGENCY_KINDS,
  isLateTiming,
  type AgencyKind,
  type DashboardAgency,
  type DashboardAgencyLink,
  type DashboardStatusCell,
  type DashboardStatusPeriod,
  type DashboardStatusResponse,
  type ListPage,
  type ReportingPeriodDto,
  type StatusBoardFilter,
  type StatusBoardSort,
} from '@cchc/domain';
import type { DataTable } from '../../../shared/charts/data-table.js';

/**
 * What a cell of the status board shows: a submitted report on time or late, returned,
 * accepted, a draft, no report although expected, or not expected (the agency did not exist).
 */
export const BOARD_CELL_STATES = [
  'SUBMITTED_ON_TIME',
  'SUBMITTED_LATE',
  'RETURNED',
  'ACCEPTED',
  'DRAFT',
  'MISSING',
  'NOT_EXPECTED',
] as const;
export type BoardCellState = (typeof BOARD_CELL_STATES)[number];

export interface BoardCell {
  periodId: string;
  state: BoardCellState;
  /** In existence on the period's data cut-off, so expected to report. */
  expected: boolean;
  /** The report to open; null for a missing or not expected one. */
  reportId: string | null;
  /** The latest submission came after the deadline (late or after grace). */
  late: boolean;
  daysLate: number | null;
  /** Expected, not reported, and the deadline has passed. */
  overdue: boolean;
  submittedAt: string | null;
  /** Predecessors whose work in the window this report covers (a merger: docs/domain.md §8, §13). */
  covers: DashboardAgencyLink[];
  /** The agencies that took this one over and report for it in this period. */
  succeededBy: DashboardAgencyLink[];
}

export interface BoardColumn {
  period: ReportingPeriodDto;
  deadlinePassed: boolean;
  expected: number;
  reported: number;
  /** Reported over expected, from 0 to 1; null when no agency was expected. */
  rate: number | null;
  /** Expected agencies of the whole board by what their cell shows (the API's counts). */
  counts: Record<Exclude<BoardCellState, 'NOT_EXPECTED'>, number>;
}

export interface BoardRow {
  agency: DashboardAgency;
  /** The agencies that took this one over, with the day each did. */
  successors: DashboardAgencyLink[];
  cells: BoardCell[];
}

/**
 * Rows of one kind of agency on the page, the way the province lists them: departments, boards,
 * districts, communes; `total` counts the kind's rows on the whole (filtered) board.
 */
export interface BoardGroup {
  kind: AgencyKind;
  rows: BoardRow[];
  total: number;
}

/**
 * One page of the board as the API sends it: the columns of the whole board, the page's rows by
 * kind of agency, how many agencies each filter holds, and where the page stands among the others.
 */
export interface StatusBoard {
  asOf: string;
  columns: BoardColumn[];
  groups: BoardGroup[];
  /** The filter, order and search (trimmed, '' for none) the rows are of. */
  filter: StatusBoardFilter;
  sort: StatusBoardSort;
  q: string;
  /** Agencies of the whole board under each filter, the search left aside. */
  filterCounts: Record<StatusBoardFilter, number>;
  page: ListPage;
}

/**
 * What a cell shows. A submitted report splits by the timing of its submission; a returned or
 * accepted one keeps its status (its lateness shows beside it).
 *
 * @example
 * boardCellState({ status: 'SUBMITTED', timing: 'AFTER_GRACE' }) // 'SUBMITTED_LATE'
 */
export function boardCellState(cell: Pick<DashboardStatusCell, 'status' | 'timing'>): BoardCellState {
  switch (cell.status) {
    case 'SUBMITTED':
      return isLateTiming(cell.timing) ? 'SUBMITTED_LATE' : 'SUBMITTED_ON_TIME';
    case 'RETURNED':
    case 'ACCEPTED':
    case 'DRAFT':
    case 'MISSING':
    case 'NOT_EXPECTED':
      return cell.status;
  }
}

function boardColumn(summary: DashboardStatusPeriod): BoardColumn {
  const { counts, submittedLate } = summary;
  return {
    period: summary.period,
    deadlinePassed: summary.deadlinePassed,
    expected: summary.reporting.expected,
    reported: summary.reporting.reported,
    rate: summary.reporting.rate,
    counts: {
      SUBMITTED_ON_TIME: counts.SUBMITTED - submittedLate,
      SUBMITTED_LATE: submittedLate,
      RETURNED: counts.RETURNED,
      ACCEPTED: counts.ACCEPTED,
      DRAFT: counts.DRAFT,
      MISSING: counts.MISSING,
    },
  };
}

function boardRow(row: DashboardStatusResponse['rows'][number]): BoardRow {
  return {
    agency: row.agency,
    successors: row.successors,
    cells: row.cells.map((cell) => ({
      periodId: cell.periodId,
      state: boardCellState(cell),
      expected: cell.expected,
      reportId: cell.reportId,
      late: isLateTiming(cell.timing),
      daysLate: cell.daysLate,
      overdue: cell.overdue,
      submittedAt: cell.submittedAt,
      covers: cell.covers,
      succeededBy: cell.succeededBy,
    })),
  };
}

/**
 * The reporting status board as the API sent it: agencies x the periods it shows (those of the
 * kind asked for, or all of the year), in the order their windows close. Each column keeps its
 * reporting rate and its expected agencies counted by what their cell shows, over the whole board;
 * the rows are the page's, grouped by kind of agency in the province's order, each group with its
 * kind's count on the whole filtered board.
 *
 * @example
 * statusBoard(statusOfM9Of2020).columns.map((c) => c.rate) // [0.909]: 30 of 33 reported
 */
export function statusBoard(response: DashboardStatusResponse): StatusBoard {
  const rows = response.rows.map(boardRow);
  const totals = new Map(response.kinds.map((entry) => [entry.kind, entry.rows]));
  const groups = AGENCY_KINDS.map((kind) => {
    const ofKind = rows.filter((row) => row.agency.kind === kind);
    return { kind, rows: ofKind, total: totals.get(kind) ?? ofKind.length };
  }).filter((group) => group.rows.length > 0);
  return {
    asOf: response.asOf,
    columns: response.periods.map(boardColumn),
    groups,
    filter: response.filter,
    sort: response.sort,
    q: response.q,
    filterCounts: response.filterCounts,
    page: response.page,
  };
}

export interface StatusBoardTexts {
  code: string;
  agency: string;
  kind: string;
  agencyName: (agency: DashboardAgency) => string;
  kindName: (kind: AgencyKind) => string;
  periodName: (period: ReportingPeriodDto) => string;
  /** The text of a cell, e.g. 'Đã tiếp nhận (trễ 2 ngày)'. */
  cellText: (cell: BoardCell) => string;
  reportingRate: string;
  reportedOfExpected: string;
  /** A reporting rate as the screen writes it, e.g. '90,9 %'. */
  rateText: (rate: number | null) => string;
}

/**
 * The board as a table for the Excel and CSV files: one line per agency with the text of each
 * cell, then the number of agencies that reported and the reporting rate of each period. Given the
 * whole filtered board (asked for without a page size), it holds every agency of the filter.
 */
export function statusBoardTable(board: StatusBoard, texts: StatusBoardTexts): DataTable {
  const periodColumns = board.columns.map((column) => ({ header: texts.periodName(column.period), kind: 'text' as const }));
  const lead = (label: string): (string | null)[] => [null, label, null];
  return {
    columns: [{ header: texts.code, kind: 'text' }, { header: texts.agency, kind: 'text' }, { header: texts.kind, kind: 'text' }, ...periodColumns],
    rows: [
      ...board.groups.flatMap((group) =>
        group.rows.map((row) => ({
          cells: [row.agency.code, texts.agencyName(row.agency), texts.kindName(group.kind), ...row.cells.map(texts.cellText)],
        })),
      ),
      { cells: [...lead(texts.reportedOfExpected), ...board.columns.map((c) => `${c.reported}/${c.expected}`)] },
      { cells: [...lead(texts.reportingRate), ...board.columns.map((c) => texts.rateText(c.rate))] },
    ],
  };
}
