import { coveredAreaKeys, DOSSIER_FIELDS, RANKING_FIGURES, reportFigures, type DossierFigures, type ReportFigureSource, type ReportFigures } from '@cchc/domain';
import {
  activityTotals,
  agencyFigure,
  areaActivity,
  areaCoverage,
  dossierPoint,
  isPastDeadline,
  isReported,
  previousPeriodOf,
  provinceFigure,
  RANKING_INPUTS,
  reportFigure,
  type RankedField,
} from './dashboard.figures.js';
import type { RankedFigures } from './dashboard.repository.js';

const dossier = (overrides: Partial<DossierFigures> = {}): DossierFigures => ({
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 14,
  receivedPostal: 0,
  resolvedEarly: 0,
  resolvedOnTime: 12,
  resolvedLate: 0,
  pendingWithinTime: 2,
  pendingOverdue: 0,
  returned: 0,
  ...overrides,
});

/** The figures of a report with the given content (the domain's reportFigures, as report_figure stores them). */
const parts = (overrides: Partial<ReportFigureSource> = {}): ReportFigures =>
  reportFigures({
    dossier: null,
    sections: [],
    plans: [],
    decisions: [],
    trainings: [],
    inspections: [],
    ...overrides,
  });

const decision = { symbol: '23/QĐ-SNgV', date: '2020-05-04', purpose: 'SET_UP_TEAM' as const, summary: 'Thành lập đoàn kiểm tra' };

describe('isReported', () => {
  it('counts submitted, returned and accepted reports, not drafts or missing ones', () => {
    expect(['SUBMITTED', 'RETURNED', 'ACCEPTED'].every((s) => isReported(s as 'SUBMITTED'))).toBe(true);
    expect(isReported('DRAFT')).toBe(false);
    expect(isReported('MISSING')).toBe(false);
  });
});

describe('isPastDeadline', () => {
  it('is false until the deadline day is over in Vietnam, and true after', () => {
    expect(isPastDeadline(new Date('2020-09-20T16:59:00Z'), { deadline: '2020-09-20' })).toBe(false);
    expect(isPastDeadline(new Date('2020-09-20T17:00:00Z'), { deadline: '2020-09-20' })).toBe(true);
  });
});

describe('RANKING_INPUTS', () => {
  const COUNTS = ['plans', 'decisions', 'trainings', 'trainingParticipants', 'inspectionsHeld', 'inspectionsPlanned', 'inspectionViolations'] as const;
  /** A deterministic sequence of small counts (a linear congruential generator), zeros included. */
  const counts = (seed: number) => {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state % 7 === 0 ? 0 : state % 40;
    };
  };
  const randomFigures = (next: () => number, withDossier: boolean): RankedFigures => ({
    dossier: withDossier ? (Object.fromEntries(DOSSIER_FIELDS.map((field) => [field, next()])) as unknown as RankedFigures['dossier']) : null,
    ...(Object.fromEntries(COUNTS.map((field) => [field, next()])) as Record<(typeof COUNTS)[number], number>),
  });
  /** The same report with every field but `kept` set to other values. */
  const withOthersChanged = (figures: RankedFigures, kept: readonly RankedField[], next: () => number): RankedFigures => {
    const keep = new Set<string>(kept);
    const changed = (field: string, value: number) => (keep.has(field) ? value : value + 1 + next());
    return {
      dossier: figures.dossier
        ? (Object.fromEntries(DOSSIER_FIELDS.map((field) => [field, changed(field, figures.dossier![field])])) as unknown as RankedFigures['dossier'])
        : null,
      ...(Object.fromEntries(COUNTS.map((field) => [field, changed(field, figures[field])])) as Record<(typeof COUNTS)[number], number>),
    };
  };

  it.each([...RANKING_FIGURES])('lists everything %s is computed from: a report with every other field changed has the same value', (figure) => {
    const next = counts(RANKING_FIGURES.indexOf(figure) + 1);
    for (let sample = 0; sample < 200; sample++) {
      const figures = randomFigures(next, sample % 5 !== 0);
      const other = withOthersChanged(figures, RANKING_INPUTS[figure], next);
      expect(reportFigure(other, figure)).toBe(reportFigure(figures, figure));
      expect(agencyFigure([other, other], figure)).toBe(agencyFigure([figures, figures], figure));
      expect(provinceFigure([other, figures], figure)).toEqual(provinceFigure([figures, figures], figure));
    }
  });

  it('lists nothing a figure does not read: changing any one input changes some value', () => {
    for (const figure of RANKING_FIGURES) {
      for (const input of RANKING_INPUTS[figure]) {
        const next = counts(7);
        const changes = Array.from({ length: 50 }, () => {
          const figures = randomFigures(next, true);
          const others = RANKING_INPUTS[figure].filter((field) => field !== input);
          return reportFigure(withOthersChanged(figures, others, next), figure) !== reportFigure(figures, figure);
        });
        expect({ figure, input, changes: changes.some(Boolean) }).toEqual({ figure, input, changes: true });
      }
    }
  });
});

