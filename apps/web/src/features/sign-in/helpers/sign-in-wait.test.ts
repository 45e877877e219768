import { waitOf } from './sign-in-wait.js';

describe('waitOf', () => {
  it('says a minute when the API gave no wait', () => {
    expect(waitOf(undefined)).toEqual({ unit: 'minutes', n: 1 });
  });

  it('counts seconds under a minute, never zero', () => {
    expect(waitOf(0)).toEqual({ unit: 'seconds', n: 1 });
    expect(waitOf(59)).toEqual({ unit: 'seconds', n: 59 });
  });

  it('rounds minutes up, so the person never tries too early', () => {
    expect(waitOf(60)).toEqual({ unit: 'minutes', n: 1 });
    expect(waitOf(61)).toEqual({ unit: 'minutes', n: 2 });
    expect(waitOf(900)).toEqual({ unit: 'minutes', n: 15 });
  });
});
