import { formatPath } from './format-path.js';

describe(formatPath.name, () => {
  it('is empty for the root', () => {
    expect(formatPath([])).toBe('');
  });

  it('starts with an index when the root is a list', () => {
    expect(formatPath([0, 'symbol'])).toBe('[0].symbol');
  });

  it('joins names with dots and puts indexes in brackets', () => {
    expect(formatPath(['sections', 2, 'narrative'])).toBe('sections[2].narrative');
    expect(formatPath(['plans', 0, 'tasks', 1])).toBe('plans[0].tasks[1]');
  });
});
