import { AGENCY_KINDS } from './agency-kind.js';
import { agencyLevel } from './agency-level.js';

describe(agencyLevel.name, () => {
  it('puts departments and boards at the province level, and leaves the province itself out', () => {
    expect(AGENCY_KINDS.map((kind) => [kind, agencyLevel(kind)])).toEqual([
      ['department', 'province'],
      ['board', 'province'],
      ['district', 'district'],
      ['commune', 'commune'],
      ['province', null],
    ]);
  });
});
