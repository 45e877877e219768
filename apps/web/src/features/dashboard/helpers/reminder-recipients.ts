import { AGENCY_KINDS, type AgencyKind, type DashboardStatusResponse, type LocalizedText, type ReminderLetterDto } from '@cchc/domain';
import { boardCellState, type BoardCell, type BoardColumn } from './status-board.js';

// Which agencies Home Affairs' reminder letter (công văn đôn đốc) can go to: those expected to
// report for the period that have not submitted (no report, or a draft never submitted), the
// same rule the API applies when the letter is sent.

/** An agency named in a reminder letter, as the board and the letters name it. */
export interface ReminderAgency {
  id: string;
  code: string;
  name: LocalizedText;
  /** Null for an agency known only from a letter (the letters do not say its kind). */
  kind: AgencyKind | null;
}

/**
 * Whether the agency of a board cell can be reminded for the cell's period: expected to report
 * and not submitted, whether it has no report (MISSING) or a draft that never went (DRAFT).
 *
 * @example
 * canRemind({ expected: true, state: 'DRAFT', submittedAt: null }) // true
 * canRemind({ expected: true, state: 'RETURNED', submittedAt: '2020-09-18T08:00:00+07:00' }) // false
 */
export function canRemind(cell: Pick<BoardCell, 'expected' | 'state' | 'submittedAt'>): boolean {
  return cell.expected && cell.submittedAt === null && (cell.state === 'MISSING' || cell.state === 'DRAFT');
}

/**
 * How many agencies of the whole board (every page, the agency kind on show) can be reminded for
 * a column's period: the expected ones still missing or in draft.
 *
 * @example
 * remindableCount({ counts: { MISSING: 2, DRAFT: 1, ... } }) // 3
 */
export function remindableCount(column: Pick<BoardColumn, 'counts'>): number {
  return column.counts.MISSING + column.counts.DRAFT;
}

/**
 * The agencies of a status board answer (one page of it, or several) that can be reminded for a
 * period, in the board's order.
 */
export function remindableAgencies(response: Pick<DashboardStatusResponse, 'rows'>, periodId: string): ReminderAgency[] {
  return response.rows.flatMap((row) => {
    const cell = row.cells.find((c) => c.periodId === periodId);
    if (!cell) return [];
    if (!canRemind({ expected: cell.expected, state: boardCellState(cell), submittedAt: cell.submittedAt })) return [];
    const { id, code, name, kind } = row.agency;
    return [{ id, code, name, kind }];
  });
}

const KIND_ORDER = new Map<AgencyKind | null, number>(AGENCY_KINDS.map((kind, index) => [kind, index]));
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The recipients in the order a letter lists them, as the board does: departments, boards,
 * districts, communes, each by Vietnamese name (the letter is Vietnamese); agencies of unknown kind last.
 *
 * @example
 * sortRecipients([{ name: { vi: 'UBND huyện A' }, kind: 'district' }, { name: { vi: 'Sở Tư pháp' }, kind: 'department' }]) // Sở Tư pháp first
 */
export function sortRecipients<T extends Pick<ReminderAgency, 'name' | 'kind'>>(agencies: readonly T[]): T[] {
  const rank = (kind: AgencyKind | null): number => KIND_ORDER.get(kind) ?? AGENCY_KINDS.length;
  return [...agencies].sort((a, b) => rank(a.kind) - rank(b.kind) || collator.compare(a.name.vi, b.name.vi));
}

/**
 * Adds agencies to a selection, each once, keeping the letter's order.
 *
 * @example
 * withRecipients([stp], [stp, sngv]) // [sngv, stp] (by name)
 */
export function withRecipients(selected: readonly ReminderAgency[], added: readonly ReminderAgency[]): ReminderAgency[] {
  const byId = new Map(selected.map((agency) => [agency.id, agency]));
  for (const agency of added) if (!byId.has(agency.id)) byId.set(agency.id, agency);
  return sortRecipients([...byId.values()]);
}

/**
 * The letters of the period already sent to an agency, newest first (as the API lists them): a
 * second letter to it is then issued knowingly.
 */
export function lettersTo(letters: readonly ReminderLetterDto[], agencyId: string): ReminderLetterDto[] {
  return letters.filter((letter) => letter.agencies.some((agency) => agency.id === agencyId));
}
