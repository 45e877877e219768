import { seedReport } from '../../test/fixtures/seed-report.js';
import { validateReport } from '../reports/validate-report.js';
import { FindingSchema, ValidationResultSchema } from './finding.contract.js';

describe('FindingSchema', () => {
  it('rejects an unknown code and an unknown severity', () => {
    const finding = { code: 'NOPE', severity: 'info', path: '', message: { vi: 'x', en: 'x' } };
    expect(FindingSchema.safeParse(finding).error?.issues.map((i) => i.path.join('.'))).toEqual(['code', 'severity']);
  });

  it('accepts every finding validateReport gives for the seed', () => {
    const findings = validateReport(seedReport, { now: '2020-09-25' });
    expect(ValidationResultSchema.safeParse({ findings, blocking: true }).success).toBe(true);
  });
});
