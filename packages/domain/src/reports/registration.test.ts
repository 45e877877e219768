import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { ReportSchema } from './report.schema.js';
import { applyRegistration, checkRegistration, RegistrationSchema, registrationOf } from './registration.js';

const seed = ReportSchema.parse(SNGV_M9_2020_REPORT);

describe('RegistrationSchema', () => {
  it('takes a number as registers write it and a real day', () => {
    expect(RegistrationSchema.safeParse({ number: '41', issuedOn: '2021-03-12' }).success).toBe(true);
    expect(RegistrationSchema.safeParse({ number: '41a', issuedOn: '2021-03-12' }).success).toBe(true);
  });

  it('refuses a missing number, a symbol in place of a number and an impossible day', () => {
    expect(RegistrationSchema.safeParse({ number: null, issuedOn: '2021-03-12' }).success).toBe(false);
    expect(RegistrationSchema.safeParse({ number: '41/BC-STP', issuedOn: '2021-03-12' }).success).toBe(false);
    expect(RegistrationSchema.safeParse({ number: '41', issuedOn: '2021-02-30' }).success).toBe(false);
  });
});

describe(registrationOf.name, () => {
  it('is null while the number or the date is blank, as in the seed', () => {
    expect(registrationOf(seed)).toBeNull();
    expect(registrationOf({ ...seed, signedOn: '2020-09-18' })).toBeNull();
  });

  it('reads back what applyRegistration wrote, leaving the rest of the symbol', () => {
    const registered = applyRegistration(seed, { number: '125', issuedOn: '2020-09-18' });
    expect(registrationOf(registered)).toEqual({ number: '125', issuedOn: '2020-09-18' });
    expect(registered.symbol).toEqual({ number: '125', type: 'BC', issuer: 'SNgV' });
    expect(registered.sections).toBe(seed.sections);
  });
});

describe(checkRegistration.name, () => {
  const period = { year: 2021, kind: 'Q1' } as const;

  it('accepts the first day of the period and today, the boundaries included', () => {
    expect(checkRegistration({ number: '1', issuedOn: '2020-12-15' }, { period, today: '2021-03-15' })).toEqual([]);
    expect(checkRegistration({ number: '1', issuedOn: '2021-03-15' }, { period, today: '2021-03-15' })).toEqual([]);
  });

  it('refuses a day before the period starts or after today, on issuedOn', () => {
    expect(checkRegistration({ number: '1', issuedOn: '2020-12-14' }, { period, today: '2021-03-15' })).toEqual([
      { path: 'issuedOn', message: "The date of issue is before the period's first day (2020-12-15)." },
    ]);
    expect(checkRegistration({ number: '1', issuedOn: '2021-03-16' }, { period, today: '2021-03-15' })[0]?.path).toBe('issuedOn');
  });
});