describe('reportFigure', () => {
  it('is null for a dossier figure when the report has no dossier figures', () => {
    expect(reportFigure(parts(), 'onTimeRate')).toBeNull();
    expect(reportFigure(parts(), 'received')).toBeNull();
  });

  it('takes rates and totals from the dossier figures', () => {
    const p = parts({ dossier: dossier({ receivedOnline: 6, resolvedLate: 3, resolvedOnTime: 9 }) });
    expect(reportFigure(p, 'received')).toBe(20);
    expect(reportFigure(p, 'onTimeRate')).toBe(9 / 12);
    expect(reportFigure(p, 'onlineRate')).toBe(6 / 20);
  });

  it('counts held inspections only, and participants with unknown ones as 0', () => {
    const p = parts({
      inspections: [
        { heldOn: '2020-08-10', violations: 1 },
        { heldOn: null, violations: 0 },
      ],
      trainings: [{ participants: 12 }, { participants: null }],
    });
    expect(reportFigure(p, 'inspections')).toBe(1);
    expect(reportFigure(p, 'trainings')).toBe(2);
    expect(reportFigure(p, 'trainingParticipants')).toBe(12);
  });
});

describe('provinceFigure', () => {
  it('pools the dossier figures for a rate instead of averaging the rates', () => {
    const small = parts({ dossier: dossier({ receivedInPerson: 4, resolvedOnTime: 2, resolvedLate: 2, pendingWithinTime: 0 }) });
    const large = parts({ dossier: dossier({ receivedInPerson: 16, resolvedOnTime: 16, pendingWithinTime: 0 }) });
    expect(provinceFigure([small, large, parts()], 'onTimeRate')).toEqual({ method: 'POOLED', agencies: 2, value: 18 / 20 });
  });

  it('averages a count over the reports that have it', () => {
    expect(provinceFigure([parts({ decisions: [decision, decision] }), parts()], 'decisions')).toEqual({ method: 'MEAN', agencies: 2, value: 1 });
    expect(provinceFigure([parts({ dossier: dossier() }), parts()], 'received')).toEqual({ method: 'MEAN', agencies: 1, value: 14 });
  });

  it('is null when no report has the figure', () => {
    expect(provinceFigure([], 'plans').value).toBeNull();
    expect(provinceFigure([parts()], 'lateRate')).toEqual({ method: 'POOLED', agencies: 0, value: null });
  });
});

describe('agencyFigure', () => {
  const small = parts({ dossier: dossier({ receivedInPerson: 4, resolvedOnTime: 2, resolvedLate: 2, pendingWithinTime: 0 }) });
  const large = parts({ dossier: dossier({ receivedInPerson: 16, resolvedOnTime: 16, pendingWithinTime: 0 }) });

  it("is the report's own figure for one report, and null for none", () => {
    expect(agencyFigure([small], 'onTimeRate')).toBe(reportFigure(small, 'onTimeRate'));
    expect(agencyFigure([parts({ decisions: [decision] })], 'decisions')).toBe(1);
    expect(agencyFigure([], 'plans')).toBeNull();
  });

  it('pools the dossier figures of folded reports for a rate', () => {
    expect(agencyFigure([small, large], 'onTimeRate')).toBe(18 / 20);
  });

  it('adds up counts and totals of folded reports', () => {
    expect(agencyFigure([parts({ decisions: [decision, decision] }), parts({ decisions: [decision] })], 'decisions')).toBe(3);
    expect(agencyFigure([small, large, parts()], 'received')).toBe(20);
    expect(agencyFigure([parts(), parts()], 'received')).toBeNull();
  });
});

