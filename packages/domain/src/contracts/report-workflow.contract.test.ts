import { ReportChangesSchema, ReportPatchBodySchema, ReportSubmitBodySchema } from './report-workflow.contract.js';

describe('ReportChangesSchema', () => {
  it('accepts an added or removed entry, whose missing side JSON leaves out', () => {
    const body = JSON.parse(JSON.stringify({ from: 1, to: 2, changes: [{ path: 'proposals.0', before: undefined, after: 'Đề nghị' }, { path: 'plans.1', before: { n: 1 } }] })) as unknown;
    expect(ReportChangesSchema.safeParse(body).success).toBe(true);
  });
});

describe('ReportPatchBodySchema', () => {
  it('refuses an empty change and unknown parts', () => {
    expect(ReportPatchBodySchema.safeParse({ version: 1, content: {} }).success).toBe(false);
    expect(ReportPatchBodySchema.safeParse({ version: 1, content: { colour: 'red' } }).success).toBe(false);
  });

  it('validates the parts sent with the report rules: a negative count is refused, on its own path', () => {
    // A whole dossier, so that the negative count is the one thing wrong with the body.
    const dossier = {
      carriedOver: 0,
      receivedOnline: 4,
      receivedInPerson: 10,
      receivedPostal: 0,
      resolvedEarly: 2,
      resolvedOnTime: 10,
      resolvedLate: 0,
      pendingWithinTime: 2,
      pendingOverdue: 0,
      returned: 0,
    };
    expect(ReportPatchBodySchema.safeParse({ version: 1, content: { dossier } }).success).toBe(true);
    const result = ReportPatchBodySchema.safeParse({ version: 1, content: { dossier: { ...dossier, carriedOver: -1 } } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['content.dossier.carriedOver']);
  });

  it('keeps only the parts sent: no defaults for the others', () => {
    const parsed = ReportPatchBodySchema.parse({ version: 3, content: { title: 'Báo cáo' } });
    expect(parsed).toEqual({ version: 3, content: { title: 'Báo cáo' } });
  });
});

describe('ReportSubmitBodySchema', () => {
  it('takes a signature with its authority prefix', () => {
    const body = { version: 2, signing: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' } };
    expect(ReportSubmitBodySchema.parse(body)).toEqual(body);
  });

  it('refuses a prefix without the authority signed for', () => {
    const body = { version: 2, signing: { mode: 'KT.', onBehalfOf: null, title: 'PHÓ GIÁM ĐỐC', name: 'X' } };
    expect(ReportSubmitBodySchema.safeParse(body).success).toBe(false);
  });
});
