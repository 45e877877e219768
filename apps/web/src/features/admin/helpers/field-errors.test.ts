import { AgencyCreateBodySchema } from '@cchc/domain';
import { apiDetailMessage, apiFieldErrors, issueMessage, issuesToFieldErrors, messagesFor } from './field-errors.js';

describe(issueMessage.name, () => {
  it('asks for a missing or empty value', () => {
    expect(issueMessage({ code: 'invalid_type', path: ['validFrom'], expected: 'string' })).toEqual({ key: 'required' });
    expect(issueMessage({ code: 'too_small', path: ['name', 'vi'], minimum: 1, origin: 'string' })).toEqual({ key: 'required' });
  });

  it('asks to choose a value picked from a list', () => {
    expect(issueMessage({ code: 'invalid_type', path: ['successorId'], expected: 'string' })).toEqual({ key: 'choose' });
  });

  it('gives the minimum length, and whole numbers for numbers', () => {
    expect(issueMessage({ code: 'too_small', path: ['password'], minimum: 8, origin: 'string' })).toEqual({ key: 'minLength', params: { min: 8 } });
    expect(issueMessage({ code: 'too_big', path: ['graceDays'], maximum: 366, origin: 'number' })).toEqual({ key: 'maxNumber', params: { max: 366 } });
    expect(issueMessage({ code: 'invalid_type', path: ['graceDays'], expected: 'number' })).toEqual({ key: 'wholeNumber' });
  });

  it('names the allowed characters of codes and usernames', () => {
    expect(issueMessage({ code: 'invalid_format', path: ['code'], format: 'regex' })).toEqual({ key: 'codeChars' });
    expect(issueMessage({ code: 'invalid_format', path: ['username'], format: 'regex' })).toEqual({ key: 'usernameChars' });
    expect(issueMessage({ code: 'invalid_format', path: ['validFrom'], format: 'date' })).toEqual({ key: 'date' });
  });

  it('explains the contract refinements by the field they are attached to', () => {
    expect(issueMessage({ code: 'custom', path: ['validTo'] }).key).toBe('validToBeforeFrom');
    expect(issueMessage({ code: 'custom', path: ['agencyId'] }).key).toBe('agencyForRole');
    expect(issueMessage({ code: 'custom', path: ['deadline'] }).key).toBe('deadlineOrder');
    expect(issueMessage({ code: 'custom', path: [] }).key).toBe('nothingChanged');
  });
});

describe(issuesToFieldErrors.name, () => {
  it('groups the issues of the shared contract by field path, refinements included', () => {
    const result = AgencyCreateBodySchema.safeParse({ code: 'SN NMT', name: { vi: '', en: 'x' }, kind: 'department', validFrom: '2025-03-01', validTo: '2025-02-01' });
    expect(result.success).toBe(false);
    const errors = issuesToFieldErrors(result.error?.issues ?? []);
    expect(Object.keys(errors).sort()).toEqual(['code', 'name.vi', 'validTo']);
    expect(errors.validTo).toEqual([{ key: 'validToBeforeFrom' }]);
    expect(errors['name.vi']).toEqual([{ key: 'required' }]);
  });

  it('does not repeat the same message for a field', () => {
    const issue = { code: 'invalid_type', path: ['kind'] };
    expect(issuesToFieldErrors([issue, issue])).toEqual({ kind: [{ key: 'choose' }] });
  });
});

describe(apiDetailMessage.name, () => {
  it('translates the messages the admin endpoints answer with', () => {
    expect(apiDetailMessage('Already in use.')).toEqual({ key: 'taken' });
    expect(apiDetailMessage('Used by another agency in this period.')).toEqual({ key: 'codeUsed' });
    expect(apiDetailMessage('Not on your own account.')).toEqual({ key: 'ownAccount' });
    expect(apiDetailMessage('One period of each standard kind a year.')).toEqual({ key: 'periodExists' });
  });

  it('reads the dates of a succession that does not fit, as dd/mm/yyyy', () => {
    expect(apiDetailMessage('SNNMT exists from 2025-03-01 to today: it must exist on 2025-02-01.')).toEqual({
      key: 'existsOnlyFrom',
      params: { code: 'SNNMT', from: '01/03/2025', day: '01/02/2025' },
    });
    expect(apiDetailMessage('STC exists from 2020-01-01 to 2024-12-31: it must exist on 2025-03-01.')).toEqual({
      key: 'successorNotExisting',
      params: { code: 'STC', from: '01/01/2020', to: '31/12/2024', day: '01/03/2025' },
    });
    expect(apiDetailMessage('SNNMT exists only from 2025-03-01: it must have existed before 2025-03-01.')).toEqual({
      key: 'predecessorTooYoung',
      params: { code: 'SNNMT', from: '01/03/2025', day: '01/03/2025' },
    });
    expect(apiDetailMessage('Must cover 2021-03-14, 2021-06-14.')).toEqual({ key: 'reportsOutside', params: { dates: '14/03/2021, 14/06/2021' } });
  });

  it("keeps the API's own text, dates rewritten, when it does not know the message", () => {
    expect(apiDetailMessage('Odd 2020-09-14 thing')).toEqual({ key: 'other', params: { detail: 'Odd 14/09/2020 thing' } });
  });
});

describe(apiFieldErrors.name, () => {
  it('puts each detail next to the body field it names', () => {
    const errors = apiFieldErrors([
      { path: 'body.username', message: 'Already in use.' },
      { path: 'body.name.vi', message: 'Too small' },
      { path: 'query.kind', message: 'Invalid' },
    ]);
    expect(messagesFor(errors, 'username')).toEqual([{ key: 'taken' }]);
    expect(messagesFor(errors, 'name.vi')).toHaveLength(1);
    expect(messagesFor(errors, '')).toEqual([{ key: 'other', params: { detail: 'Invalid' } }]);
    expect(messagesFor(errors, 'password')).toEqual([]);
  });
});
