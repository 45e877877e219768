import { agency, missingCell, period, statusCell, statusResponse } from '../../../../test/factories/dashboard.factories.js';
import { boardCellState, reportLookup, statusBoard, statusBoardTable, type BoardCell, type StatusBoardTexts } from './status-board.js';

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
    expect(statusBoard(statusResponse([], []), null)).toEqual({ asOf: '2026-11-27', columns: [], groups: [] });
  });

  it('groups the agencies by kind in the province order: departments, boards, districts', () => {
    const board = statusBoard(response, null);
    expect(board.groups.map((g) => [g.kind, g.rows.map((r) => r.agency.code)])).toEqual([
      ['department', ['SNgV']],
      ['board', ['BDT']],
      ['district', ['HBS']],
    ]);
  });

  it('keeps the columns of the chosen kind only, and their cells', () => {
    const board = statusBoard(response, 'M9');
    expect(board.columns.map((c) => c.period.kind)).toEqual(['M9']);
    expect(board.groups.flatMap((g) => g.rows.map((r) => r.cells.map((c) => c.state)))).toEqual([['SUBMITTED_ON_TIME'], ['DRAFT'], ['MISSING']]);
  });

  it('gives each column its reporting rate and counts the expected cells by what they show', () => {
    const [first, second] = statusBoard(response, null).columns;
    expect(first).toMatchObject({ expected: 2, reported: 2, rate: 1 });
    expect(first?.counts).toEqual({ SUBMITTED_ON_TIME: 0, SUBMITTED_LATE: 0, RETURNED: 1, ACCEPTED: 1, DRAFT: 0, MISSING: 0 });
    expect(second).toMatchObject({ expected: 3, reported: 1 });
    expect(second?.rate).toBeCloseTo(1 / 3);
    expect(second?.counts).toEqual({ SUBMITTED_ON_TIME: 1, SUBMITTED_LATE: 0, RETURNED: 0, ACCEPTED: 0, DRAFT: 1, MISSING: 1 });
  });

  it('marks a late submission, an overdue draft and a missing report without a report to open', () => {
    const cells = statusBoard(response, null).groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(cells.find((c) => c.state === 'RETURNED')).toMatchObject({ late: true, daysLate: 2 });
    expect(cells.find((c) => c.state === 'DRAFT')).toMatchObject({ overdue: true, late: false });
    expect(cells.find((c) => c.state === 'MISSING')).toMatchObject({ reportId: null, overdue: true });
  });
});

describe(reportLookup.name, () => {
  it('finds the report of an agency in a period, drafts included', () => {
    const find = reportLookup(response);
    expect(find(sngv.id, m9.id)).toBe(response.rows[1]?.cells[1]?.reportId);
    expect(find(bdt.id, m9.id)).toBe(response.rows[2]?.cells[1]?.reportId);
  });

  it('finds nothing for a missing report or before the board has loaded', () => {
    expect(reportLookup(response)(hbs.id, m9.id)).toBeNull();
    expect(reportLookup(null)(hbs.id, m9.id)).toBeNull();
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
    const table = statusBoardTable(statusBoard(response, null), texts);
    expect(table.columns.map((c) => c.header)).toEqual(['Mã', 'Cơ quan', 'Loại', 'Quý I 2020', '9 tháng đầu năm 2020']);
    expect(table.rows[0]?.cells).toEqual(['SNgV', 'Sở Ngoại vụ', 'department', 'ACCEPTED', 'SUBMITTED_ON_TIME']);
  });

  it('ends with the reported count and the reporting rate of each period', () => {
    const rows = statusBoardTable(statusBoard(response, null), texts).rows;
    expect(rows.at(-2)?.cells).toEqual([null, 'Đã báo cáo / phải báo cáo', null, '2/2', '1/3']);
    expect(rows.at(-1)?.cells).toEqual([null, 'Tỷ lệ báo cáo', null, '100 %', '33 %']);
  });
});
