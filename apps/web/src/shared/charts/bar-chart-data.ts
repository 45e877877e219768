import type { DataTable } from './data-table.js';

/**
 * One series as Chart.js takes it, without depending on Chart.js: a bar chart may mix in line
 * series (`type: 'line'`), e.g. a province average across every bar.
 */
export interface ChartDataset<V = number> {
  label: string;
  data: V[];
  type?: 'bar' | 'line';
  backgroundColor?: string | string[];
  borderColor?: string | string[];
  borderWidth?: number;
  borderDash?: number[];
  pointRadius?: number;
  pointHoverRadius?: number;
  /** Bars with the same stack pile up (with `stacked`); different stacks stand side by side. */
  stack?: string;
  /** `y1`: the secondary value axis on the right, for a series of another magnitude. */
  yAxisID?: 'y' | 'y1';
  grouped?: boolean;
  /** Lower draws on top. */
  order?: number;
  /** Draw a line across periods without a value. */
  spanGaps?: boolean;
  /** The legend's swatch when the bars have a colour each (Chart.js cannot draw a list there). */
  legendColor?: string;
}

/**
 * How a category's label stands out on the axis: `gap`, the mark of categories left out (muted,
 * in italics); `found`, one the reader searched for (bold); null, as usual.
 */
export type CategoryMark = 'gap' | 'found' | null;

/** The data a bar (or line) chart draws: what Chart.js takes, without depending on it. */
export interface BarChartData<V = number> {
  labels: string[];
  datasets: ChartDataset<V>[];
}

/**
 * Everything a dashboard chart shows: its datasets, the same data as a table (the text
 * alternative and the CSV), and for each drawn value (`reportIds[dataset][index]`) the agency
 * report it comes from, if it comes from one report: a click on it opens that report.
 */
export interface ChartModel {
  data: BarChartData<number | null>;
  table: DataTable;
  reportIds: (string | null)[][];
  /** What the tooltip says of a value (`[dataset][index]`), when the number alone says nothing. */
  pointLabels?: string[][];
}

/** The report behind a drawn value, or null for an aggregate (a province figure, a sum). */
export function reportAt(model: Pick<ChartModel, 'reportIds'>, datasetIndex: number, index: number): string | null {
  return model.reportIds[datasetIndex]?.[index] ?? null;
}
