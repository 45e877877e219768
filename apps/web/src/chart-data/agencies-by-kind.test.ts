import { agenciesByKind } from './agencies-by-kind.js';

describe(agenciesByKind.name, () => {
  it('gives no bars for no agencies', () => {
    expect(agenciesByKind([], (k) => k, 'n')).toEqual({ labels: [], datasets: [{ label: 'n', data: [], backgroundColor: [] }] });
  });

  it('counts agencies per kind in the fixed kind order and skips empty kinds', () => {
    const agencies = [{ kind: 'district' }, { kind: 'department' }, { kind: 'district' }] as const;
    const data = agenciesByKind(agencies, (k) => k.toUpperCase(), 'Agencies');
    expect(data.labels).toEqual(['DEPARTMENT', 'DISTRICT']);
    expect(data.datasets[0]?.data).toEqual([1, 2]);
  });
});
