import { formatPercent } from '@cchc/domain';
import { formatDate } from '../format/format-date.js';
import { formatDecimal, formatNumber } from '../format/format-number.js';

/**
 * How a column's values read: text as it is, a whole count (1.245), a number that may have
 * decimals (3,4), a rate from 0 to 1 (92,5%), or a `YYYY-MM-DD` date (14/09/2020).
 */
export type ColumnKind = 'text' | 'count' | 'number' | 'rate' | 'date';

export interface DataColumn {
  header: string;
  kind: ColumnKind;
  /** A change: positive values carry a plus sign. */
  signed?: boolean;
}

export type DataCell = string | number | null;

export interface DataRow {
  cells: DataCell[];
  /** The agency report the row stands for, if it is one: the table view links to it. */
  reportId?: string | null;
}

/**
 * The data of a chart as a table: what the table view (the chart's text alternative) shows and
 * what the CSV download holds. Values stay raw; the view and the CSV each format them.
 */
export interface DataTable {
  columns: DataColumn[];
  rows: DataRow[];
}

/**
 * One value as a Vietnamese reader expects it on screen; a dash for no value.
 *
 * @example
 * formatCell(0.925, { header: 'Đúng hạn', kind: 'rate' }) // '92,5%'
 * formatCell(1245, { header: 'Hồ sơ', kind: 'count' }) // '1.245'
 */
export function formatCell(value: DataCell, column: Pick<DataColumn, 'kind' | 'signed'>): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return column.kind === 'date' ? formatDate(value) : value;
  const sign = column.signed && value > 0 ? '+' : '';
  switch (column.kind) {
    case 'count':
      return sign + formatNumber(Math.round(value));
    case 'number':
      return sign + formatDecimal(value);
    case 'rate':
      return sign + (formatPercent(value) ?? '—');
    case 'text':
    case 'date':
      return String(value);
  }
}
