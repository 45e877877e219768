import type { DashboardAgencyLink } from '@cchc/domain';
import { createI18n } from 'vue-i18n';
import { agency, missingCell, period, statusCell, statusResponse } from '../../../../test/factories/dashboard.factories.js';
import { dashboardMessages } from '../dashboard.messages.js';
import { boardCellLineage, boardCellText, boardRowLineage, type BoardCellTexts } from './board-cell-text.js';
import { statusBoard } from './status-board.js';

// docs/domain.md §8, §13: SNNPTNT and STNMT became SNNMT on 01/03/2025; SNNMT owes Q1 2025.
const i18n = createI18n({ legacy: false, locale: 'vi', messages: { vi: { dashboard: dashboardMessages.vi }, en: { dashboard: dashboardMessages.en } } });
const texts = (locale: 'vi' | 'en'): BoardCellTexts => ({
  t: (key, params) => i18n.global.t(key, params ?? {}, { locale }),
  agencyName: (a) => a.name[locale],
});
const link = (code: string, vi: string, en: string): DashboardAgencyLink => ({ ...agency(code), name: { vi, en }, effectiveOn: '2025-03-01' });
const snnptnt = link('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development');
const stnmt = link('STNMT', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment');
const snnmt = link('SNNMT', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment');

const q1 = period('Q1', 2025);
const board = statusBoard(
  statusResponse(
    [q1],
    [
      { agency: { ...agency('SNNMT'), validFrom: '2025-03-01' }, predecessors: [snnptnt, stnmt], successors: [], cells: [missingCell(q1.id, { covers: [snnptnt, stnmt] })] },
      {
        agency: { ...agency('SNNPTNT'), validTo: '2025-02-28' },
        predecessors: [],
        successors: [snnmt],
        cells: [missingCell(q1.id, { status: 'NOT_EXPECTED', expected: false, overdue: false, succeededBy: [snnmt] })],
      },
      { agency: agency('STP'), predecessors: [], successors: [], cells: [statusCell(q1.id, { timing: 'LATE', daysLate: 2 })] },
    ],
  ),
);
const [successor, predecessor, unchanged] = board.groups[0]?.rows ?? [];

describe('the texts of a board cell across a merger', () => {
  it("says the successor's report covers its predecessors, by name", () => {
    const cell = successor!.cells[0]!;
    expect(boardCellLineage(cell, texts('vi'))).toBe('Báo cáo gồm cả phần của Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường');
    expect(boardCellText(cell, texts('vi'))).toBe(
      'Chưa báo cáo (quá hạn) — Báo cáo gồm cả phần của Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường',
    );
    expect(boardCellLineage(cell, texts('en'))).toBe('Reports for Department of Agriculture and Rural Development, Department of Natural Resources and Environment too');
  });

  it("points a predecessor's cell and row to the agency that took it over, with the day", () => {
    expect(boardCellText(predecessor!.cells[0]!, texts('vi'))).toBe('Không phải báo cáo — → SNNMT từ 01/03/2025');
    expect(boardRowLineage(predecessor!, texts('vi'))).toBe('→ SNNMT từ 01/03/2025');
    expect(boardRowLineage(predecessor!, texts('en'))).toBe('→ SNNMT from 01/03/2025');
  });

  it('says nothing of a merger for an agency without one', () => {
    expect(boardCellLineage(unchanged!.cells[0]!, texts('vi'))).toBeNull();
    expect(boardRowLineage(unchanged!, texts('vi'))).toBeNull();
    expect(boardCellText(unchanged!.cells[0]!, texts('vi'))).toBe('Đã tiếp nhận (trễ 2 ngày)');
  });
});
