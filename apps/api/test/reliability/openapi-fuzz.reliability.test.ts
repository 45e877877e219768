import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import { changedTables, DatabaseChecksummer, type DatabaseChecksum } from './support/database-checksum.js';
import { errorContractViolation } from './support/error-contract.js';
import { operationCases, wrongMethodCases, type FuzzCase, type FuzzPools } from './support/fuzz-cases.js';
import { fuzzSettings, report } from './support/fuzz-settings.js';
import { fetchOpenApiDocument, listOperations, type ApiOperation } from './support/openapi-operations.js';
import type { RawRequest } from './support/raw-http.js';
import { createReliabilityWorld, type ReliabilityWorld } from './support/reliability-world.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Requests that may not change anything are checked together, this many at a time. */
const BATCH = 50;

// Every operation of the app's own OpenAPI document gets thousands of generated requests, as any
// caller on the network could send them: broken and odd JSON, wrong types, missing and extra
// fields, huge and unstorable text, bad ids, wrong methods, odd headers, with each role's token,
// with none and with forged ones. No answer may be a 5xx; every error keeps the
// `{ code, message, details? }` contract with a stable code; and a refused request changes
// nothing in the database (every table is checksummed after each unsafe request).
describe('OpenAPI fuzz', () => {
  const settings = fuzzSettings();
  let world: ReliabilityWorld;
  let operations: ApiOperation[];
  let pools: FuzzPools;

  beforeAll(async () => {
    world = await createReliabilityWorld();
    operations = listOperations(await fetchOpenApiDocument(world.http));
    const jwt = world.t.app.get(JwtService);
    const admin = world.users.admin.id;
    const token = world.tokens.admin;
    const unsigned = (claims: object): string =>
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    pools = {
      ids: [
        ...Object.values(world.reports).map((r) => r.id),
        world.agencies.A,
        world.agencies.B,
        world.periods.q1,
        world.periods.year,
        ...world.spareUserIds,
      ],
      badAuthorizations: [
        `Bearer ${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`,
        `Bearer ${unsigned({ sub: admin, tv: 0 })}`,
        `Bearer ${new JwtService({ secret: 'another-installation' }).sign({ sub: admin, tv: 0 })}`,
        `Bearer ${await jwt.signAsync({ sub: admin, tv: 0 }, { expiresIn: -60 })}`,
        `Bearer ${await jwt.signAsync({ sub: 'not-a-uuid', tv: 0 })}`,
        `Bearer ${await jwt.signAsync({ sub: "' OR 1=1 --", tv: 0 })}`,
        `Bearer ${await jwt.signAsync({ sub: '00000000-0000-0000-0000-000000000000', tv: 0 })}`,
        `Bearer ${await jwt.signAsync({ tv: 0 })}`,
        `Bearer ${await jwt.signAsync({ sub: admin, tv: '0' })}`,
        `Bearer ${await jwt.signAsync({ sub: { id: admin }, tv: 0 })}`,
        `Bearer ${await jwt.signAsync({ sub: admin, tv: 1e308 })}`,
      ],
    };
  }, 120_000);

  afterAll(async () => {
    await world?.close();
  });

  it('covers every operation of the document', () => {
    // Guards the fuzz itself: a document that lost its routes would make every check below pass.
    expect(operations.length).toBeGreaterThanOrEqual(40);
    for (const path of ['/api/reports/{id}', '/api/auth/login', '/api/users/{id}/password', '/api/dashboard/ranking']) {
      expect(operations.some((operation) => operation.path === path)).toBe(true);
    }
  });

  it('answers every generated request with no 5xx, a well-formed error, and no change when refused', async () => {
    const cases = generateCases(operations, pools, settings.seed, settings.requests);
    const checksummer = await DatabaseChecksummer.create(world.t.dataSource);
    const publicWrites = new Set(operations.filter((op) => !op.secured && !SAFE_METHODS.has(op.method)).map((op) => `${op.method} ${op.path}`));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let writesAccepted = 0;
    let checksums = 0;
    let known: DatabaseChecksum = await checksummer.checksum();
    // Requests that may not change anything whatever they get back, checked together.
    let pending: number[] = [];
    const started = Date.now();

    const checkPending = async (): Promise<void> => {
      if (pending.length === 0) return;
      const now = await checksummer.checksum();
      checksums += 1;
      const changed = changedTables(known, now);
      if (changed.length > 0) failures.push(`one of requests #${pending.join(', #')} changed ${changed.join(', ')} (none may)`);
      known = now;
      pending = [];
    };

    for (const [index, fuzzCase] of cases.entries()) {
      // Only a write to a route that exists, by a real session or to a public route, may change
      // anything, and only when accepted: it is checked on its own, everything else in batches.
      const mayWrite =
        !SAFE_METHODS.has(fuzzCase.method) && fuzzCase.operation !== null && (fuzzCase.auth.kind === 'actor' || publicWrites.has(fuzzCase.operation));
      if (mayWrite) await checkPending();
      const response = await world.http.send(toRequest(fuzzCase, world));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const violation = errorContractViolation(fuzzCase.method, response);
      if (violation) failures.push(describeCase(index, fuzzCase, `${response.status}: ${violation}`));
      if (!mayWrite) {
        if (!SAFE_METHODS.has(fuzzCase.method) && response.status < 300) {
          failures.push(describeCase(index, fuzzCase, `a write without a valid session (or to no route) was accepted with ${response.status}`));
        }
        pending.push(index);
        if (pending.length >= BATCH) await checkPending();
        continue;
      }
      const after = await checksummer.checksum();
      checksums += 1;
      const changed = changedTables(known, after);
      known = after;
      if (changed.length === 0) continue;
      if (response.status >= 300) {
        failures.push(describeCase(index, fuzzCase, `refused with ${response.status} but changed ${changed.join(', ')}`));
      } else {
        // An accepted write (a generated body can be valid): it may have ended a caller's sessions.
        writesAccepted += 1;
        await world.refreshTokens();
      }
    }
    await checkPending();

    const seconds = (Date.now() - started) / 1000;
    report(
      `openapi fuzz (${world.t.dataSource.options.type === 'postgres' && process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded'}): ${cases.length} requests ` +
        `over ${operations.length} operations in ${seconds.toFixed(1)} s, ${checksums} database checksums (seed ${settings.seed}; ` +
        `${writesAccepted} generated writes were valid and accepted; statuses ` +
        `${[...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')})`,
    );
    if (failures.length > 0) {
      report(`Replay with RELIABILITY_SEED=${settings.seed} RELIABILITY_FUZZ_REQUESTS=${settings.requests}.`);
    }
    expect(failures.slice(0, 40)).toEqual([]);
  }, 600_000);
});

