import { DisciplineInspectionSchema } from './discipline-inspection.schema.js';

const planned = { teamDecision: '23/QĐ-SNgV', plan: '408/KH-SNgV', heldOn: null, scope: 'Kỷ luật, kỷ cương hành chính', violations: 0, handling: null };
const paths = (input: unknown) => DisciplineInspectionSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('DisciplineInspectionSchema', () => {
  it('rejects violations without handling, and violations of an inspection not yet held', () => {
    expect(paths({ ...planned, heldOn: '2020-09-01', inspected: ['Văn phòng'], violations: 1 })).toEqual(['handling']);
    expect(paths({ ...planned, violations: 1, handling: 'Nhắc nhở' })).toEqual(['violations']);
  });

  it('requires a held inspection to name what it inspected', () => {
    expect(paths({ ...planned, heldOn: '2020-09-01' })).toEqual(['inspected']);
  });

  it('rejects a team decision or plan of the wrong type', () => {
    expect(paths({ ...planned, teamDecision: '408/KH-SNgV', plan: '23/QĐ-SNgV' })).toEqual(['teamDecision', 'plan']);
  });

  it('accepts the seed inspection, set up and planned but not yet held', () => {
    expect(DisciplineInspectionSchema.parse(planned)).toMatchObject({ inspected: [], findings: '' });
  });
});
