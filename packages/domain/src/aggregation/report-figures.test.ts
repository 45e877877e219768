import { dossierFigures } from '../../test/factories/dossier.factory.js';
import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { missingAreas } from '../reports/missing-areas.js';
import { ReportSchema } from '../reports/report.schema.js';
import { coveredAreaKeys, reportFigures } from './report-figures.js';

describe('reportFigures', () => {
  const seed = ReportSchema.parse(SNGV_M9_2020_REPORT);

  it("counts the seed report's figures: its dossier, plans per area, decisions and the areas it covers", () => {
    const figures = reportFigures(seed);
    // The seed's figures (as the dossier factory holds them), without stated totals.
    expect(figures.dossier).toEqual(dossierFigures());
    expect(figures.plans).toBe(seed.plans.length);
    expect(Object.values(figures.plansByArea).reduce((a, b) => a + b, 0)).toBe(seed.plans.length);
    expect(figures.decisions).toBe(seed.decisions.length);
    // The areas it covers and those missingAreas lists are the programme's areas, each once.
    const missing = missingAreas(seed.sections, 2020).map((area) => area.key);
    expect(missing).toEqual(['APPARATUS']);
    expect(figures.coveredAreas.filter((key) => missing.includes(key))).toEqual([]);
  });

  it('leaves stated totals out: they are what the report printed, not data', () => {
    const dossier = { ...seed.dossier!, stated: { received: 15 } };
    expect(reportFigures({ ...seed, dossier }).dossier).not.toHaveProperty('stated');
  });

  it('counts plans without an area apart, participants only where known, inspections held apart from planned', () => {
    const figures = reportFigures({
      dossier: null,
      sections: [],
      plans: [{ areaKey: 'PROCEDURES' }, { areaKey: null }, { areaKey: 'PROCEDURES' }],
      decisions: [{}, {}],
      trainings: [{ participants: 12 }, { participants: null }],
      inspections: [
        { heldOn: '2020-09-01', violations: 2 },
        { heldOn: null, violations: 0 },
      ],
    });
    expect(figures).toEqual({
      dossier: null,
      plans: 3,
      plansByArea: { PROCEDURES: 2, UNASSIGNED: 1 },
      decisions: 2,
      trainings: 2,
      trainingParticipants: 12,
      inspectionsHeld: 1,
      inspectionsPlanned: 1,
      inspectionViolations: 2,
      coveredAreas: [],
    });
  });

  it('covers an area only with narrative, and names each area once', () => {
    expect(
      coveredAreaKeys([
        { kind: 'AREA', areaKey: 'PROCEDURES', narrative: 'Đã rà soát 12 thủ tục.' },
        { kind: 'AREA', areaKey: 'APPARATUS', narrative: '  ' },
        { kind: 'AREA', areaKey: 'PROCEDURES', narrative: 'Thêm.' },
        { kind: 'DIRECTION', areaKey: null, narrative: 'Chỉ đạo.' },
      ]),
    ).toEqual(['PROCEDURES']);
  });
});
