import { agency, dossierPoint, dossierResponse, period } from '../../../../test/factories/dashboard.factories.js';
import { defaultPickedAgencies, rateSeries, type RateSeriesTexts } from './rate-series.js';

const q1 = period('Q1');
const h1 = period('H1');
const sngv = agency('SNgV');
const stp = agency('STP');
const texts: RateSeriesTexts = { period: 'Kỳ báo cáo', periodName: (p) => p.kind, province: 'Toàn tỉnh', agencyName: (a) => a.code };

const response = dossierResponse(
  [q1, h1],
  [dossierPoint(q1.id, { received: 100, onTimeRate: 0.9, onlineRate: 0.2 }), dossierPoint(h1.id, { received: 200, onTimeRate: 0.95, onlineRate: 0.25 })],
  [
    { agency: sngv, restatedFrom: [], points: [dossierPoint(q1.id, { received: 4, onTimeRate: 1, onlineRate: 0.25 }), dossierPoint(h1.id)] },
    { agency: stp, restatedFrom: [], points: [dossierPoint(q1.id, { received: 40, onTimeRate: 0.8, onlineRate: 0 }), dossierPoint(h1.id, { received: 60, onTimeRate: 0.9, onlineRate: 0.1 })] },
  ],
);
const reports = new Map([[`${sngv.id}|${q1.id}`, 'report-sngv-q1'], [`${stp.id}|${h1.id}`, 'report-stp-h1']]);
const lookup = (agencyId: string, periodId: string): string | null => reports.get(`${agencyId}|${periodId}`) ?? null;

describe(rateSeries.name, () => {
  it('draws only the province when no agency is picked', () => {
    const model = rateSeries(response, 'onTimeRate', [], texts, lookup);
    expect(model.data.labels).toEqual(['Q1', 'H1']);
    expect(model.data.datasets.map((d) => [d.label, d.data])).toEqual([['Toàn tỉnh', [0.9, 0.95]]]);
  });

  it('adds a line per picked agency in the order picked, with a gap where it has no figures', () => {
    const model = rateSeries(response, 'onTimeRate', [stp.id, sngv.id], texts, lookup);
    expect(model.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Toàn tỉnh', [0.9, 0.95]],
      ['STP', [0.8, 0.9]],
      ['SNgV', [1, null]],
    ]);
    expect(model.data.datasets.every((d) => d.type === 'line' && d.spanGaps)).toBe(true);
  });

  it('charts the online rate when asked', () => {
    expect(rateSeries(response, 'onlineRate', [sngv.id], texts, lookup).data.datasets.map((d) => d.data)).toEqual([
      [0.2, 0.25],
      [0.25, null],
    ]);
  });

  it('ignores a picked agency the answer does not have (another agency kind)', () => {
    expect(rateSeries(response, 'onTimeRate', ['not-there'], texts, lookup).data.datasets).toHaveLength(1);
  });

  it('links each agency point with a value to its report, and no province point', () => {
    const model = rateSeries(response, 'onTimeRate', [sngv.id, stp.id], texts, lookup);
    expect(model.reportIds).toEqual([
      [null, null],
      ['report-sngv-q1', null],
      [null, 'report-stp-h1'],
    ]);
  });

  it('gives a table with a line per period and a rate column per series', () => {
    const { table } = rateSeries(response, 'onTimeRate', [sngv.id], texts, lookup);
    expect(table.columns).toEqual([
      { header: 'Kỳ báo cáo', kind: 'text' },
      { header: 'Toàn tỉnh', kind: 'rate' },
      { header: 'SNgV', kind: 'rate' },
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Q1', 0.9, 1],
      ['H1', 0.95, null],
    ]);
  });
});

describe(defaultPickedAgencies.name, () => {
  it('picks the agencies that received the most dossiers over the year', () => {
    expect(defaultPickedAgencies(response, 1)).toEqual([stp.id]);
    expect(defaultPickedAgencies(response, 3)).toEqual([stp.id, sngv.id]);
  });

  it('picks none that received no dossier', () => {
    const idle = dossierResponse([q1], [dossierPoint(q1.id)], [{ agency: sngv, restatedFrom: [], points: [dossierPoint(q1.id)] }]);
    expect(defaultPickedAgencies(idle)).toEqual([]);
  });
});
