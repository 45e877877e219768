import { LoginRequestSchema, SessionModeQuerySchema, SessionResponseSchema } from './auth.contract.js';

describe('LoginRequestSchema', () => {
  it('rejects a missing password and unknown fields', () => {
    const result = LoginRequestSchema.safeParse({ username: 'sngv', role: 'admin' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.') || i.code).sort()).toEqual(['password', 'unrecognized_keys']);
  });

  it('trims the username', () => {
    expect(LoginRequestSchema.parse({ username: ' sngv ', password: 'demo123' })).toEqual({ username: 'sngv', password: 'demo123' });
  });
});

describe('SessionResponseSchema', () => {
  it('drops a token an answer might carry, so a cookie session never hands one to the page', () => {
    const user = { id: '00000000-0000-4000-8000-000000000001', username: 'sngv', displayName: 'Sở Ngoại vụ', role: 'reporter', agencyId: null, mustChangePassword: false, unreadNotifications: 2 };
    const parsed = SessionResponseSchema.parse({ accessToken: 'secret', expiresAt: '2026-11-26T08:00:00.000Z', user });
    expect(parsed).toEqual({ expiresAt: '2026-11-26T08:00:00.000Z', user });
  });
});

describe('SessionModeQuerySchema', () => {
  it('answers with a token unless a cookie is asked for', () => {
    expect(SessionModeQuerySchema.parse({})).toEqual({ session: 'token' });
    expect(SessionModeQuerySchema.parse({ session: 'cookie' })).toEqual({ session: 'cookie' });
  });

  it('rejects another mode and unknown parameters', () => {
    expect(SessionModeQuerySchema.safeParse({ session: 'both' }).success).toBe(false);
    expect(SessionModeQuerySchema.safeParse({ session: 'cookie', extra: '1' }).success).toBe(false);
  });
});
