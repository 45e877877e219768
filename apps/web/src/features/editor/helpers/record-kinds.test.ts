import { RECORD_KINDS, draftToRecord, newRecordDraft, recordFieldText, recordToDraft } from './record-kinds.js';

describe(draftToRecord.name, () => {
  it('makes a plan from its inputs, normalising the symbol', () => {
    const draft = { ...newRecordDraft(RECORD_KINDS.plans, { year: 2021 }), symbol: '45 / KH – STP', date: '2021-01-15', title: 'Kế hoạch CCHC năm 2021' };
    expect(draftToRecord(RECORD_KINDS.plans, draft)).toEqual({
      record: { symbol: '45/KH-STP', date: '2021-01-15', title: 'Kế hoạch CCHC năm 2021', areaKey: null, year: 2021, tasks: [] },
      errors: {},
    });
  });

  it('names each refused field with why', () => {
    const draft = { ...newRecordDraft(RECORD_KINDS.plans, { year: 2021 }), symbol: '23/QĐ-STP', date: '2021-02-30', title: ' ' };
    expect(draftToRecord(RECORD_KINDS.plans, draft).errors).toEqual({ symbol: 'symbol', date: 'date', title: 'required' });
  });

  it('names the rule across fields that is broken', () => {
    const plan = { ...newRecordDraft(RECORD_KINDS.plans, { year: 2025 }), symbol: '45/KH-STP', date: '2021-01-15', title: 'KH' };
    expect(draftToRecord(RECORD_KINDS.plans, plan).errors).toEqual({ year: 'plans.year' });
    const inspection = { ...newRecordDraft(RECORD_KINDS.inspections, { year: 2021 }), scope: 'Kỷ luật', heldOn: '2021-03-01', violations: '2', inspected: 'Văn phòng' };
    expect(draftToRecord(RECORD_KINDS.inspections, inspection).errors).toEqual({ handling: 'inspections.handling' });
  });

  it('reads lines as a list and numbers as numbers', () => {
    const letter = { symbol: '12/STP-VP', date: '2021-03-01', summary: 'Đề nghị', recipients: 'Sở Nội vụ\n\n UBND tỉnh ' };
    expect(draftToRecord(RECORD_KINDS.letters, letter).record).toMatchObject({ recipients: ['Sở Nội vụ', 'UBND tỉnh'] });
    const training = { ...newRecordDraft(RECORD_KINDS.trainings, { year: 2021 }), course: 'Văn thư', organiser: 'SNV', participants: '1x' };
    expect(draftToRecord(RECORD_KINDS.trainings, training).errors).toEqual({ participants: 'number' });
  });

  it('reads counts typed the Vietnamese way, and names the one it cannot read', () => {
    const training = { ...newRecordDraft(RECORD_KINDS.trainings, { year: 2021 }), course: 'Văn thư', organiser: 'SNV', participants: '1.245' };
    expect(draftToRecord(RECORD_KINDS.trainings, training).record).toMatchObject({ participants: 1245 });
    expect(draftToRecord(RECORD_KINDS.trainings, { ...training, participants: '1.2x5' }).errors).toEqual({ participants: 'number' });
    const plan = { ...newRecordDraft(RECORD_KINDS.plans, { year: 2021 }), symbol: '45/KH-STP', date: '2021-01-15', title: 'KH', toYear: '2.025' };
    expect(draftToRecord(RECORD_KINDS.plans, plan).record).toMatchObject({ year: 2021, toYear: 2025 });
  });

  it('keeps the fields of the original the form does not show', () => {
    const original = { symbol: '45/KH-STP', date: '2021-01-15', title: 'KH', areaKey: null, year: 2021, tasks: [{ description: 'Rà soát', dueOn: null, status: 'PLANNED', completedOn: null }] };
    const edited = draftToRecord(RECORD_KINDS.plans, { ...recordToDraft(RECORD_KINDS.plans, original), title: 'KH mới' }, original);
    expect(edited.record).toMatchObject({ title: 'KH mới', tasks: original.tasks });
  });
});

describe(recordToDraft.name, () => {
  it('writes every field as text, blanks for null', () => {
    expect(recordToDraft(RECORD_KINDS.documents, { symbol: '30c/NQ-CP', date: null, relation: 'CITED' })).toEqual({
      symbol: '30c/NQ-CP',
      date: '',
      relation: 'CITED',
      title: '',
    });
  });
});

describe(`${recordToDraft.name} with numbers`, () => {
  it('writes counts with the dot between thousands and years without it', () => {
    const draft = recordToDraft(RECORD_KINDS.plans, { symbol: '45/KH-STP', date: '2021-01-15', title: 'KH', areaKey: null, year: 2021, toYear: 2025 });
    expect(draft).toMatchObject({ year: '2021', toYear: '2025' });
    expect(recordToDraft(RECORD_KINDS.trainings, { course: 'x', organiser: 'y', mode: 'ONLINE', participants: 1245, from: null, to: null }).participants).toBe('1.245');
  });
});

describe(recordFieldText.name, () => {
  it('joins lists with commas', () => {
    expect(recordFieldText({ inspected: ['Văn phòng', 'Thanh tra'] }, 'inspected')).toBe('Văn phòng, Thanh tra');
    expect(recordFieldText({ heldOn: null }, 'heldOn')).toBe('');
  });
});
