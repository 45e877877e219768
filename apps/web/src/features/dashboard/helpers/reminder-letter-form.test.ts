import { ReminderLetterBodySchema } from '@cchc/domain';
import { ApiRequestError } from '../../../shared/http/http.js';
import {
  DEFAULT_SIGNER,
  hasLetterErrors,
  letterBody,
  letterFailure,
  mergeLetterErrors,
  newLetterForm,
  NO_LETTER_ERRORS,
  rememberedSigner,
  rememberSigner,
  SIGNER_STORAGE_KEY,
  standingErrors,
  todayInVietnam,
  type LetterForm,
} from './reminder-letter-form.js';

const PERIOD = '00000000-0000-4000-8000-000000000101';
const STP = '00000000-0000-4000-8000-000000000201';
const SNGV = '00000000-0000-4000-8000-000000000202';

/** A stand-in for localStorage. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
}

const filled: LetterForm = {
  number: ' 152 ',
  issuedOn: '2025-09-22',
  replyBy: '',
  mode: 'KT.',
  onBehalfOf: 'GIÁM ĐỐC',
  title: 'PHÓ GIÁM ĐỐC',
  name: ' Nguyễn Văn A ',
};

describe('the signer of a reminder letter', () => {
  it('is by default a deputy director signing for the director', () => {
    expect(DEFAULT_SIGNER).toEqual({ mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' });
    expect(rememberedSigner(new MemoryStorage())).toEqual(DEFAULT_SIGNER);
  });

  it('is the last one issued on this device, kept under an app key forgotten at sign-out', () => {
    const storage = new MemoryStorage();
    const signer = { mode: null, onBehalfOf: null, title: 'GIÁM ĐỐC', name: 'Trần Thị B' };
    rememberSigner(storage, signer);
    expect(SIGNER_STORAGE_KEY.startsWith('cchc.')).toBe(true);
    expect(rememberedSigner(storage)).toEqual(signer);
  });

  it('falls back to the usual one when what is stored is not a signature block, or storage fails', () => {
    const storage = new MemoryStorage();
    storage.setItem(SIGNER_STORAGE_KEY, '{not json');
    expect(rememberedSigner(storage)).toEqual(DEFAULT_SIGNER);
    storage.setItem(SIGNER_STORAGE_KEY, JSON.stringify({ mode: 'KT.', onBehalfOf: null, title: 'X', name: 'Y' }));
    expect(rememberedSigner(storage)).toEqual(DEFAULT_SIGNER);
    const failing = { getItem: (): string => { throw new Error('SecurityError'); }, setItem: (): void => { throw new Error('QuotaExceededError'); } };
    expect(rememberedSigner(failing)).toEqual(DEFAULT_SIGNER);
    expect(() => rememberSigner(failing, DEFAULT_SIGNER)).not.toThrow();
  });
});

describe(todayInVietnam.name, () => {
  it('is the day in Vietnam, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2025-09-21T17:30:00Z'))).toBe('2025-09-22');
    expect(todayInVietnam(new Date('2025-09-22T16:59:00Z'))).toBe('2025-09-22');
  });
});

describe(newLetterForm.name, () => {
  it('starts issued today with no reply-by day and the signer given', () => {
    expect(newLetterForm('2025-09-22', DEFAULT_SIGNER)).toEqual({
      number: '',
      issuedOn: '2025-09-22',
      replyBy: '',
      mode: 'KT.',
      onBehalfOf: 'GIÁM ĐỐC',
      title: 'PHÓ GIÁM ĐỐC',
      name: '',
    });
    expect(newLetterForm('2025-09-22', { mode: null, onBehalfOf: null, title: 'GIÁM ĐỐC', name: 'A' })).toMatchObject({ mode: '', onBehalfOf: '' });
  });
});


describe(letterBody.name, () => {
  it('builds the body the API takes, trimmed, with no reply-by day as null', () => {
    const { body, errors } = letterBody(PERIOD, [STP, SNGV], filled);
    expect(errors).toBe(NO_LETTER_ERRORS);
    expect(body).toEqual({
      periodId: PERIOD,
      agencyIds: [STP, SNGV],
      number: '152',
      issuedOn: '2025-09-22',
      signer: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
      replyBy: null,
    });
    expect(ReminderLetterBodySchema.safeParse(body).success).toBe(true);
  });

  it('sends no on-behalf-of when the head signs in person, whatever was typed there before', () => {
    const { body } = letterBody(PERIOD, [STP], { ...filled, mode: '', title: 'GIÁM ĐỐC', replyBy: '2025-09-30' });
    expect(body?.signer).toEqual({ mode: null, onBehalfOf: null, title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' });
    expect(body?.replyBy).toBe('2025-09-30');
  });

  it('says what is missing, field by field', () => {
    const { body, errors } = letterBody(PERIOD, [], { number: '', issuedOn: '', replyBy: '', mode: 'KT.', onBehalfOf: ' ', title: '', name: '' });
    expect(body).toBeNull();
    expect(errors).toEqual({
      fields: {
        agencies: { key: 'noAgency' },
        number: { key: 'numberRequired' },
        issuedOn: { key: 'dateRequired' },
        onBehalfOf: { key: 'onBehalfOfRequired' },
        title: { key: 'titleRequired' },
        name: { key: 'nameRequired' },
      },
      agencies: {},
      form: null,
    });
  });

  it('refuses a number that is not a register number, and dates that are not days', () => {
    const { errors } = letterBody(PERIOD, [STP], { ...filled, number: '152/SNV-CCHC', issuedOn: '31/02/2025', replyBy: 'mai' });
    expect(errors.fields).toEqual({ number: { key: 'numberFormat' }, issuedOn: { key: 'date' }, replyBy: { key: 'date' } });
    expect(letterBody(PERIOD, [STP], { ...filled, number: '152a' }).body?.number).toBe('152a');
  });

  it('refuses a reply-by day before the day of issue; the same day is fine', () => {
    expect(letterBody(PERIOD, [STP], { ...filled, replyBy: '2025-09-21' }).errors.fields).toEqual({ replyBy: { key: 'replyBeforeIssue' } });
    expect(letterBody(PERIOD, [STP], { ...filled, replyBy: '2025-09-22' }).body?.replyBy).toBe('2025-09-22');
  });

  it('refuses an agency twice, and more agencies than a letter takes', () => {
    expect(letterBody(PERIOD, [STP, STP], filled).errors.fields.agencies).toEqual({ key: 'agencyTwice' });
    const many = Array.from({ length: 5001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(letterBody(PERIOD, many, filled).errors.fields.agencies).toEqual({ key: 'tooMany', params: { max: 5000 } });
  });
});

describe(letterFailure.name, () => {
  const ids = [STP, SNGV];

  it('puts a number already used this year under the number', () => {
    const error = new ApiRequestError(409, 'REMINDER_LETTER_NUMBER_TAKEN', 'Number 152 of 2025 is taken.', [{ path: 'body.number', message: 'Already used.' }]);
    expect(letterFailure(error, ids)).toEqual({ fields: { number: { key: 'numberTaken' } }, agencies: {}, form: null });
  });

  it('puts a refused recipient beside its agency, by its place in the ids sent', () => {
    const error = new ApiRequestError(400, 'VALIDATION_FAILED', 'A reminder letter goes only to agencies that have not submitted.', [
      { path: 'body.agencyIds.1', message: 'Sở Ngoại vụ has submitted its report: there is nothing to remind it of.' },
      { path: 'body.agencyIds.0', message: 'Sở Tư pháp is not expected to report for this period.' },
    ]);
    expect(letterFailure(error, ids)).toEqual({
      fields: {},
      agencies: { [SNGV]: { key: 'agencySubmitted' }, [STP]: { key: 'agencyNotExpected' } },
      form: null,
    });
    const unknown = new ApiRequestError(400, 'VALIDATION_FAILED', '…', [{ path: 'body.agencyIds.0', message: 'No such agency.' }]);
    expect(letterFailure(unknown, ids).agencies).toEqual({ [STP]: { key: 'agencyUnknown' } });
  });

  it("puts the contract's refusals under their fields, and a vanished period on the form", () => {
    const error = new ApiRequestError(400, 'VALIDATION_FAILED', '…', [
      { path: 'body.issuedOn', message: 'Invalid ISO date' },
      { path: 'body.signer.onBehalfOf', message: 'A signing prefix goes with the authority signed for' },
      { path: 'body.periodId', message: 'No such reporting period.' },
    ]);
    expect(letterFailure(error, ids)).toEqual({
      fields: { issuedOn: { key: 'date' }, onBehalfOf: { key: 'onBehalfOfRequired' } },
      agencies: {},
      form: { key: 'noPeriod' },
    });
  });

  it('says other refusals for the whole form, with the code to word them', () => {
    expect(letterFailure(new ApiRequestError(403, 'FORBIDDEN', 'Forbidden'), ids)).toEqual({ ...NO_LETTER_ERRORS, form: { key: 'forbidden' } });
    expect(letterFailure(new ApiRequestError(0, 'NETWORK_ERROR', 'offline'), ids).form).toEqual({ key: 'failed', params: { code: 'NETWORK_ERROR' } });
    expect(letterFailure(new ApiRequestError(400, 'VALIDATION_FAILED', '…'), ids).form).toEqual({ key: 'failed', params: { code: 'VALIDATION_FAILED' } });
    expect(letterFailure(new Error('boom'), ids).form).toEqual({ key: 'failed', params: { code: 'UNKNOWN' } });
  });
});

describe('errors shown as the reviewer edits', () => {
  const taken = { fields: { number: { key: 'numberTaken' } }, agencies: { [SNGV]: { key: 'agencySubmitted' } }, form: null };

  it("keep the API's message of a field until the field changes, and the recipients' until the next attempt", () => {
    expect(standingErrors(taken, filled, { ...filled, name: 'Nguyễn Văn B' })).toEqual(taken);
    expect(standingErrors(taken, filled, { ...filled, number: '153' })).toEqual({ fields: {}, agencies: taken.agencies, form: null });
  });

  it("merge the form's own check with the API's refusal, the form's first", () => {
    const own = { fields: { number: { key: 'numberFormat' } }, agencies: {}, form: null };
    expect(mergeLetterErrors(own, taken)).toEqual({ fields: { number: { key: 'numberFormat' } }, agencies: taken.agencies, form: null });
    expect(mergeLetterErrors(NO_LETTER_ERRORS, taken)).toBe(taken);
    expect(mergeLetterErrors(own, NO_LETTER_ERRORS)).toBe(own);
    expect(hasLetterErrors(NO_LETTER_ERRORS)).toBe(false);
    expect(hasLetterErrors(taken)).toBe(true);
  });
});
