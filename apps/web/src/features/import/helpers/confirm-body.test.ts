import { ImportConfirmBodySchema, ReportSchema, type ReportingPeriodDto } from '@cchc/domain';
import { importExtraction, M9_2022_ID, SNGV_ID } from '../../../../test/factories/import.factories.js';
import { buildConfirmBody, issueMessage, periodContent, problemsByControl, serverProblems } from './confirm-body.js';
import { choose, correctPart, NO_CORRECTIONS, typeNumber } from './corrections.js';

const { draft } = importExtraction();
const period: ReportingPeriodDto = {
  id: M9_2022_ID,
  year: 2022,
  kind: 'M9',
  label: { vi: '9 tháng đầu năm 2022', en: 'First 9 months of 2022' },
  windowFrom: '2021-12-15',
  windowTo: '2022-09-14',
  deadline: '2022-09-20',
  graceDays: 0,
};
const agency = { id: SNGV_ID, code: 'SNgV' };

describe('the body of a confirmation', () => {
  it('is the draft as read, with the chosen agency and period, and passes the contract', () => {
    const { body, problems } = buildConfirmBody(draft, NO_CORRECTIONS, { agency, period });
    expect(problems).toEqual([]);
    expect(ImportConfirmBodySchema.safeParse(body).success).toBe(true);
    expect(ReportSchema.safeParse(body?.content).success).toBe(true);
    expect(body).toMatchObject({ agencyId: SNGV_ID, periodId: M9_2022_ID, content: { agencyCode: 'SNgV', period: { year: 2022, kind: 'M9' } } });
  });

  it('carries what the person corrected: a part, a figure typed the Vietnamese way', () => {
    let corrections = correctPart(draft, NO_CORRECTIONS, 'signing', { ...draft.signing!, name: 'Trần Thị Bình' });
    corrections = typeNumber(draft, corrections, 'dossier.receivedOnline', '4');
    corrections = typeNumber(draft, corrections, 'dossier.receivedInPerson', '1.010');
    corrections = typeNumber(draft, corrections, 'trainings[0].participants', '');
    const { body } = buildConfirmBody(draft, corrections, { agency, period });
    expect(body?.content.signing?.name).toBe('Trần Thị Bình');
    expect(body?.content.dossier).toMatchObject({ receivedOnline: 4, receivedInPerson: 1010, resolvedOnTime: 12 });
    expect(body?.content.trainings?.[0]?.participants).toBeNull();
  });

  it('names the agency code and period of the choice, whatever the text said', () => {
    const q1 = { ...period, id: '11111111-2222-4333-8444-555555555555', kind: 'Q1' as const };
    const other = { id: '0c0c0c0c-1d1d-4e2e-8f3f-404040404040', code: 'STP' };
    const { body } = buildConfirmBody({ ...draft, symbol: null, agencyCode: null, period: null }, NO_CORRECTIONS, { agency: other, period: q1 });
    expect(body?.content).toMatchObject({ agencyCode: 'STP', period: { year: 2022, kind: 'Q1' }, symbol: { number: null, type: 'BC', issuer: 'STP' } });
  });

  it('asks for an agency and a period before anything else', () => {
    const { body, problems } = buildConfirmBody(draft, choose(NO_CORRECTIONS, 'agencyId', null, SNGV_ID), { agency: null, period: null });
    expect(body).toBeNull();
    expect(problems).toEqual([
      { path: 'agencyId', controlId: 'imp-agency', message: { key: 'chooseAgency' } },
      { path: 'periodId', controlId: 'imp-period', message: { key: 'choosePeriod' } },
    ]);
  });

  it('names every problem at its control, in words for people', () => {
    let corrections = correctPart(draft, NO_CORRECTIONS, 'title', '   ');
    corrections = correctPart(draft, corrections, 'place', null);
    corrections = correctPart(draft, corrections, 'signing', { ...draft.signing!, mode: null });
    corrections = correctPart(draft, corrections, 'signedOn', '31/02/2022');
    corrections = correctPart(draft, corrections, 'plans', [{ ...draft.plans[0]!, symbol: '73/KH' }]);
    corrections = typeNumber(draft, corrections, 'dossier.resolvedOnTime', '1.2x');
    corrections = typeNumber(draft, corrections, 'dossier.returned', '');
    const { body, problems } = buildConfirmBody(draft, corrections, { agency, period });
    expect(body).toBeNull();
    expect(problems.map((p) => [p.controlId, p.message.key])).toEqual(
      expect.arrayContaining([
        ['imp-dossier-resolvedOnTime', 'wholeNumber'],
        ['imp-dossier-returned', 'required'],
        ['imp-title', 'required'],
        ['imp-place', 'required'],
        ['imp-signedOn', 'date'],
        ['imp-plans-0', 'symbolUnreadable'],
        ['imp-signing-onBehalfOf', 'signingPair'],
      ]),
    );
    expect(problems.find((p) => p.controlId === 'imp-dossier-resolvedOnTime')?.message.params).toEqual({ text: '1.2x' });
    expect(problemsByControl(problems).get('imp-title')).toHaveLength(1);
  });

  it('takes an ad hoc period with its dates', () => {
    expect(periodContent({ year: 2022, kind: 'ADHOC', windowFrom: '2022-01-01', windowTo: '2022-03-31', deadline: '2022-04-10' })).toEqual({
      year: 2022,
      kind: 'ADHOC',
      from: '2022-01-01',
      to: '2022-03-31',
      deadline: '2022-04-10',
    });
  });
});

