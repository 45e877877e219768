import type { UserRole } from '@cchc/domain';
import request from 'supertest';
import { AgencyEntity } from '../../src/modules/agencies/agency.entity.js';
import { UserService, type NewUser } from '../../src/modules/users/user.service.js';
import type { TestApp } from '../support/test-app.js';

let sequence = 0;

/** The id of a seeded agency by its code (SNgV, STP, ...). */
export async function agencyId(t: TestApp, code: string): Promise<string> {
  const agency = await t.dataSource.getRepository(AgencyEntity).findOneByOrFail({ code });
  return agency.id;
}

/** A user with sensible defaults; agency roles default to the Sở Ngoại vụ. */
export async function createUser(t: TestApp, overrides: Partial<NewUser> & { role?: UserRole } = {}): Promise<NewUser & { id: string }> {
  sequence += 1;
  const role = overrides.role ?? 'reporter';
  const user: NewUser = {
    username: `user${sequence}`,
    password: 'secret-password',
    displayName: `User ${sequence}`,
    role,
    agencyId: role === 'reporter' || role === 'approver' ? await agencyId(t, 'SNgV') : null,
    ...overrides,
  };
  const created = await t.app.get(UserService).create(user);
  return { ...user, id: created.id };
}

/** Signs in over HTTP and returns the bearer token. */
export async function loginAs(t: TestApp, user: { username: string; password: string }): Promise<string> {
  const response = await request(t.http).post('/api/auth/login').send({ username: user.username, password: user.password }).expect(200);
  return (response.body as { accessToken: string }).accessToken;
}

/** A seeded agency's reporter and approver and a Home Affairs reviewer, each signed in: their bearer tokens. */
export async function signedInTeam(t: TestApp, agencyCode: string): Promise<{ agencyId: string; reporter: string; approver: string; reviewer: string }> {
  const agency = await agencyId(t, agencyCode);
  return {
    agencyId: agency,
    reporter: await loginAs(t, await createUser(t, { role: 'reporter', agencyId: agency })),
    approver: await loginAs(t, await createUser(t, { role: 'approver', agencyId: agency })),
    reviewer: await loginAs(t, await createUser(t, { role: 'reviewer' })),
  };
}
