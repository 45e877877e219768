import type { Assessment, ScoringFramework, SubCriterionScore } from './scoring-framework.schema.js';

export interface AreaScore {
  code: string;
  points: number;
  maxPoints: number;
  /** points / maxPoints × 100. */
  percentage: number;
}

export interface AssessmentResult {
  unitId: string;
  year: number;
  points: number;
  maxPoints: number;
  /** Final percentage, points / maxPoints × 100. */
  percentage: number;
  areas: AreaScore[];
  /** Sub-criteria without a score usable for their method (counted as 0). */
  missing: string[];
}

/**
 * The score a sub-criterion counts with, by method: self-assessed ones count the appraised score
 * when the appraisal has been done, else the self score; survey ones the survey score; computed
 * ones the computed value, or an appraised correction of it. Null when there is none.
 *
 * @example
 * effectiveScore('SELF', { self: 4, appraised: 3, survey: null, computed: null }) // 3
 */
export function effectiveScore(
  method: 'SELF' | 'SURVEY' | 'COMPUTED',
  score: Pick<SubCriterionScore, 'self' | 'appraised' | 'survey' | 'computed'> | undefined,
): number | null {
  if (!score) return null;
  switch (method) {
    case 'SELF':
      return score.appraised ?? score.self;
    case 'SURVEY':
      return score.survey;
    case 'COMPUTED':
      return score.appraised ?? score.computed;
  }
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Scores a unit's assessment against a framework: each sub-criterion's effective score (see
 * {@link effectiveScore}), clamped to 0..max, summed by area and in total, with the final
 * percentage (rounded to 2 decimals). Missing scores count 0 and are listed.
 *
 * @example
 * scoreAssessment(EXAMPLE_DEPARTMENT_FRAMEWORK, { framework: 'EXAMPLE-DEPT-2021', unitId: 'SNgV', year: 2021, scores: [] }).percentage // 0
 */
export function scoreAssessment(framework: ScoringFramework, assessment: Assessment): AssessmentResult {
  const byCode = new Map(assessment.scores.map((s) => [s.subCriterion, s]));
  const missing: string[] = [];
  const areas = framework.areas.map((area) => {
    let points = 0;
    for (const criterion of area.criteria) {
      for (const sub of criterion.subCriteria) {
        const value = effectiveScore(sub.method, byCode.get(sub.code));
        if (value === null || !Number.isFinite(value)) missing.push(sub.code);
        else points += Math.min(sub.maxPoints, Math.max(0, value));
      }
    }
    return { code: area.code, points: round(points), maxPoints: area.maxPoints, percentage: round((points / area.maxPoints) * 100) };
  });
  const points = areas.reduce((total, a) => total + a.points, 0);
  return {
    unitId: assessment.unitId,
    year: assessment.year,
    points: round(points),
    maxPoints: framework.maxPoints,
    percentage: round((points / framework.maxPoints) * 100),
    areas,
    missing,
  };
}
