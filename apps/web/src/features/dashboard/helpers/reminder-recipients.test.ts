import type { ReminderLetterDto } from '@cchc/domain';
import { agency, missingCell, period, statusCell, statusResponse } from '../../../../test/factories/dashboard.factories.js';
import { canRemind, lettersTo, remindableAgencies, remindableCount, sortRecipients, withRecipients, type ReminderAgency } from './reminder-recipients.js';
import { statusBoard } from './status-board.js';

const m9 = period('M9');
const year = period('YEAR');
const recipient = (code: string, vi: string, kind: ReminderAgency['kind'] = 'department'): ReminderAgency => {
  const { id, name } = agency(code, { name: { vi, en: vi } });
  return { id, code, name, kind };
};

describe(canRemind.name, () => {
  it('reminds an expected agency with no report, or with a draft never submitted', () => {
    expect(canRemind({ expected: true, state: 'MISSING', submittedAt: null })).toBe(true);
    expect(canRemind({ expected: true, state: 'DRAFT', submittedAt: null })).toBe(true);
  });

  it('does not remind an agency that submitted, in whatever state its report now is', () => {
    for (const state of ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'RETURNED', 'ACCEPTED'] as const) {
      expect(canRemind({ expected: true, state, submittedAt: '2020-09-18T08:00:00+07:00' })).toBe(false);
    }
    expect(canRemind({ expected: true, state: 'DRAFT', submittedAt: '2020-09-18T08:00:00+07:00' })).toBe(false);
  });

  it('does not remind an agency not expected to report, even with a draft', () => {
    expect(canRemind({ expected: false, state: 'NOT_EXPECTED', submittedAt: null })).toBe(false);
    expect(canRemind({ expected: false, state: 'DRAFT', submittedAt: null })).toBe(false);
  });

  it("reads the board's cells as the API sent them", () => {
    const sngv = agency('SNgV');
    const board = statusBoard(
      statusResponse([m9], [{ agency: sngv, predecessors: [], successors: [], cells: [statusCell(m9.id, { status: 'DRAFT', reported: false, timing: null, submittedAt: null })] }]),
    );
    expect(board.groups[0]?.rows[0]?.cells.map(canRemind)).toEqual([true]);
  });
});

describe(remindableCount.name, () => {
  it('counts the agencies of the whole board missing or in draft for the period', () => {
    expect(remindableCount({ counts: { SUBMITTED_ON_TIME: 20, SUBMITTED_LATE: 4, RETURNED: 1, ACCEPTED: 5, DRAFT: 1, MISSING: 2 } })).toBe(3);
  });
});

describe(remindableAgencies.name, () => {
  const stp = agency('STP', { name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } });
  const sngv = agency('SNgV');
  const hbs = agency('HBS', { kind: 'district' });
  const bdt = agency('BDT', { kind: 'board' });
  const response = statusResponse(
    [m9, year],
    [
      { agency: stp, predecessors: [], successors: [], cells: [missingCell(m9.id), statusCell(year.id)] },
      { agency: sngv, predecessors: [], successors: [], cells: [statusCell(m9.id), missingCell(year.id)] },
      { agency: hbs, predecessors: [], successors: [], cells: [statusCell(m9.id, { status: 'DRAFT', reported: false, timing: null, submittedAt: null }), statusCell(year.id)] },
      { agency: bdt, predecessors: [], successors: [], cells: [missingCell(m9.id, { status: 'NOT_EXPECTED', expected: false, overdue: false }), statusCell(year.id)] },
    ],
  );

  it("lists the period's agencies that have not submitted, in the board's order, with what the letter names", () => {
    expect(remindableAgencies(response, m9.id)).toEqual([
      { id: stp.id, code: 'STP', name: stp.name, kind: 'department' },
      { id: hbs.id, code: 'HBS', name: hbs.name, kind: 'district' },
    ]);
    expect(remindableAgencies(response, year.id).map((a) => a.code)).toEqual(['SNgV']);
  });

  it('finds none for a period the answer does not show', () => {
    expect(remindableAgencies(response, period('Q1').id)).toEqual([]);
  });
});

describe(sortRecipients.name, () => {
  it('orders departments, boards, districts then communes, each by Vietnamese name; agencies of unknown kind last', () => {
    const agencies = [
      recipient('HBS', 'UBND huyện Bắc Bình', 'district'),
      recipient('X', 'Cơ quan đã giải thể', null),
      recipient('STP', 'Sở Tư pháp'),
      recipient('BQL', 'Ban Quản lý các khu công nghiệp', 'board'),
      recipient('SCT', 'Sở Công Thương'),
      recipient('SĐT', 'Sở Đào tạo'),
    ];
    expect(sortRecipients(agencies).map((a) => a.code)).toEqual(['SCT', 'SĐT', 'STP', 'BQL', 'HBS', 'X']);
  });
});

describe(withRecipients.name, () => {
  it('adds each agency once and keeps the order of the letter', () => {
    const stp = recipient('STP', 'Sở Tư pháp');
    const sct = recipient('SCT', 'Sở Công Thương');
    const hbs = recipient('HBS', 'UBND huyện Bắc Bình', 'district');
    expect(withRecipients([stp, hbs], [sct, stp]).map((a) => a.code)).toEqual(['SCT', 'STP', 'HBS']);
    expect(withRecipients([], [])).toEqual([]);
  });
});

describe(lettersTo.name, () => {
  it("gives the period's letters that named the agency, newest first as listed", () => {
    const stp = recipient('STP', 'Sở Tư pháp');
    const sct = recipient('SCT', 'Sở Công Thương');
    const letter = (number: string, agencies: ReminderAgency[]): ReminderLetterDto => ({
      id: agency(number).id,
      periodId: m9.id,
      symbol: `${number}/SNV-CCHC`,
      number,
      issuedOn: '2020-09-22',
      agencies: agencies.map(({ id, code, name }) => ({ id, code, name })),
      notified: 2,
      createdAt: '2020-09-22T02:00:00.000Z',
    });
    const letters = [letter('160', [sct]), letter('152', [stp, sct])];
    expect(lettersTo(letters, sct.id).map((l) => l.symbol)).toEqual(['160/SNV-CCHC', '152/SNV-CCHC']);
    expect(lettersTo(letters, stp.id).map((l) => l.symbol)).toEqual(['152/SNV-CCHC']);
    expect(lettersTo(letters, recipient('SNgV', 'Sở Ngoại vụ').id)).toEqual([]);
  });
});
