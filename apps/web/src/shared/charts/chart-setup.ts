import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ActiveElement,
  type ChartEvent,
  type ChartOptions,
  type InteractionMode,
  type LegendItem,
  type TooltipItem,
} from 'chart.js';
import type { ChartDataset } from './bar-chart-data.js';
import { formatCell, type ColumnKind } from './data-table.js';

// What the dashboard's charts share: the Chart.js parts they use (registered once, so the
// bundle carries only those), the Vietnamese number formats on axes and tooltips, the legend
// swatches of bars coloured one by one, and a click on a value that stands for one report.

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Title);

/** A value of the chart as the screen writes it (1.245; 3,4; 92,5%). */
export function formatValue(value: number, kind: ColumnKind): string {
  return formatCell(value, { kind });
}

/** The drawn value a click or a key press picks: its series and its place on the category axis. */
export interface ChartSelection {
  datasetIndex: number;
  index: number;
}

export interface InteractionSettings {
  /** Which drawn values a click may pick; the others are aggregates and open nothing. */
  selectable?: (selection: ChartSelection) => boolean;
  onSelect: (selection: ChartSelection) => void;
  /** `index`: a click anywhere on a category picks it (bars); `nearest`: the closest point (lines). */
  mode: Extract<InteractionMode, 'index' | 'nearest'>;
  axis: 'x' | 'y' | 'xy';
  pointLabels?: string[][];
  valueKind: ColumnKind;
  secondaryKind?: ColumnKind;
}

function pickable(elements: readonly ActiveElement[], selectable: InteractionSettings['selectable']): ChartSelection | null {
  const found = elements.find((e) => selectable?.({ datasetIndex: e.datasetIndex, index: e.index }) ?? false);
  return found ? { datasetIndex: found.datasetIndex, index: found.index } : null;
}

/** The options every dashboard chart shares: interaction, click to open, tooltips and legend. */
export function sharedOptions(settings: InteractionSettings): ChartOptions<'bar' | 'line'> {
  const elementsAt = (event: ChartEvent, chart: Chart): ActiveElement[] =>
    event.native ? chart.getElementsAtEventForMode(event.native, settings.mode, { intersect: false, axis: settings.axis }, true) : [];
  return {
    responsive: true,
    maintainAspectRatio: false,
    // Drawn at once: the figures are there to be read, and growing bars only delay the reading
    // (a dashboard opened at sign-in would otherwise settle 300 ms later), and move for nothing for
    // those who asked their system for less motion.
    animation: false,
    interaction: { mode: settings.mode, intersect: false, axis: settings.axis },
    onClick: (event, _elements, chart) => {
      const selection = pickable(elementsAt(event, chart), settings.selectable);
      if (selection) settings.onSelect(selection);
    },
    onHover: (event, _elements, chart) => {
      chart.canvas.style.cursor = pickable(elementsAt(event, chart), settings.selectable) ? 'pointer' : 'default';
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          boxWidth: 14,
          generateLabels: (chart): LegendItem[] =>
            Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
              const dataset = chart.data.datasets[item.datasetIndex ?? -1] as unknown as ChartDataset | undefined;
              return dataset?.legendColor ? { ...item, fillStyle: dataset.legendColor, strokeStyle: dataset.legendColor } : item;
            }),
        },
      },
      tooltip: {
        filter: (item: TooltipItem<'bar' | 'line'>) => settings.pointLabels?.[item.datasetIndex]?.[item.dataIndex] !== '',
        callbacks: {
          label: (item: TooltipItem<'bar' | 'line'>) => {
            const text = settings.pointLabels?.[item.datasetIndex]?.[item.dataIndex];
            if (text) return text;
            const value = settings.axis === 'y' ? item.parsed.x : item.parsed.y;
            if (value === null || value === undefined) return `${item.dataset.label ?? ''}: —`;
            const kind = item.dataset.yAxisID === 'y1' ? (settings.secondaryKind ?? settings.valueKind) : settings.valueKind;
            return `${item.dataset.label ?? ''}: ${formatValue(value, kind)}`;
          },
        },
      },
    },
  };
}

/** A long category label shortened for the axis (the tooltip keeps it whole). */
export function shortLabel(label: unknown, max: number): string {
  const text = String(label);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
