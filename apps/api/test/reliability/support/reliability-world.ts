import type { UserRole } from '@cchc/domain';
import type { AppConfig } from '../../../src/config/app-config.js';
import { AuthService } from '../../../src/modules/auth/auth.service.js';
import { UserEntity } from '../../../src/modules/users/user.entity.js';
import { periodId, reportContent } from '../../factories/report.factory.js';
import { agencyId, createUser } from '../../factories/user.factory.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { jsonBody, RawHttpClient } from './raw-http.js';

/** Who calls: the four roles, for agency A (Sở Ngoại vụ) and, for agency roles, agency B (Sở Tư pháp). */
export const ACTORS = ['reporterA', 'approverA', 'reporterB', 'approverB', 'reviewer', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

/** Text only agency A's reports contain: an answer to anyone else that carries it is a leak. */
export const AGENCY_A_MARKER = 'RELIABILITY-AGENCY-A-ONLY';

export interface WorldReport {
  id: string;
  version: number;
}

/**
 * A small installation every reliability test runs against, listening on a real port: users of
 * every role in two agencies, each agency with a draft and a submitted report, and spare accounts
 * (never used to call) that fuzzed admin requests may change freely.
 */
export interface ReliabilityWorld {
  t: TestApp;
  http: RawHttpClient;
  agencies: { A: string; B: string };
  periods: { q1: string; h1: string; m9: string; year: string };
  users: Record<Actor, { id: string; username: string; password: string }>;
  spareUserIds: string[];
  reports: { draftA: WorldReport; submittedA: WorldReport; draftB: WorldReport; submittedB: WorldReport };
  tokens: Record<Actor, string>;
  /** Issues fresh tokens (without signing in) for callers whose sessions a request ended. */
  refreshTokens(): Promise<void>;
  close(): Promise<void>;
}

const ROLE_OF: Record<Actor, UserRole> = {
  reporterA: 'reporter',
  approverA: 'approver',
  reporterB: 'reporter',
  approverB: 'approver',
  reviewer: 'reviewer',
  admin: 'admin',
};

export async function createReliabilityWorld(config: Partial<AppConfig> = {}): Promise<ReliabilityWorld> {
  const t = await createTestApp({ now: () => new Date('2021-03-18T03:00:00Z'), config });
  const http = await RawHttpClient.listen(t);
  const agencies = { A: await agencyId(t, 'SNgV'), B: await agencyId(t, 'STP') };
  const periods = { q1: await periodId(t, 2021, 'Q1'), h1: await periodId(t, 2021, 'H1'), m9: await periodId(t, 2021, 'M9'), year: await periodId(t, 2021, 'YEAR') };

  const users = {} as ReliabilityWorld['users'];
  for (const actor of ACTORS) {
    const role = ROLE_OF[actor];
    const agency = actor.endsWith('A') ? agencies.A : actor.endsWith('B') ? agencies.B : null;
    const user = await createUser(t, { username: `rel-${actor.toLowerCase()}`, role, agencyId: agency });
    users[actor] = { id: user.id, username: user.username, password: user.password };
  }
  const spareUserIds = [
    (await createUser(t, { username: 'rel-spare-reporter', role: 'reporter', agencyId: agencies.A })).id,
    (await createUser(t, { username: 'rel-spare-reviewer', role: 'reviewer', agencyId: null })).id,
  ];

  const tokens = {} as Record<Actor, string>;
  const refreshTokens = async (): Promise<void> => {
    const repository = t.dataSource.getRepository(UserEntity);
    for (const actor of ACTORS) {
      const entity = await repository.findOneByOrFail({ id: users[actor].id });
      tokens[actor] = (await t.app.get(AuthService).startSession(entity)).accessToken;
    }
  };
  await refreshTokens();

  const createReport = async (actor: 'approverA' | 'approverB', code: string, period: string, kind: 'Q1' | 'H1', submit: boolean): Promise<WorldReport> => {
    const content = reportContent(code, 2021, kind);
    if (code === 'SNgV') content.title = `${content.title} ${AGENCY_A_MARKER}`;
    const agency = code === 'SNgV' ? agencies.A : agencies.B;
    const created = await http.json('POST', '/api/reports', tokens[actor], { agencyId: agency, periodId: period, content });
    if (created.status !== 201) throw new Error(`Could not create the ${code} ${kind} report: ${created.status} ${created.text}`);
    const id = (jsonBody(created) as { id: string }).id;
    if (!submit) return { id, version: 1 };
    const submitted = await http.json('POST', `/api/reports/${id}/submit`, tokens[actor], { version: 1 });
    if (submitted.status !== 200) throw new Error(`Could not submit the ${code} ${kind} report: ${submitted.status} ${submitted.text}`);
    return { id, version: (jsonBody(submitted) as { version: number }).version };
  };
  const reports = {
    draftA: await createReport('approverA', 'SNgV', periods.q1, 'Q1', false),
    submittedA: await createReport('approverA', 'SNgV', periods.h1, 'H1', true),
    draftB: await createReport('approverB', 'STP', periods.q1, 'Q1', false),
    submittedB: await createReport('approverB', 'STP', periods.h1, 'H1', true),
  };

  return {
    t,
    http,
    agencies,
    periods,
    users,
    spareUserIds,
    reports,
    tokens,
    refreshTokens,
    close: async () => {
      http.close();
      await t.close();
    },
  };
}
