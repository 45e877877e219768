import { seedReport } from '../../test/fixtures/seed-report.js';
import { ReportCreateBodySchema, ReportListQuerySchema, ReportReturnBodySchema, ReportUpdateBodySchema } from './report.contract.js';

const agencyId = '7b0c1f4e-2a56-4c1e-9a3b-1d2e3f4a5b6c';
const periodId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('ReportCreateBodySchema', () => {
  it('rejects a body without an agency and a malformed content, naming the fields', () => {
    const result = ReportCreateBodySchema.safeParse({ periodId, content: { ...seedReport, place: '' } });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['agencyId', 'content.place']);
  });

  it('accepts the seed report as a new draft and fills list defaults', () => {
    const body = ReportCreateBodySchema.parse({ agencyId, periodId, content: { ...seedReport, onlineServices: undefined } });
    expect(body.content.onlineServices).toEqual([]);
  });
});

describe('ReportUpdateBodySchema', () => {
  it('requires the version the edit started from', () => {
    expect(ReportUpdateBodySchema.safeParse({ content: seedReport }).success).toBe(false);
    expect(ReportUpdateBodySchema.safeParse({ version: 0, content: seedReport }).success).toBe(false);
    expect(ReportUpdateBodySchema.safeParse({ version: 3, content: seedReport }).success).toBe(true);
  });
});

describe('ReportReturnBodySchema', () => {
  it('requires at least one non-blank reason', () => {
    expect(ReportReturnBodySchema.safeParse({ version: 2, reasons: [] }).success).toBe(false);
    expect(ReportReturnBodySchema.safeParse({ version: 2, reasons: [{ message: ' ' }] }).success).toBe(false);
    expect(ReportReturnBodySchema.parse({ version: 2, reasons: [{ message: 'Bổ sung lĩnh vực 3' }] }).reasons[0]?.path).toBeNull();
  });
});

describe('ReportListQuerySchema', () => {
  it('rejects an unknown status and an unknown filter', () => {
    expect(ReportListQuerySchema.safeParse({ status: 'OPEN' }).success).toBe(false);
    expect(ReportListQuerySchema.safeParse({ agency: 'x' }).success).toBe(false);
  });

  it('coerces the year of a query string', () => {
    expect(ReportListQuerySchema.parse({ year: '2020', status: 'SUBMITTED' })).toEqual({ year: 2020, status: 'SUBMITTED' });
  });
});
