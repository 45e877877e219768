import { checkOnlineServiceLevels } from './check-online-service-levels.js';

describe(checkOnlineServiceLevels.name, () => {
  it('finds nothing in no counts', () => {
    expect(checkOnlineServiceLevels([], { periodEnd: '2020-09-14' })).toEqual([]);
  });

  it('accepts levels 1-4 before Decree 42/2022 and full/partial after', () => {
    expect(checkOnlineServiceLevels([{ level: 'LEVEL_3', count: 2 }], { periodEnd: '2020-09-14' })).toEqual([]);
    expect(checkOnlineServiceLevels([{ level: 'FULL', count: 5 }, { level: 'PARTIAL', count: 1 }], { periodEnd: '2023-09-14' })).toEqual([]);
  });

  it('warns about a level of the other regime, at its path', () => {
    const findings = checkOnlineServiceLevels([{ level: 'FULL', count: 1 }, { level: 'LEVEL_4', count: 1 }], {
      periodEnd: '2023-09-14',
      path: 'report.onlineServices',
    });
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['ONLINE_SERVICE_LEVEL_REGIME', 'warning', 'report.onlineServices[1].level'],
    ]);
  });
});
