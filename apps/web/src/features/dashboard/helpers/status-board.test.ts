import { agency, missingCell, period, statusCell, statusColumn, statusResponse } from '../../../../test/factories/dashboard.factories.js';
import { boardCellState, statusBoard, statusBoardTable, type BoardCell, type StatusBoardTexts } from './status-board.js';

const q1 = period('Q1');
const m9 = period('M9');
const sngv = agency('SNgV', { name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' } });
const hbs = agency('HBS', { kind: 'district' });
const bdt = agency('BDT', { kind: 'board' });

const response = statusResponse(
  [q1, m9],
  [
    { agency: hbs, predecessors: [], successors: [], cells: [statusCell(q1.id, { status: 'RETURNED', timing: 'LATE', daysLate: 2 }), missingCell(m9.id)] },
    { agency: sngv, predecessors: [], successors: [], cells: [statusCell(q1.id), statusCell(m9.id, { status: 'SUBMITTED' })] },
    {
      agency: bdt,
      predecessors: [],
      successors: [],
      cells: [
        missingCell(q1.id, { status: 'NOT_EXPECTED', expected: false, overdue: false }),
        statusCell(m9.id, { status: 'DRAFT', reported: false, overdue: true, timing: null }),
      ],
    },
  ],
);

describe(boardCellState.name, () => {
  it('splits a submitted report by the timing of its submission', () => {
    expect(boardCellState({ status: 'SUBMITTED', timing: 'ON_TIME' })).toBe('SUBMITTED_ON_TIME');
    expect(boardCellState({ status: 'SUBMITTED', timing: 'LATE' })).toBe('SUBMITTED_LATE');
    expect(boardCellState({ status: 'SUBMITTED', timing: 'AFTER_GRACE' })).toBe('SUBMITTED_LATE');
  });

  it('keeps the other statuses as they are, whatever the timing', () => {
    expect(boardCellState({ status: 'ACCEPTED', timing: 'LATE' })).toBe('ACCEPTED');
    expect(boardCellState({ status: 'RETURNED', timing: 'ON_TIME' })).toBe('RETURNED');
    expect(boardCellState({ status: 'DRAFT', timing: null })).toBe('DRAFT');
    expect(boardCellState({ status: 'MISSING', timing: null })).toBe('MISSING');
    expect(boardCellState({ status: 'NOT_EXPECTED', timing: null })).toBe('NOT_EXPECTED');
  });
});

describe(statusBoard.name, () => {
  it('gives no columns and no groups for a year without periods', () => {
    expect(statusBoard(statusResponse([], []))).toMatchObject({ asOf: '2026-11-27', columns: [], groups: [] });
  });

  it('groups the rows of the page by kind in the province order: departments, boards, districts', () => {
    const board = statusBoard(response);
    expect(board.groups.map((g) => [g.kind, g.rows.map((r) => r.agency.code)])).toEqual([
      ['department', ['SNgV']],
      ['board', ['BDT']],
      ['district', ['HBS']],
    ]);
  });

  it("gives each kind its count on the whole filtered board, not the page's", () => {
    const page = statusResponse([q1, m9], response.rows.slice(0, 2), {
      kinds: [
        { kind: 'department', rows: 120 },
        { kind: 'board', rows: 4 },
        { kind: 'district', rows: 9 },
      ],
    });
    expect(statusBoard(page).groups.map((g) => [g.kind, g.rows.length, g.total])).toEqual([
      ['department', 1, 120],
      ['district', 1, 9],
    ]);
  });

  it('takes the columns the API sent, each with its reporting rate', () => {
    const [first, second] = statusBoard(response).columns;
    expect(first).toMatchObject({ period: q1, expected: 2, reported: 2, rate: 1 });
    expect(second).toMatchObject({ period: m9, expected: 3, reported: 1 });
    expect(second?.rate).toBeCloseTo(1 / 3);
  });

  it("counts a column's cells from the API's summary of the whole board, splitting the submitted ones by their timing", () => {
    const page = statusResponse([m9], [], {
      periods: [
        statusColumn(m9, {
          counts: { DRAFT: 3, SUBMITTED: 40, RETURNED: 2, ACCEPTED: 900, MISSING: 55 },
          submittedLate: 15,
        }),
      ],
    });
    expect(statusBoard(page).columns[0]?.counts).toEqual({ SUBMITTED_ON_TIME: 25, SUBMITTED_LATE: 15, RETURNED: 2, ACCEPTED: 900, DRAFT: 3, MISSING: 55 });
  });

  it('keeps the view the rows are of, the counts of the filters and where the page stands', () => {
    const page = { page: 2, pageSize: 50, pageCount: 3, total: 120, first: 51, last: 100 };
    const counts = { all: 130, late: 4, missing: 3, returned: 2, awaiting: 5 };
    const board = statusBoard(statusResponse([q1, m9], response.rows, { filter: 'late', sort: 'status', q: 'so', filterCounts: counts, page }));
    expect(board).toMatchObject({ filter: 'late', sort: 'status', q: 'so', filterCounts: counts, page });
  });

  it('marks a late submission, an overdue draft and a missing report without a report to open', () => {
    const cells = statusBoard(response).groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(cells.find((c) => c.state === 'RETURNED')).toMatchObject({ late: true, daysLate: 2 });
    expect(cells.find((c) => c.state === 'DRAFT')).toMatchObject({ overdue: true, late: false });
    expect(cells.find((c) => c.state === 'MISSING')).toMatchObject({ reportId: null, overdue: true });
  });
});

describe(statusBoardTable.name, () => {
  const texts: StatusBoardTexts = {
    code: 'Mã',
    agency: 'Cơ quan',
    kind: 'Loại',
    agencyName: (a) => a.name.vi,
    kindName: (k) => k,
    periodName: (p) => p.label.vi,
    cellText: (cell: BoardCell) => cell.state,
    reportingRate: 'Tỷ lệ báo cáo',
    reportedOfExpected: 'Đã báo cáo / phải báo cáo',
    rateText: (rate) => (rate === null ? '—' : `${Math.round(rate * 100)} %`),
  };

  it('writes a line per agency with the text of each cell', () => {
    const table = statusBoardTable(statusBoard(response), texts);
    expect(table.columns.map((c) => c.header)).toEqual(['Mã', 'Cơ quan', 'Loại', 'Quý I 2020', '9 tháng đầu năm 2020']);
    expect(table.rows[0]?.cells).toEqual(['SNgV', 'Sở Ngoại vụ', 'department', 'ACCEPTED', 'SUBMITTED_ON_TIME']);
  });

  it('ends with the reported count and the reporting rate of each period', () => {
    const rows = statusBoardTable(statusBoard(response), texts).rows;
    expect(rows.at(-2)?.cells).toEqual([null, 'Đã báo cáo / phải báo cáo', null, '2/2', '1/3']);
    expect(rows.at(-1)?.cells).toEqual([null, 'Tỷ lệ báo cáo', null, '100 %', '33 %']);
  });
});
