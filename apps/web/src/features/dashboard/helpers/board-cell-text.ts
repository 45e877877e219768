import type { DashboardAgencyLink } from '@cchc/domain';
import { formatDate } from '../../../shared/format/format-date.js';
import type { BoardCell, BoardRow } from './status-board.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** How the board's texts are written: the translation and the agency names of the screen's language. */
export interface BoardCellTexts {
  t: Translate;
  agencyName: (agency: Pick<DashboardAgencyLink, 'name'>) => string;
}

/**
 * The second line of a cell about timing: how late, or that the deadline passed without a report.
 *
 * @example
 * boardCellDetail({ state: 'ACCEPTED', late: true, daysLate: 2, … }, texts) // 'trễ 2 ngày'
 */
export function boardCellDetail(cell: BoardCell, { t }: BoardCellTexts): string | null {
  if (cell.late && cell.daysLate !== null && cell.daysLate > 0) return t('dashboard.board.lateDays', { days: cell.daysLate });
  if (cell.overdue && (cell.state === 'DRAFT' || cell.state === 'MISSING')) return t('dashboard.board.overdue');
  return null;
}

/** 'SNNMT từ 01/03/2025, …': who took an agency over, and from which day. */
function successorList(links: readonly DashboardAgencyLink[], t: Translate): string {
  return links.map((link) => t('dashboard.board.successorFrom', { code: link.code, date: formatDate(link.effectiveOn) })).join(', ');
}

/**
 * What a cell says of a merger (docs/domain.md §8, §13): the successor's report covers its
 * predecessors, named; a predecessor's cell points to the agency that took it over.
 *
 * @example
 * boardCellLineage({ covers: [snnptnt, stnmt], … }, texts)
 * // 'Báo cáo gồm cả phần của Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường'
 * boardCellLineage({ succeededBy: [snnmt], … }, texts) // '→ SNNMT từ 01/03/2025'
 */
export function boardCellLineage(cell: Pick<BoardCell, 'covers' | 'succeededBy'>, { t, agencyName }: BoardCellTexts): string | null {
  if (cell.covers.length > 0) return t('dashboard.board.covers', { agencies: cell.covers.map(agencyName).join(', ') });
  if (cell.succeededBy.length > 0) return t('dashboard.board.succeededBy', { agencies: successorList(cell.succeededBy, t) });
  return null;
}

/**
 * The whole text of a cell, for the CSV and for a screen reader: the state, its timing in
 * brackets, and what it says of a merger.
 *
 * @example
 * boardCellText({ state: 'MISSING', overdue: true, covers: [snnptnt], … }, texts)
 * // 'Chưa báo cáo (quá hạn) — Báo cáo gồm cả phần của Sở Nông nghiệp và Phát triển nông thôn'
 */
export function boardCellText(cell: BoardCell, texts: BoardCellTexts): string {
  const state = texts.t(`dashboard.board.state.${cell.state}`);
  const detail = boardCellDetail(cell, texts);
  const lineage = boardCellLineage(cell, texts);
  return [detail ? `${state} (${detail})` : state, lineage].filter((part) => part !== null).join(' — ');
}

/**
 * What the agency's row says of its successors: '→ SNNMT từ 01/03/2025'; null when it has none.
 *
 * @example
 * boardRowLineage({ successors: [snnmt], … }, texts) // '→ SNNMT từ 01/03/2025'
 */
export function boardRowLineage(row: Pick<BoardRow, 'successors'>, { t }: BoardCellTexts): string | null {
  return row.successors.length > 0 ? t('dashboard.board.succeededBy', { agencies: successorList(row.successors, t) }) : null;
}