/**
 * The requests, in a fixed order for a seed: an equal share for every operation (so none is
 * left out by chance), one part in six to wrong methods and near-miss paths, all shuffled
 * together so writes and reads interleave.
 */
function generateCases(operations: ApiOperation[], pools: FuzzPools, seed: number, total: number): FuzzCase[] {
  const wrong = Math.round(total / 6);
  const perOperation = Math.ceil((total - wrong) / operations.length);
  const cases = operations.flatMap((operation, index) => fc.sample(operationCases(operation, pools), { numRuns: perOperation, seed: seed + index }));
  cases.push(...fc.sample(wrongMethodCases(operations, pools), { numRuns: wrong, seed: seed - 1 }));
  const order = fc.sample(fc.shuffledSubarray(cases.map((_, index) => index), { minLength: cases.length }), { numRuns: 1, seed })[0]!;
  return order.map((index) => cases[index]!);
}

function toRequest(fuzzCase: FuzzCase, world: ReliabilityWorld): RawRequest {
  const headers = { ...fuzzCase.headers };
  if (fuzzCase.auth.kind === 'actor') headers.authorization = `Bearer ${world.tokens[fuzzCase.auth.actor]}`;
  if (fuzzCase.auth.kind === 'header') headers.authorization = fuzzCase.auth.value;
  return { method: fuzzCase.method, path: fuzzCase.path, headers, body: fuzzCase.body };
}

function describeCase(index: number, fuzzCase: FuzzCase, problem: string): string {
  const who = fuzzCase.auth.kind === 'actor' ? fuzzCase.auth.actor : fuzzCase.auth.kind === 'none' ? 'anonymous' : `"${fuzzCase.auth.value.slice(0, 40)}"`;
  const body = fuzzCase.body === undefined ? '' : ` body ${JSON.stringify(fuzzCase.body.toString().slice(0, 160))}`;
  return `#${index} ${fuzzCase.label} as ${who}: ${fuzzCase.method} ${fuzzCase.path.slice(0, 160)} ${JSON.stringify(fuzzCase.headers)}${body} -> ${problem}`;
}
