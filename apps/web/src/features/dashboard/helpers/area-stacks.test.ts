import { areaActivity, areasResponse, period } from '../../../../test/factories/dashboard.factories.js';
import { areaStacks, type AreaStacksTexts } from './area-stacks.js';

const q1 = period('Q1');
const h1 = period('H1');
const texts: AreaStacksTexts = {
  period: 'Kỳ',
  area: 'Lĩnh vực',
  plans: 'Kế hoạch',
  decisions: 'Quyết định',
  periodName: (p) => p.kind,
  areaName: (key) => key,
};

const counts = (plans: Partial<Record<string, number>>, decisions = 0) =>
  areaActivity('', {}).areas.map((a) => ({ ...a, plans: plans[a.areaKey] ?? 0, decisions: a.areaKey === 'UNASSIGNED' ? decisions : 0 }));

const response = areasResponse(
  [q1, h1],
  [
    areaActivity(q1.id, { areas: counts({ INSTITUTIONAL: 7, UNASSIGNED: 2 }, 17) }),
    areaActivity(h1.id, { areas: counts({ INSTITUTIONAL: 1, PROCEDURES: 8 }, 24) }),
  ],
);

describe(areaStacks.name, () => {
  it('labels the bars with the periods', () => {
    expect(areaStacks(response, texts).data.labels).toEqual(['Q1', 'H1']);
  });

  it('stacks plans and decisions apart, one series per area that has any, in programme order', () => {
    const { datasets } = areaStacks(response, texts).data;
    expect(datasets.map((d) => [d.stack, d.label, d.data])).toEqual([
      ['plans', 'Kế hoạch · INSTITUTIONAL', [7, 1]],
      ['plans', 'Kế hoạch · PROCEDURES', [0, 8]],
      ['plans', 'Kế hoạch · UNASSIGNED', [2, 0]],
      ['decisions', 'Quyết định · UNASSIGNED', [17, 24]],
    ]);
  });

  it('gives an area the same colour in both stacks, lighter for decisions', () => {
    const { datasets } = areaStacks(response, texts).data;
    expect(datasets[2]?.borderColor).toBe(datasets[3]?.borderColor);
    expect(datasets[3]?.backgroundColor).toBe(`${String(datasets[3]?.borderColor)}99`);
  });

  it('draws nothing for a year whose reports list no plan or decision', () => {
    const empty = areasResponse([q1], [areaActivity(q1.id)]);
    expect(areaStacks(empty, texts).data.datasets).toEqual([]);
  });

  it('keeps every area of the programme in the table, zeros included, a line per period and area', () => {
    const { table } = areaStacks(response, texts);
    expect(table.columns.map((c) => c.header)).toEqual(['Kỳ', 'Lĩnh vực', 'Kế hoạch', 'Quyết định']);
    expect(table.rows).toHaveLength(2 * 7);
    expect(table.rows[0]?.cells).toEqual(['Q1', 'INSTITUTIONAL', 7, 0]);
    expect(table.rows[6]?.cells).toEqual(['Q1', 'UNASSIGNED', 2, 17]);
    expect(table.rows[9]?.cells).toEqual(['H1', 'APPARATUS', 0, 0]);
  });

  it('links no bar to a report: each sums many agencies', () => {
    expect(areaStacks(response, texts).reportIds.flat().every((id) => id === null)).toBe(true);
  });
});
