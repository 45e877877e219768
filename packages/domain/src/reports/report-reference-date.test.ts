import { reportReferenceDate } from './report-reference-date.js';

const unregistered = { symbol: { number: null }, signedOn: null };
const registered = { symbol: { number: '125' }, signedOn: '2020-09-17' };

describe(reportReferenceDate.name, () => {
  it('takes the date of issue of a registered report, whatever its status', () => {
    expect(reportReferenceDate(registered, { firstSubmittedAt: null, now: '2026-11-26T00:00:00Z' })).toEqual({
      date: '2020-09-17',
      basis: 'ISSUED',
    });
    expect(reportReferenceDate(registered, { firstSubmittedAt: '2020-09-18T03:00:00Z', now: '2026-11-26' }).date).toBe('2020-09-17');
  });

  it('ignores a date written without a number: the report is not registered', () => {
    const dated = { symbol: { number: null }, signedOn: '2020-09-10' };
    expect(reportReferenceDate(dated, { firstSubmittedAt: '2020-09-18T03:00:00Z', now: '2026-11-26' })).toEqual({
      date: '2020-09-18',
      basis: 'SUBMITTED',
    });
  });

  it('takes the day of the first submission in Vietnam time, not the current day', () => {
    // 18:00 UTC on the 17th is already the 18th in Hà Nội.
    expect(reportReferenceDate(unregistered, { firstSubmittedAt: '2020-09-17T18:00:00Z', now: '2026-11-26' })).toEqual({
      date: '2020-09-18',
      basis: 'SUBMITTED',
    });
  });

  it('takes today for a draft never submitted', () => {
    expect(reportReferenceDate(unregistered, { firstSubmittedAt: null, now: '2020-09-16T10:00:00+07:00' })).toEqual({
      date: '2020-09-16',
      basis: 'TODAY',
    });
  });
});