describe('the messages of problems', () => {
  it('words the rules of the contract', () => {
    expect(issueMessage({ code: 'too_small', origin: 'string', minimum: 1, path: ['content', 'title'] })).toEqual({ key: 'required' });
    expect(issueMessage({ code: 'too_small', origin: 'number', minimum: 0, path: ['content', 'dossier', 'returned'] })).toEqual({ key: 'minNumber', params: { min: 0 } });
    expect(issueMessage({ code: 'invalid_format', format: 'regex', path: ['content', 'symbol', 'number'] })).toEqual({ key: 'symbolNumber' });
    expect(issueMessage({ code: 'custom', path: ['content', 'plans', 0, 'year'], message: 'A plan issued in 2022 is for 2022 or 2023' })).toEqual({ key: 'planYear' });
    expect(issueMessage({ code: 'custom', path: ['content', 'plans', 0, 'symbol'], message: '"23/QĐ-SNgV" is not of type KH' })).toEqual({ key: 'symbolType', params: { text: '23/QĐ-SNgV' } });
    expect(issueMessage({ code: 'custom', path: ['content', 'x'], message: 'Something new' })).toEqual({ key: 'other', params: { detail: 'Something new' } });
  });

  it("puts the API's field errors at their controls", () => {
    expect(
      serverProblems([
        { path: 'body.content.agencyCode', message: "Must be SNgV, the report's agency." },
        { path: 'body.content.period', message: "Must be M9 2022, the report's period." },
        { path: 'body.content.plans.0.date', message: 'After 2022-09-20' },
        { path: 'body.agencyId', message: 'Must be your own agency.' },
      ]),
    ).toEqual([
      { path: 'agencyCode', controlId: 'imp-agency', message: { key: 'agencyMismatch' } },
      { path: 'period', controlId: 'imp-period', message: { key: 'periodMismatch' } },
      { path: 'plans[0].date', controlId: 'imp-plans-0', message: { key: 'other', params: { detail: 'After 20/09/2022' } } },
      { path: 'agencyId', controlId: 'imp-agency', message: { key: 'other', params: { detail: 'Must be your own agency.' } } },
    ]);
  });
});

describe('numbers typed in a block since removed', () => {
  it('go with the block', () => {
    let corrections = typeNumber(draft, NO_CORRECTIONS, 'dossier.returned', '1.2x');
    corrections = correctPart(draft, corrections, 'dossier', null);
    corrections = typeNumber(draft, corrections, 'trainings[4].participants', '12');
    const { body, problems } = buildConfirmBody(draft, corrections, { agency: { id: SNGV_ID, code: 'SNgV' }, period: { id: M9_2022_ID, year: 2022, kind: 'M9', label: { vi: '', en: '' }, windowFrom: '2021-12-15', windowTo: '2022-09-14', deadline: '2022-09-20', graceDays: 0 } });
    expect(problems).toEqual([]);
    expect(body?.content.dossier).toBeNull();
    expect(body?.content.trainings).toHaveLength(1);
  });
});
