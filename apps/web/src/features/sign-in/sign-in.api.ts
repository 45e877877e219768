import {
  SessionResponseSchema,
  SetupStatusSchema,
  type SessionResponse,
  type PasswordChangeBody,
  type SetupAdministratorBody,
  type SetupStatusDto,
} from '@cchc/domain';
import { requestJson } from '../../shared/http/http.js';

/**
 * The first-run set-up and a person's own password; signing in itself is the session's. Both
 * answer a new session as httpOnly cookies (the set-up because it asks for them, a changed
 * password because the request came with them): the answers carry no token.
 */
export const signInApi = {
  setupStatus: (): Promise<SetupStatusDto> => requestJson('GET', '/api/setup', { schema: SetupStatusSchema }),
  createAdministrator: (body: SetupAdministratorBody): Promise<SessionResponse> =>
    requestJson('POST', '/api/setup/administrator?session=cookie', { schema: SessionResponseSchema, body }),
  changePassword: (body: PasswordChangeBody): Promise<SessionResponse> =>
    requestJson('POST', '/api/auth/password', { schema: SessionResponseSchema, body }),
};
