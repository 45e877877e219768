import { rankAgencies, type Ranked } from '../aggregation/rank-agencies.js';
import type { AssessmentResult } from './score-assessment.js';

/**
 * Ranks units by their final percentage, highest first; ties share a rank.
 *
 * @example
 * rankAssessments([{ unitId: 'A', percentage: 81.5 }, { unitId: 'B', percentage: 90 }]).map((r) => r.item.unitId) // ['B', 'A']
 */
export function rankAssessments<T extends Pick<AssessmentResult, 'unitId' | 'percentage'>>(results: readonly T[]): Ranked<T>[] {
  return rankAgencies(results, (result) => result.percentage);
}
