import { ReportSchema } from '../reports/report.schema.js';
import { SNGV_M9_2020_REPORT } from './sngv-m9-2020-report.js';
import { SNGV_M9_2020_TEXT } from './sngv-m9-2020-text.js';

describe('SNGV_M9_2020_REPORT', () => {
  it('has the shape of a report', () => {
    expect(ReportSchema.safeParse(SNGV_M9_2020_REPORT).success).toBe(true);
  });

  it('cuts every section narrative from the real text', () => {
    for (const section of SNGV_M9_2020_REPORT.sections) {
      expect(section.narrative.length).toBeGreaterThan(100);
      expect(SNGV_M9_2020_TEXT).toContain(section.narrative.slice(0, 80));
    }
  });

  it('records the seed figures: 14 received, 12 on time, 2 in progress', () => {
    const d = SNGV_M9_2020_REPORT.dossier;
    expect(d.receivedInPerson + d.receivedOnline + d.receivedPostal).toBe(14);
    expect([d.resolvedOnTime, d.pendingWithinTime]).toEqual([12, 2]);
  });
});
