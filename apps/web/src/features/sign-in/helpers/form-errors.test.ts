import { PasswordChangeBodySchema, SetupAdministratorBodySchema } from '@cchc/domain';
import { errorsOfIssues, errorsOfRefusal, issueMessage } from './form-errors.js';

describe(issueMessage.name, () => {
  it('tells a missing value from a too short one', () => {
    expect(issueMessage({ code: 'too_small', path: ['setupCode'], minimum: 1 })).toEqual({ key: 'required' });
    expect(issueMessage({ code: 'too_small', path: ['password'], minimum: 8 })).toEqual({ key: 'minLength', params: { min: 8 } });
  });
});

describe(errorsOfIssues.name, () => {
  it('names each field of the set-up form the contract refuses', () => {
    const result = SetupAdministratorBodySchema.safeParse({ setupCode: '', username: 'quản trị', displayName: '', password: 'short', confirmPassword: 'other' });
    expect(result.success).toBe(false);
    expect(errorsOfIssues(result.error?.issues ?? [])).toEqual({
      setupCode: [{ key: 'required' }],
      username: [{ key: 'usernameChars' }],
      displayName: [{ key: 'required' }],
      password: [{ key: 'minLength', params: { min: 8 } }],
      confirmPassword: [{ key: 'mismatch' }],
    });
  });

  it('says when the new password is the current one again', () => {
    const result = PasswordChangeBodySchema.safeParse({ currentPassword: 'same-password', newPassword: 'same-password', confirmPassword: 'same-password' });
    expect(errorsOfIssues(result.error?.issues ?? [])).toEqual({ newPassword: [{ key: 'sameAsCurrent' }] });
  });
});

describe(errorsOfRefusal.name, () => {
  it('puts a wrong current password or setup code next to its field', () => {
    expect(errorsOfRefusal({ code: 'WRONG_PASSWORD', details: [] })).toEqual({ currentPassword: [{ key: 'wrongPassword' }] });
    expect(errorsOfRefusal({ code: 'SETUP_CODE_INVALID', details: [] })).toEqual({ setupCode: [{ key: 'setupCodeInvalid' }] });
  });

  it('puts a taken username next to its field, and what it cannot place on the form', () => {
    expect(errorsOfRefusal({ code: 'CONFLICT', details: [{ path: 'body.username', message: 'Already in use.' }] })).toEqual({ username: [{ key: 'usernameTaken' }] });
    expect(errorsOfRefusal({ code: 'SETUP_DONE', details: [] })).toEqual({ '': [{ key: 'setupDone' }] });
    expect(errorsOfRefusal({ code: 'NETWORK_ERROR', details: [] })).toEqual({ '': [{ key: 'unavailable', params: { code: 'NETWORK_ERROR' } }] });
  });
});
