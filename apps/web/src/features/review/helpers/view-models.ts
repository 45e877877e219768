import type { ReportPart } from './report-paths.js';

// The shapes the review pages hand to their components (kept in a .ts file so both sides and
// the type-aware lint see them).

/** A line of the review queue. */
export interface QueueRow {
  id: string;
  agencyName: string;
  periodLabel: string;
  submittedAt: string | null;
  timing: { timing: 'ON_TIME' | 'LATE' | 'AFTER_GRACE'; daysLate: number } | null;
  errorCount: number;
  warningCount: number;
}

/** A domain finding in the reader's language, with the part of the document it points at. */
export interface FindingItem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  part: ReportPart;
  partLabel: string;
}

/** A change between two submissions, ready to show. */
export interface ChangeRow {
  where: string;
  before: string | null;
  after: string | null;
}

/** A part a return reason can be attached to (`value` null: the whole report). */
export interface ReasonTarget {
  value: string | null;
  label: string;
}

/** A reviewer's reason shown in place (its row when it points at a table row). */
export interface PartNote {
  message: string;
  row: number | null;
}
