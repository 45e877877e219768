import { PasswordChangeBodySchema, SetupAdministratorBodySchema } from './account.contract.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] =>
  (result.error?.issues ?? []).map((i) => i.path.join('.')).sort();

describe('SetupAdministratorBodySchema', () => {
  const body = { setupCode: 'abcd-efgh jkmn', username: 'quantri', displayName: 'Quản trị', password: 'long-enough', confirmPassword: 'long-enough' };

  it('normalises the setup code: no spaces or dashes, upper case', () => {
    expect(SetupAdministratorBodySchema.parse(body).setupCode).toBe('ABCDEFGHJKMN');
  });

  it('names the mismatched confirmation, a short password and a missing code', () => {
    expect(paths(SetupAdministratorBodySchema.safeParse({ ...body, confirmPassword: 'other-one' }))).toEqual(['confirmPassword']);
    expect(paths(SetupAdministratorBodySchema.safeParse({ ...body, setupCode: ' - ', password: 'short', confirmPassword: 'short' }))).toEqual([
      'password',
      'setupCode',
    ]);
  });
});

describe('PasswordChangeBodySchema', () => {
  const body = { currentPassword: 'old-password', newPassword: 'new-password', confirmPassword: 'new-password' };

  it('accepts a new password typed twice', () => {
    expect(PasswordChangeBodySchema.parse(body)).toEqual(body);
  });

  it('refuses a mismatch, a short one and the current password again', () => {
    expect(paths(PasswordChangeBodySchema.safeParse({ ...body, confirmPassword: 'new-passw0rd' }))).toEqual(['confirmPassword']);
    expect(paths(PasswordChangeBodySchema.safeParse({ ...body, newPassword: 'short', confirmPassword: 'short' }))).toEqual(['newPassword']);
    expect(paths(PasswordChangeBodySchema.safeParse({ ...body, newPassword: 'old-password', confirmPassword: 'old-password' }))).toEqual(['newPassword']);
  });
});
