import { z } from 'zod';

const localizedText = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const points = z.number().positive();
const code = z.string().trim().min(1);

/** How a sub-criterion is scored: self-assessed with evidence (then appraised), by survey, or computed from system data. */
export const SCORING_METHODS = ['SELF', 'SURVEY', 'COMPUTED'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const SubCriterionSchema = z.strictObject({ code, name: localizedText, maxPoints: points, method: z.enum(SCORING_METHODS) });
export const CriterionSchema = z.strictObject({ code, name: localizedText, maxPoints: points, subCriteria: z.array(SubCriterionSchema).min(1) });
export const ScoringAreaSchema = z.strictObject({ code, name: localizedText, maxPoints: points, criteria: z.array(CriterionSchema).min(1) });

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const sum = (items: readonly { maxPoints: number }[]): number => items.reduce((total, item) => total + item.maxPoints, 0);

/**
 * A scoring framework (docs/domain.md §9; PAR Index and provincial indices): owner, level, years,
 * areas > criteria > sub-criteria with maximum points. Invariants: every level's maximum is the
 * sum of its children's; codes are unique across the framework; the years are in order.
 */
export const ScoringFrameworkSchema = z
  .strictObject({
    code,
    owner: z.string().min(1),
    level: z.enum(['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE']),
    fromYear: z.number().int(),
    toYear: z.number().int().nullable(),
    name: localizedText,
    maxPoints: points,
    /** True when the weights are invented for illustration. */
    example: z.boolean().default(false),
    areas: z.array(ScoringAreaSchema).min(1),
  })
  .superRefine((framework, ctx) => {
    if (framework.toYear !== null && framework.toYear < framework.fromYear) {
      ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'A framework ends no earlier than it starts' });
    }
    if (!close(sum(framework.areas), framework.maxPoints)) {
      ctx.addIssue({ code: 'custom', path: ['areas'], message: `Areas add up to ${sum(framework.areas)}, not ${framework.maxPoints}` });
    }
    const codes = new Set<string>();
    const unique = (value: string, path: (string | number)[]): void => {
      if (codes.has(value)) ctx.addIssue({ code: 'custom', path, message: `Duplicate code ${value}` });
      codes.add(value);
    };
    framework.areas.forEach((area, a) => {
      unique(area.code, ['areas', a, 'code']);
      if (!close(sum(area.criteria), area.maxPoints)) {
        ctx.addIssue({ code: 'custom', path: ['areas', a, 'criteria'], message: `Criteria of ${area.code} add up to ${sum(area.criteria)}, not ${area.maxPoints}` });
      }
      area.criteria.forEach((criterion, c) => {
        unique(criterion.code, ['areas', a, 'criteria', c, 'code']);
        if (!close(sum(criterion.subCriteria), criterion.maxPoints)) {
          ctx.addIssue({
            code: 'custom',
            path: ['areas', a, 'criteria', c, 'subCriteria'],
            message: `Sub-criteria of ${criterion.code} add up to ${sum(criterion.subCriteria)}, not ${criterion.maxPoints}`,
          });
        }
        criterion.subCriteria.forEach((sub, s) => unique(sub.code, ['areas', a, 'criteria', c, 'subCriteria', s, 'code']));
      });
    });
  });
export type ScoringFramework = z.infer<typeof ScoringFrameworkSchema>;

/** One sub-criterion's scores: self-assessed, appraised, from the survey, computed from system data. */
export const SubCriterionScoreSchema = z.strictObject({
  subCriterion: code,
  self: z.number().nullable().default(null),
  appraised: z.number().nullable().default(null),
  survey: z.number().nullable().default(null),
  computed: z.number().nullable().default(null),
  /** Symbols or names of evidence documents (a report is evidence). */
  evidence: z.array(z.string()).default([]),
});
export type SubCriterionScore = z.infer<typeof SubCriterionScoreSchema>;

/** A unit's assessment for one year under one framework. */
export const AssessmentSchema = z.strictObject({
  framework: code,
  unitId: code,
  year: z.number().int(),
  scores: z.array(SubCriterionScoreSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