describe('dossierPoint', () => {
  it('has null figures and rates when no report has dossier figures', () => {
    expect(dossierPoint('p', [{ agencyId: 'a', figures: parts() }])).toEqual({
      periodId: 'p',
      reports: 0,
      figures: null,
      totals: null,
      rates: { onTimeRate: null, lateRate: null, onlineRate: null },
      reportId: null,
    });
  });

  it('names the report when one report makes the point, none when several do', () => {
    expect(dossierPoint('p', [{ id: 'r1', agencyId: 'a', figures: parts({ dossier: dossier() }) }]).reportId).toBe('r1');
    expect(dossierPoint('p', [{ id: 'r1', agencyId: 'a', figures: parts({ dossier: dossier() }) }, { id: 'r2', agencyId: 'b', figures: parts() }]).reportId).toBe('r1');
    expect(dossierPoint('p', [{ id: 'r1', agencyId: 'a', figures: parts({ dossier: dossier() }) }, { id: 'r2', agencyId: 'b', figures: parts({ dossier: dossier() }) }]).reportId).toBeNull();
  });

  it('sums the figures of several agencies without their stated totals', () => {
    const point = dossierPoint('p', [
      { agencyId: 'a', figures: parts({ dossier: dossier({ stated: { received: 14 } }) }) },
      { agencyId: 'b', figures: parts({ dossier: dossier() }) },
    ]);
    expect(point.reports).toBe(2);
    expect(point.figures).toEqual(expect.objectContaining({ receivedInPerson: 28, resolvedOnTime: 24 }));
    expect(point.figures).not.toHaveProperty('stated');
    expect(point.totals).toEqual({ received: 28, toHandle: 28, resolved: 24, inProgress: 4 });
  });
});

describe('areaActivity', () => {
  const report = parts({
    plans: [{ areaKey: 'PROCEDURES' }, { areaKey: null }, { areaKey: 'PROCEDURES' }],
    decisions: [decision],
    inspections: [
      { heldOn: '2020-08-10', violations: 2 },
      { heldOn: null, violations: 0 },
    ],
    trainings: [{ participants: 5 }],
  });

  it('counts plans per area of the programme, and plans and decisions without an area as UNASSIGNED', () => {
    const activity = areaActivity('p', 2020, activityTotals([report, report]));
    expect(activity.areas.map((a) => a.areaKey)).toEqual([
      'INSTITUTIONAL',
      'PROCEDURES',
      'APPARATUS',
      'CIVIL_SERVICE',
      'PUBLIC_FINANCE',
      'MODERNISATION',
      'UNASSIGNED',
    ]);
    expect(activity.areas.find((a) => a.areaKey === 'PROCEDURES')).toEqual({ areaKey: 'PROCEDURES', plans: 4, decisions: 0 });
    expect(activity.areas.find((a) => a.areaKey === 'UNASSIGNED')).toEqual({ areaKey: 'UNASSIGNED', plans: 2, decisions: 2 });
    expect(activity).toMatchObject({ reports: 2, inspections: { held: 2, planned: 2, violations: 4 }, trainings: { courses: 2, participants: 10 } });
  });

  it('keeps only the chosen area', () => {
    expect(areaActivity('p', 2020, activityTotals([report]), 'PROCEDURES').areas).toEqual([{ areaKey: 'PROCEDURES', plans: 2, decisions: 0 }]);
  });
});

describe('areaCoverage', () => {
  const sections = [
    { kind: 'AREA' as const, areaKey: 'INSTITUTIONAL' as const, narrative: 'Đã ban hành kế hoạch.' },
    { kind: 'AREA' as const, areaKey: 'PROCEDURES' as const, narrative: '  ' },
  ];

  it('splits the programme areas into those covered with narrative and those missing', () => {
    const coverage = areaCoverage(coveredAreaKeys(sections), 2020);
    expect(coverage.covered).toEqual(['INSTITUTIONAL']);
    expect(coverage.missing).toEqual(['PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION']);
  });

  it('limits both to the chosen area', () => {
    expect(areaCoverage(coveredAreaKeys(sections), 2020, 'PROCEDURES')).toEqual({ covered: [], missing: ['PROCEDURES'] });
  });
});

describe('previousPeriodOf', () => {
  const period = (id: string, kind: 'M9' | 'Q1', windowFrom: string, windowTo: string) => ({ id, kind, windowFrom, windowTo });
  const m9of2019 = period('m9-2019', 'M9', '2018-12-15', '2019-09-14');
  const m9of2020 = period('m9-2020', 'M9', '2019-12-15', '2020-09-14');
  const m9of2021 = period('m9-2021', 'M9', '2020-12-15', '2021-09-14');
  const q1of2021 = period('q1-2021', 'Q1', '2020-12-15', '2021-03-14');

  it('is the latest earlier period of the same kind', () => {
    expect(previousPeriodOf(m9of2021, [m9of2019, q1of2021, m9of2020, m9of2021])).toBe(m9of2020);
  });

  it('is null for the first period of its kind', () => {
    expect(previousPeriodOf(q1of2021, [m9of2019, q1of2021])).toBeNull();
  });
});
