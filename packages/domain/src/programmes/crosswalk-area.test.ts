import { crosswalkArea } from './crosswalk-area.js';

describe(crosswalkArea.name, () => {
  it('returns undefined for an unknown area', () => {
    expect(crosswalkArea('30c.9', '76')).toBeUndefined();
  });

  it('maps a renamed area to its successor', () => {
    expect(crosswalkArea('30c.4', '76')).toMatchObject({ id: '76.4', name: { vi: 'Cải cách chế độ công vụ' } });
  });

  it('maps back from 76 to 30c', () => {
    expect(crosswalkArea('76.6', '30c')?.id).toBe('30c.6');
  });
});
