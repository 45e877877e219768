/** The data a bar chart draws: what Chart.js takes, without depending on it. */
export interface BarChartData<V = number> {
  labels: string[];
  datasets: { label: string; data: V[]; backgroundColor?: string | string[]; grouped?: boolean }[];
}
