import { PlanSchema } from './plan.schema.js';

const plan = (overrides: Record<string, unknown> = {}) => ({
  symbol: '565/KH-SNgV',
  date: '2019-10-23',
  title: 'Công tác cải cách hành chính năm 2020',
  areaKey: null,
  year: 2020,
  ...overrides,
});
const paths = (input: unknown) => PlanSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('PlanSchema', () => {
  it('rejects a symbol that is not a plan', () => {
    expect(paths(plan({ symbol: '23/QĐ-SNgV' }))).toEqual(['symbol']);
    expect(paths(plan({ symbol: '323/SNgV-VP' }))).toEqual(['symbol']);
  });

  it('accepts the plan for 2020 issued in October 2019, with no tasks', () => {
    expect(PlanSchema.parse(plan()).tasks).toEqual([]);
  });

  it('rejects a plan for the past or for two years ahead', () => {
    expect(paths(plan({ year: 2018 }))).toEqual(['year']);
    expect(paths(plan({ year: 2021 }))).toEqual(['year']);
  });

  it('rejects a multi-year plan that ends before it starts', () => {
    expect(paths(plan({ toYear: 2019 }))).toEqual(['toYear']);
  });

  it('ties a completion day to the done status and to after the plan', () => {
    const task = { description: 'Rà soát TTHC', dueOn: null, status: 'DONE', completedOn: null };
    expect(paths(plan({ tasks: [task] }))).toEqual(['tasks.0.completedOn']);
    expect(paths(plan({ tasks: [{ ...task, completedOn: '2019-01-01' }] }))).toEqual(['tasks.0.completedOn']);
    expect(paths(plan({ tasks: [{ ...task, status: 'PLANNED', completedOn: '2020-01-01' }] }))).toEqual(['tasks.0.completedOn']);
    expect(paths(plan({ tasks: [{ ...task, completedOn: '2020-03-01' }] }))).toEqual([]);
  });
});
