import { agency, dossierPoint, dossierResponse, period } from '../../../../test/factories/dashboard.factories.js';
import { PROVINCE_COLOUR, agencyColour } from './palette.js';
import { rateSeries, type RateSeriesTexts } from './rate-series.js';

const q1 = period('Q1');
const h1 = period('H1');
const sngv = agency('SNgV');
const stp = agency('STP');
const texts: RateSeriesTexts = {
  period: 'Kỳ báo cáo',
  periodName: (p) => p.kind,
  province: 'Toàn tỉnh',
  agencyName: (a) => a.code,
  noFigures: (name) => `${name} (không có số liệu)`,
};

const response = dossierResponse(
  [q1, h1],
  [
    dossierPoint(q1.id, { received: 100, onTimeRate: 0.9, onlineRate: 0.2, reportId: 'report-of-the-province' }),
    dossierPoint(h1.id, { received: 200, onTimeRate: 0.95, onlineRate: 0.25 }),
  ],
  [
    { agency: sngv, restatedFrom: [], points: [dossierPoint(q1.id, { received: 4, onTimeRate: 1, onlineRate: 0.25, reportId: 'report-sngv-q1' }), dossierPoint(h1.id)] },
    {
      agency: stp,
      restatedFrom: [],
      points: [
        // A sum of several reports (restated): nothing to open.
        dossierPoint(q1.id, { received: 40, onTimeRate: 0.8, onlineRate: 0, reportId: null }),
        dossierPoint(h1.id, { received: 60, onTimeRate: 0.9, onlineRate: 0.1, reportId: 'report-stp-h1' }),
      ],
    },
  ],
);

describe(rateSeries.name, () => {
  it('draws only the province when the reviewer picked none and the answer has no agency', () => {
    const model = rateSeries({ ...response, agencies: [] }, 'onTimeRate', null, texts);
    expect(model.data.labels).toEqual(['Q1', 'H1']);
    expect(model.data.datasets.map((d) => [d.label, d.data])).toEqual([['Toàn tỉnh', [0.9, 0.95]]]);
  });

  it("charts the answer's own agencies (the busiest, as the API chose them) when none is picked", () => {
    const model = rateSeries(response, 'onTimeRate', null, texts);
    expect(model.data.datasets.map((d) => [d.label, d.data, d.borderColor])).toEqual([
      ['Toàn tỉnh', [0.9, 0.95], PROVINCE_COLOUR],
      ['SNgV', [1, null], agencyColour(0)],
      ['STP', [0.8, 0.9], agencyColour(1)],
    ]);
  });

  it('adds a line per picked agency in the order picked, with a gap where it has no figures', () => {
    const model = rateSeries(response, 'onTimeRate', [stp, sngv], texts);
    expect(model.data.datasets.map((d) => [d.label, d.data, d.borderColor])).toEqual([
      ['Toàn tỉnh', [0.9, 0.95], PROVINCE_COLOUR],
      ['STP', [0.8, 0.9], agencyColour(0)],
      ['SNgV', [1, null], agencyColour(1)],
    ]);
    expect(model.data.datasets.every((d) => d.type === 'line' && d.spanGaps)).toBe(true);
  });

  it('charts the online rate when asked', () => {
    expect(rateSeries(response, 'onlineRate', [sngv], texts).data.datasets.map((d) => d.data)).toEqual([
      [0.2, 0.25],
      [0.25, null],
    ]);
  });

  it('names a picked agency without figures as such, with no line, keeping its colour and its column', () => {
    const idle = agency('SYT');
    const withIdle = { ...response, agencies: [...response.agencies, { agency: idle, restatedFrom: [], points: [dossierPoint(q1.id), dossierPoint(h1.id)] }] };
    const model = rateSeries(withIdle, 'onTimeRate', [idle, sngv], texts);
    expect(model.data.datasets.map((d) => [d.label, d.data, d.borderColor])).toEqual([
      ['Toàn tỉnh', [0.9, 0.95], PROVINCE_COLOUR],
      ['SYT (không có số liệu)', [null, null], agencyColour(0)],
      ['SNgV', [1, null], agencyColour(1)],
    ]);
    expect(model.table.columns.map((c) => c.header)).toEqual(['Kỳ báo cáo', 'Toàn tỉnh', 'SYT (không có số liệu)', 'SNgV']);
    expect(model.reportIds[1]).toEqual([null, null]);
  });

  it('names a picked agency the answer lacks as without figures too', () => {
    const elsewhere = agency('SXD');
    expect(rateSeries(response, 'onTimeRate', [elsewhere], texts).data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Toàn tỉnh', [0.9, 0.95]],
      ['SXD (không có số liệu)', [null, null]],
    ]);
  });

  it('charts a picked predecessor by the series it was folded into when history is restated, once for several', () => {
    const snnptnt = agency('SNNPTNT');
    const stnmt = agency('STNMT');
    const snnmt = agency('SNNMT', { validFrom: '2025-03-01' });
    const restated = dossierResponse([q1, h1], response.province, [
      {
        agency: snnmt,
        restatedFrom: [snnptnt, stnmt].map(({ id, code, name }) => ({ id, code, name })),
        points: [dossierPoint(q1.id, { received: 10, onTimeRate: 0.5, onlineRate: 0 }), dossierPoint(h1.id)],
      },
    ]);
    const model = rateSeries(restated, 'onTimeRate', [snnptnt, stnmt, sngv], { ...texts, restated: (codes) => `(gộp ${codes})` });
    expect(model.data.datasets.map((d) => [d.label, d.data, d.borderColor])).toEqual([
      ['Toàn tỉnh', [0.9, 0.95], PROVINCE_COLOUR],
      ['SNNMT (gộp SNNPTNT, STNMT)', [0.5, null], agencyColour(0)],
      // The colour of its place among the picks, as the picker shows it.
      ['SNgV (không có số liệu)', [null, null], agencyColour(2)],
    ]);
  });

  it('links each agency point made by one report to that report, and no province point', () => {
    const model = rateSeries(response, 'onTimeRate', [sngv, stp], texts);
    expect(model.reportIds).toEqual([
      [null, null],
      ['report-sngv-q1', null],
      [null, 'report-stp-h1'],
    ]);
  });

  it('gives a table with a line per period and a rate column per series', () => {
    const { table } = rateSeries(response, 'onTimeRate', [sngv], texts);
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
