import {
  AGENCY_KINDS,
  type AgencyKind,
  type DashboardAgency,
  type DashboardAgencyLink,
  type DashboardStatusCell,
  type DashboardStatusResponse,
  type PeriodKind,
  type ReportingPeriodDto,
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
  /** Expected agencies by what their cell shows. */
  counts: Record<Exclude<BoardCellState, 'NOT_EXPECTED'>, number>;
}

export interface BoardRow {
  agency: DashboardAgency;
  /** The agencies that took this one over, with the day each did. */
  successors: DashboardAgencyLink[];
  cells: BoardCell[];
}

/** Rows of one kind of agency, the way the province lists them: departments, boards, districts, communes. */
export interface BoardGroup {
  kind: AgencyKind;
  rows: BoardRow[];
}

export interface StatusBoard {
  asOf: string;
  columns: BoardColumn[];
  groups: BoardGroup[];
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
      return cell.timing === 'LATE' || cell.timing === 'AFTER_GRACE' ? 'SUBMITTED_LATE' : 'SUBMITTED_ON_TIME';
    case 'RETURNED':
    case 'ACCEPTED':
    case 'DRAFT':
    case 'MISSING':
    case 'NOT_EXPECTED':
      return cell.status;
  }
}

const emptyCounts = (): BoardColumn['counts'] => ({
  SUBMITTED_ON_TIME: 0,
  SUBMITTED_LATE: 0,
  RETURNED: 0,
  ACCEPTED: 0,
  DRAFT: 0,
  MISSING: 0,
});

/**
 * The reporting status board: agencies (grouped by kind) x the periods of the year, only the
 * periods of `kind` when one is chosen; each column with its reporting rate and its cells
 * counted by what they show. The API's columns come in the order their windows close.
 *
 * @example
 * statusBoard(statusOf2020, 'M9').columns.map((c) => c.rate) // [0.909]: 30 of 33 reported
 */
export function statusBoard(response: DashboardStatusResponse, kind: PeriodKind | null): StatusBoard {
  const keep = response.periods.map((column) => kind === null || column.period.kind === kind);
  const columns = response.periods
    .filter((_, index) => keep[index])
    .map(
      (column): BoardColumn => ({
        period: column.period,
        deadlinePassed: column.deadlinePassed,
        expected: column.reporting.expected,
        reported: column.reporting.reported,
        rate: column.reporting.rate,
        counts: emptyCounts(),
      }),
    );
  const rows = response.rows.map(
    (row): BoardRow => ({
      agency: row.agency,
      successors: row.successors,
      cells: row.cells
        .filter((_, index) => keep[index])
        .map((cell, index) => {
          const state = boardCellState(cell);
          const column = columns[index];
          if (column && state !== 'NOT_EXPECTED' && cell.expected) column.counts[state] += 1;
          return {
            periodId: cell.periodId,
            state,
            reportId: cell.reportId,
            late: cell.timing === 'LATE' || cell.timing === 'AFTER_GRACE',
            daysLate: cell.daysLate,
            overdue: cell.overdue,
            submittedAt: cell.submittedAt,
            covers: cell.covers,
            succeededBy: cell.succeededBy,
          };
        }),
    }),
  );
  const groups = AGENCY_KINDS.map((agencyKind) => ({ kind: agencyKind, rows: rows.filter((r) => r.agency.kind === agencyKind) })).filter(
    (group) => group.rows.length > 0,
  );
  return { asOf: response.asOf, columns, groups };
}

/**
 * Finds the report of an agency in a period among the board's cells (drafts included), so a
 * chart point of that agency and period can open it; null when there is none.
 */
export function reportLookup(response: DashboardStatusResponse | null): (agencyId: string, periodId: string) => string | null {
  const ids = new Map<string, string>();
  for (const row of response?.rows ?? []) {
    for (const cell of row.cells) if (cell.reportId) ids.set(`${row.agency.id}|${cell.periodId}`, cell.reportId);
  }
  return (agencyId, periodId) => ids.get(`${agencyId}|${periodId}`) ?? null;
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
 * The board as a table for the CSV: one line per agency with the text of each cell, then the
 * number of agencies that reported and the reporting rate of each period.
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
