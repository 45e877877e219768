import type { Finding } from '../findings/finding.js';
import { effectiveScore } from './score-assessment.js';
import type { Assessment, ScoringFramework } from './scoring-framework.schema.js';

/**
 * Checks an assessment against its framework: scores for sub-criteria the framework lacks
 * (`SCORE_UNKNOWN_CRITERION`, error), self, appraised, survey or computed scores below 0 or above
 * the maximum (`SCORE_OUT_OF_RANGE`, error), and sub-criteria without a score usable for their
 * method (`SCORE_MISSING`, warning).
 *
 * @example
 * checkAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { framework: 'EXAMPLE-DEPT-2021', unitId: 'SNgV', year: 2021,
 *   scores: [{ subCriterion: '9.9.9', self: 1, appraised: null, survey: null, computed: null, evidence: [] }] })[0]?.code
 * // 'SCORE_UNKNOWN_CRITERION'
 */
export function checkAssessment(framework: ScoringFramework, assessment: Assessment): Finding[] {
  const subs = new Map(framework.areas.flatMap((a) => a.criteria.flatMap((c) => c.subCriteria.map((s) => [s.code, s] as const))));
  const findings: Finding[] = [];
  assessment.scores.forEach((score, index) => {
    const sub = subs.get(score.subCriterion);
    if (!sub) {
      findings.push({
        code: 'SCORE_UNKNOWN_CRITERION',
        severity: 'error',
        path: `scores[${index}].subCriterion`,
        message: {
          vi: `Tiêu chí thành phần ${score.subCriterion} không có trong bộ chỉ số ${framework.code}.`,
          en: `Sub-criterion ${score.subCriterion} is not in framework ${framework.code}.`,
        },
      });
      return;
    }
    for (const kind of ['self', 'appraised', 'survey', 'computed'] as const) {
      const value = score[kind];
      if (value === null || (value >= 0 && value <= sub.maxPoints)) continue;
      findings.push({
        code: 'SCORE_OUT_OF_RANGE',
        severity: 'error',
        path: `scores[${index}].${kind}`,
        message: {
          vi: `Điểm ${value} của tiêu chí ${sub.code} ngoài khoảng 0 - ${sub.maxPoints}.`,
          en: `Score ${value} of ${sub.code} is outside 0 - ${sub.maxPoints}.`,
        },
        details: { subCriterion: sub.code, value, maxPoints: sub.maxPoints },
      });
    }
  });
  const byCode = new Map(assessment.scores.map((s) => [s.subCriterion, s]));
  for (const sub of subs.values()) {
    if (effectiveScore(sub.method, byCode.get(sub.code)) !== null) continue;
    findings.push({
      code: 'SCORE_MISSING',
      severity: 'warning',
      path: 'scores',
      message: { vi: `Tiêu chí ${sub.code} chưa có điểm.`, en: `Sub-criterion ${sub.code} has no score yet.` },
      details: { subCriterion: sub.code, method: sub.method },
    });
  }
  return findings;
}
