import { EXAMPLE_DEPARTMENT_FRAMEWORK } from './example-framework.js';
import { ScoringFrameworkSchema } from './scoring-framework.schema.js';

const paths = (input: unknown) => ScoringFrameworkSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('ScoringFrameworkSchema', () => {
  it('rejects maxima that are not the sum of their children', () => {
    const [first, ...rest] = EXAMPLE_DEPARTMENT_FRAMEWORK.areas;
    const broken = { ...EXAMPLE_DEPARTMENT_FRAMEWORK, areas: [{ ...first!, maxPoints: 11 }, ...rest] };
    expect(paths(broken)).toEqual(['areas', 'areas.0.criteria']);
  });

  it('rejects duplicate codes and years out of order', () => {
    const [first, second, ...rest] = EXAMPLE_DEPARTMENT_FRAMEWORK.areas;
    expect(paths({ ...EXAMPLE_DEPARTMENT_FRAMEWORK, toYear: 2020, areas: [first, { ...second!, code: '1' }, ...rest] })).toEqual([
      'toYear',
      'areas.1.code',
    ]);
  });

  it('accepts the example framework, whose areas add up to 100 points', () => {
    expect(ScoringFrameworkSchema.parse(EXAMPLE_DEPARTMENT_FRAMEWORK).example).toBe(true);
    expect(EXAMPLE_DEPARTMENT_FRAMEWORK.areas.reduce((t, a) => t + a.maxPoints, 0)).toBe(100);
  });
});
