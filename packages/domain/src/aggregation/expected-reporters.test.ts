import { reportingWindow } from '../periods/reporting-window.js';
import { expectedReporters } from './expected-reporters.js';

const district = { id: 'huyen-son-tinh', validFrom: '1990-01-01', validTo: '2025-06-30' };
const commune = { id: 'xa-moi', validFrom: '2025-07-01', validTo: null };
const department = { id: 'SNgV', validFrom: '1990-01-01', validTo: null };

describe(expectedReporters.name, () => {
  it('expects nobody from no agencies', () => {
    expect(expectedReporters([], reportingWindow(2025, 'YEAR'))).toEqual([]);
  });

  it('counts an agency on its first and last valid days', () => {
    expect(expectedReporters([{ id: 'a', validFrom: '2025-06-14', validTo: '2025-06-14' }], { to: '2025-06-14' })).toHaveLength(1);
  });

  it('expects districts, not the new communes, for H1 2025', () => {
    expect(expectedReporters([district, commune, department], reportingWindow(2025, 'H1')).map((a) => a.id)).toEqual(['huyen-son-tinh', 'SNgV']);
  });

  it('expects the new communes, not districts, for the year 2025', () => {
    expect(expectedReporters([district, commune, department], reportingWindow(2025, 'YEAR')).map((a) => a.id)).toEqual(['xa-moi', 'SNgV']);
  });

  it('never expects the province itself, which compiles the others', () => {
    const agencies = [
      { id: 'UBND', validFrom: '1990-01-01', validTo: null, kind: 'province' as const },
      { id: 'SNgV', validFrom: '1990-01-01', validTo: null, kind: 'department' as const },
    ];
    expect(expectedReporters(agencies, { to: '2021-09-14' }).map((a) => a.id)).toEqual(['SNgV']);
  });
});
