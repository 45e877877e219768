import { LoginResponseSchema, UserSchema, type LoginResponse, type UserDto } from '@cchc/domain';
import { z } from 'zod';
import { requestJson } from '../http/http.js';

export const authApi = {
  login: (username: string, password: string): Promise<LoginResponse> =>
    requestJson('POST', '/api/auth/login', { schema: LoginResponseSchema, body: { username, password } }),
  logout: (): Promise<null> => requestJson('POST', '/api/auth/logout', { schema: z.null() }),
  me: (): Promise<UserDto> => requestJson('GET', '/api/me', { schema: UserSchema }),
};
