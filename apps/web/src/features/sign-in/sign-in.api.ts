import {
  LoginResponseSchema,
  SetupStatusSchema,
  type LoginResponse,
  type PasswordChangeBody,
  type SetupAdministratorBody,
  type SetupStatusDto,
} from '@cchc/domain';
import { requestJson } from '../../shared/http/http.js';

/** The first-run set-up and a person's own password; signing in itself is the session's. */
export const signInApi = {
  setupStatus: (): Promise<SetupStatusDto> => requestJson('GET', '/api/setup', { schema: SetupStatusSchema }),
  createAdministrator: (body: SetupAdministratorBody): Promise<LoginResponse> =>
    requestJson('POST', '/api/setup/administrator', { schema: LoginResponseSchema, body }),
  changePassword: (body: PasswordChangeBody): Promise<LoginResponse> => requestJson('POST', '/api/auth/password', { schema: LoginResponseSchema, body }),
};
