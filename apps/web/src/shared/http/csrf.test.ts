import { csrfTokenFrom } from './csrf.js';

describe(csrfTokenFrom.name, () => {
  it('finds no token without cookies, or without the CSRF cookie among them', () => {
    expect(csrfTokenFrom('')).toBeNull();
    expect(csrfTokenFrom('other=1; cchc_csrfx=2')).toBeNull();
    expect(csrfTokenFrom('cchc_csrf=')).toBeNull();
  });

  it('reads the token among other cookies, decoded', () => {
    expect(csrfTokenFrom('a=1; cchc_csrf=Zm9v-YmFy_; b=2')).toBe('Zm9v-YmFy_');
    expect(csrfTokenFrom('cchc_csrf=a%2Db')).toBe('a-b');
  });
});
