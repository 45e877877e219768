import { LoginRequestSchema } from './auth.contract.js';

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
