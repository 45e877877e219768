import fc from 'fast-check';
import {
  compareStatusUrgency,
  isLateTiming,
  listPage,
  statusRowMatches,
  statusRowUrgency,
  type StatusBoardCell,
} from './status-board.js';

const cell = (overrides: Partial<StatusBoardCell> = {}): StatusBoardCell => ({ status: 'ACCEPTED', timing: 'ON_TIME', daysLate: 0, overdue: false, ...overrides });
const overdueDraft = cell({ status: 'DRAFT', timing: null, daysLate: null, overdue: true });
const lateAccepted = cell({ timing: 'LATE', daysLate: 2 });
const returnedAfterGrace = cell({ status: 'RETURNED', timing: 'AFTER_GRACE', daysLate: 9 });
const awaiting = cell({ status: 'SUBMITTED' });

describe('isLateTiming', () => {
  it('reads late and after the grace period as late, on time and never submitted as not', () => {
    expect([isLateTiming('LATE'), isLateTiming('AFTER_GRACE'), isLateTiming('ON_TIME'), isLateTiming(null)]).toEqual([true, true, false, false]);
  });
});

describe('statusRowMatches', () => {
  it('puts a row under a filter when one of its cells belongs there', () => {
    expect(statusRowMatches([cell(), lateAccepted], 'late')).toBe(true);
    expect(statusRowMatches([returnedAfterGrace], 'late')).toBe(true);
    expect(statusRowMatches([returnedAfterGrace], 'returned')).toBe(true);
    expect(statusRowMatches([cell(), overdueDraft], 'missing')).toBe(true);
    expect(statusRowMatches([awaiting], 'awaiting')).toBe(true);
  });

  it('keeps a row out of a filter none of its cells belongs to, and every row under all', () => {
    expect(statusRowMatches([cell(), awaiting], 'late')).toBe(false);
    expect(statusRowMatches([lateAccepted], 'missing')).toBe(false);
    expect(statusRowMatches([cell()], 'awaiting')).toBe(false);
    expect(statusRowMatches([], 'all')).toBe(true);
  });
});

describe('statusRowUrgency and compareStatusUrgency', () => {
  const order = (rows: Record<string, StatusBoardCell[]>): string[] =>
    Object.entries(rows)
      .map(([name, cells]) => ({ name, urgency: statusRowUrgency(cells) }))
      .sort((a, b) => compareStatusUrgency(a.urgency, b.urgency) || a.name.localeCompare(b.name))
      .map((row) => row.name);

  it('puts the overdue first, then the late, returned, awaiting, drafts, accepted, not expected', () => {
    expect(
      order({
        accepted: [cell()],
        notExpected: [cell({ status: 'NOT_EXPECTED', timing: null, daysLate: null })],
        draft: [cell({ status: 'DRAFT', timing: null, daysLate: null })],
        awaiting: [awaiting],
        returned: [cell({ status: 'RETURNED' })],
        late: [lateAccepted],
        overdue: [overdueDraft],
      }),
    ).toEqual(['overdue', 'late', 'returned', 'awaiting', 'draft', 'accepted', 'notExpected']);
  });

  it('orders rows as urgent as each other by their overdue periods, then their days late in all', () => {
    expect(order({ once: [overdueDraft, cell()], twice: [overdueDraft, overdueDraft] })).toEqual(['twice', 'once']);
    expect(order({ two: [lateAccepted], nine: [returnedAfterGrace], eleven: [lateAccepted, returnedAfterGrace] })).toEqual(['eleven', 'nine', 'two']);
  });

  it('ranks a row without cells last', () => {
    expect(statusRowUrgency([])).toEqual({ urgency: 7, overdue: 0, daysLate: 0 });
  });
});

describe('listPage', () => {
  it('gives the place of a page among the pages', () => {
    expect(listPage(4000, 3, 50)).toEqual({ page: 3, pageSize: 50, pageCount: 80, total: 4000, first: 101, last: 150 });
    expect(listPage(120, 3, 50)).toEqual({ page: 3, pageSize: 50, pageCount: 3, total: 120, first: 101, last: 120 });
  });

  it('keeps the page asked for within the pages there are, one page even without items', () => {
    expect(listPage(120, 9, 50).page).toBe(3);
    expect(listPage(120, 0, 50).page).toBe(1);
    expect(listPage(0, 4, 50)).toEqual({ page: 1, pageSize: 50, pageCount: 1, total: 0, first: 0, last: 0 });
  });

  it('covers every item exactly once over its pages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 }), (total, size) => {
        const pages = Array.from({ length: listPage(total, 1, size).pageCount }, (_, index) => listPage(total, index + 1, size));
        const covered = pages.reduce((sum, p) => sum + (p.last === 0 ? 0 : p.last - p.first + 1), 0);
        expect(covered).toBe(total);
        pages.forEach((p, index) => index > 0 && p.first > 0 && expect(p.first).toBe((pages[index - 1]?.last ?? 0) + 1));
      }),
    );
  });
});
