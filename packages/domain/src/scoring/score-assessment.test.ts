import { EXAMPLE_DEPARTMENT_FRAMEWORK } from './example-framework.js';
import { effectiveScore, scoreAssessment } from './score-assessment.js';
import type { SubCriterionScore } from './scoring-framework.schema.js';

const score = (subCriterion: string, values: Partial<SubCriterionScore>): SubCriterionScore => ({
  subCriterion,
  self: null,
  appraised: null,
  survey: null,
  computed: null,
  evidence: [],
  ...values,
});
const allSubs = EXAMPLE_DEPARTMENT_FRAMEWORK.areas.flatMap((a) => a.criteria.flatMap((c) => c.subCriteria));

describe(effectiveScore.name, () => {
  it('is null without a score', () => {
    expect(effectiveScore('SELF', undefined)).toBeNull();
    expect(effectiveScore('SURVEY', score('x', { self: 3 }))).toBeNull();
  });

  it('prefers the appraised score over the self score', () => {
    expect(effectiveScore('SELF', score('x', { self: 4 }))).toBe(4);
    expect(effectiveScore('SELF', score('x', { self: 4, appraised: 3 }))).toBe(3);
  });

  it('uses the survey and the computed value for their methods', () => {
    expect(effectiveScore('SURVEY', score('x', { survey: 12.5, self: 15 }))).toBe(12.5);
    expect(effectiveScore('COMPUTED', score('x', { computed: 7 }))).toBe(7);
  });
});

describe(scoreAssessment.name, () => {
  it('scores 0% and lists every sub-criterion when nothing is scored', () => {
    const result = scoreAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { framework: 'EXAMPLE-DEPT-2021', unitId: 'u', year: 2021, scores: [] });
    expect(result.percentage).toBe(0);
    expect(result.missing).toHaveLength(allSubs.length);
  });

  it('clamps scores to 0..max', () => {
    const result = scoreAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, {
      framework: 'EXAMPLE-DEPT-2021',
      unitId: 'u',
      year: 2021,
      scores: [score('2.1.1', { self: 99 }), score('4.1.1', { self: -5 })],
    });
    expect(result.areas.find((a) => a.code === '2')?.points).toBe(10);
    expect(result.areas.find((a) => a.code === '4')?.points).toBe(0);
  });

  it('gives 100% for full marks and sums areas to the total', () => {
    const scores = allSubs.map((s) => score(s.code, { self: s.maxPoints, survey: s.maxPoints, computed: s.maxPoints }));
    const result = scoreAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { framework: 'EXAMPLE-DEPT-2021', unitId: 'u', year: 2021, scores });
    expect(result).toMatchObject({ points: 100, percentage: 100, missing: [] });
    expect(result.areas.every((a) => a.percentage === 100)).toBe(true);
  });
});
