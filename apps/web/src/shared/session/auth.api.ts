import { SessionResponseSchema, UserSchema, type SessionResponse, type UserDto } from '@cchc/domain';
import { z } from 'zod';
import { requestJson } from '../http/http.js';

export const authApi = {
  /** Signs in with the session as an httpOnly cookie: the answer carries no token. */
  login: (username: string, password: string): Promise<SessionResponse> =>
    requestJson('POST', '/api/auth/session', { schema: SessionResponseSchema, body: { username, password } }),
  logout: (): Promise<null> => requestJson('POST', '/api/auth/logout', { schema: z.null() }),
  me: (): Promise<UserDto> => requestJson('GET', '/api/me', { schema: UserSchema }),
};
