import { checkAssessment } from './check-assessment.js';
import { EXAMPLE_DEPARTMENT_FRAMEWORK } from './example-framework.js';

const base = { framework: 'EXAMPLE-DEPT-2021', unitId: 'SNgV', year: 2021 };
const blank = { self: null, appraised: null, survey: null, computed: null, evidence: [] };
const allSubs = EXAMPLE_DEPARTMENT_FRAMEWORK.areas.flatMap((a) => a.criteria.flatMap((c) => c.subCriteria));
const full = allSubs.map((s) => ({ ...blank, subCriterion: s.code, self: s.maxPoints, survey: s.maxPoints, computed: s.maxPoints }));

describe(checkAssessment.name, () => {
  it('warns about every missing score of an empty assessment', () => {
    const findings = checkAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { ...base, scores: [] });
    expect(findings).toHaveLength(allSubs.length);
    expect(findings.every((f) => f.code === 'SCORE_MISSING' && f.severity === 'warning')).toBe(true);
  });

  it('rejects an unknown sub-criterion and a score above the maximum', () => {
    const scores = [...full, { ...blank, subCriterion: '9.9.9', self: 1 }, { ...blank, subCriterion: '1.1.1', appraised: 3 }];
    expect(checkAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { ...base, scores }).map((f) => [f.code, f.path])).toEqual([
      ['SCORE_UNKNOWN_CRITERION', `scores[${allSubs.length}].subCriterion`],
      ['SCORE_OUT_OF_RANGE', `scores[${allSubs.length + 1}].appraised`],
    ]);
  });

  it('accepts a complete assessment within range', () => {
    expect(checkAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { ...base, scores: full })).toEqual([]);
  });
});
