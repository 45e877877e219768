// The dashboard at scale: for each scale (BENCH_SCALES, default demo,province,national), loads it
// into a fresh database, starts the built app as a process of its own and measures each dashboard
// endpoint beside its raw-SQL floor (scale/floors.sql.mjs, checked to give the API's numbers; on
// a server their rounds alternate),
// ten users reading at once with the app's peak memory, and report writes (PATCH, submit) by 1, 10
// and 50 clients. On DATABASE_URL's server each scale gets a database of its own, dropped
// afterwards; without it the embedded database (PGlite) is written to a data directory first, its
// floors measured there before the app opens it, and the national scale is skipped. Prints
// Markdown; BENCH_WRITE_DOCS=1 also writes it into docs/benchmarks.md ("Dashboard at scale", the
// block of the database it ran on).
// Run `npx turbo run build --filter=@cchc/api` first.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { execFile, fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startAppProcess, waitForHealthy } from '@cchc/jest-preset/app-process';
import { toVietnamDate } from '@cchc/domain';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../dist/app.factory.js';
import { openDatabase } from '../dist/database/open-database.js';
import { FLOORS, dashboardRequests } from './scale/floors.sql.mjs';
import {
  approverUsername,
  draftContent,
  loadScale,
  REVIEWER_USERNAME,
  reporterUsername,
  reportedCount,
  SCALE_NAMES,
  SCALE_PASSWORD,
} from './scale/generate-scale.mjs';
import { apiClient, machineDescription, processMemory, quantiles, serverDatabase, timeRounds, timeSideBySide } from './support.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** The national scale's endpoints take seconds each: fewer rounds there. */
const roundsAt = (scale) => (scale === 'national' ? Math.max(5, Math.round(ROUNDS / 3)) : ROUNDS);
const USERS = 10;
const WRITERS = [1, 10, 50];
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 5);
/** How long each read, its floor and its floor over bare HTTP are warmed up together before they are timed. */
const WARM_UP = { warmUpMs: Number(process.env.BENCH_WARMUP_SECONDS ?? 3) * 1000 };
const SERVER = process.env.DATABASE_URL?.trim() || null;
const APP_MAIN = resolve(import.meta.dirname, '..', 'dist', 'main.js');
/** The built dashboard the app serves, and the script that measures it in Chromium (apps/web/bench). */
const WEB_DIST = resolve(import.meta.dirname, '..', '..', 'web', 'dist');
const FLOOR_SERVER = resolve(import.meta.dirname, 'scale', 'floor-server.mjs');
const IN_BROWSER = resolve(import.meta.dirname, '..', '..', 'web', 'bench', 'dashboard-in-browser.mjs');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path)) ?? null;
const BROWSER_ROUNDS = 3;
const DOCS = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'benchmarks.md');
/** The block of docs/benchmarks.md that a run rewrites: one per kind of database. */
const DOCS_START = `<!-- dashboard-bench:${SERVER ? 'postgres' : 'embedded'}:start -->`;
const DOCS_END = `<!-- dashboard-bench:${SERVER ? 'postgres' : 'embedded'}:end -->`;
/** The year measured and its M9 period ranked: the demo's first year, the last complete one otherwise. */
const YEAR = { demo: 2020, province: 2025, national: 2025 };

const requested = (process.env.BENCH_SCALES ?? SCALE_NAMES.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = requested.filter((s) => !SCALE_NAMES.includes(s));
if (unknown.length > 0) throw new Error(`BENCH_SCALES: no scale ${unknown.join(', ')} (choose among ${SCALE_NAMES.join(', ')}).`);
const scales = SERVER ? requested : requested.filter((s) => s !== 'national');
const skipped = requested.filter((s) => !scales.includes(s));

const log = (line) => console.info(`[dashboard bench] ${line}`);
const ms = (value) => (value === null || Number.isNaN(value) ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const thousands = (n) => n.toLocaleString('en-US');

/** The draft reports the write phase edits, one per client: existing drafts first, then new ones. */
const DRAFTS_SQL = `
  SELECT r.id, a.code FROM report r
  JOIN agency a ON a.id = r.agency_id JOIN reporting_period p ON p.id = r.period_id
  WHERE r.status = 'DRAFT' AND p.window_to < $1::date
  ORDER BY p.window_to DESC, a.code LIMIT $2`;
/** Agencies and closed periods without a report, where a draft can be created. */
const VACANCIES_SQL = `
  SELECT a.id AS agency_id, a.code, a.name_vi, a.kind, p.id AS period_id, p.year, p.kind AS period_kind
  FROM agency a CROSS JOIN reporting_period p
  WHERE a.kind <> 'province' AND p.kind <> 'ADHOC' AND p.window_to < $1::date
    AND a.valid_from <= p.window_to AND (a.valid_to IS NULL OR a.valid_to >= p.window_to)
    AND NOT EXISTS (SELECT 1 FROM report r WHERE r.agency_id = a.id AND r.period_id = p.id)
  ORDER BY p.window_to DESC, a.code LIMIT $2`;

/**
 * Loads the scale into a new database with the app built in this process (its migrations, then
 * loadScale), and reads there what the measurement needs. On the embedded database the floors are
 * measured now, before the app's process takes the data directory.
 */
async function prepare(scale, today) {
  const dataDir = SERVER ? null : join(mkdtempSync(join(tmpdir(), `cchc-bench-${scale}-`)), 'pglite');
  const server = SERVER ? await serverDatabase(SERVER, `cchc_bench_${process.pid}_${scale}`) : null;
  const config = server ? server.config : { kind: 'embedded', dataDir };
  const database = await openDatabase(config);
  const clock = { current: new Date() };
  const app = await createApp(
    { port: 0, host: '127.0.0.1', database: config, webDistDir: null, jwtSecret: 'bench', tokenTtlSeconds: 3600 },
    database,
    { logger: false, ensureAdmin: false, now: () => clock.current },
  );
  const cleanUp = server ? server.drop : async () => rmSync(resolve(dataDir, '..'), { recursive: true, force: true });
  let prepared = null;
  try {
    const loaded = await loadScale(app, scale, { clock, log });
    const dataSource = app.get(DataSource);
    const [{ version }] = await dataSource.query('SELECT version()');
    const [ranked] = await dataSource.query(`SELECT id FROM reporting_period WHERE year = $1 AND kind = 'M9'`, [YEAR[scale]]);
    const context = { year: YEAR[scale], rankingPeriodId: ranked.id, today };
    prepared = {
      loaded,
      context,
      drafts: await dataSource.query(DRAFTS_SQL, [today, Math.max(...WRITERS)]),
      vacancies: await dataSource.query(VACANCIES_SQL, [today, Math.max(...WRITERS)]),
      floors: SERVER ? null : await measureFloors((sql, params) => dataSource.query(sql, params), context, roundsAt(scale)),
      databaseVersion: SERVER ? version.split(' on ')[0] : `${version.split(' on ')[0]}, embedded`,
      env: server ? { DATABASE_URL: server.url } : { PGLITE_DATA_DIR: dataDir },
      cleanUp,
    };
    return prepared;
  } finally {
    await app.close();
    await database.close();
    if (!prepared) await cleanUp();
  }
}

/** Each floor's p50/p95 and its rows (from its first run, to check against the API): the embedded database's, measured alone. */
async function measureFloors(query, context, rounds) {
  const floors = {};
  for (const [key, floor] of Object.entries(FLOORS)) {
    let rows = null;
    const timing = await timeRounds(rounds, async () => {
      const result = await query(floor.sql, floor.params(context));
      rows ??= Array.isArray(result) ? result : result.rows;
    }, WARM_UP);
    floors[key] = { ...timing, rows };
  }
  return floors;
}

/** `clients` clients doing `step` one after another each for `seconds`; the seconds it took. */
async function forSeconds(clients, seconds, step) {
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < end) await step(client);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Runs `work`, adding its duration to `samples`. */
async function timed(samples, work) {
  const at = performance.now();
  const result = await work();
  samples.push(performance.now() - at);
  return result;
}

/**
 * The bare floor server (scale/floor-server.mjs) on the scale's database, as a process of its own
 * like the app, and a client of it.
 */
async function startFloorServer(prepared) {
  const child = fork(FLOOR_SERVER, [], {
    env: { ...process.env, DATABASE_URL: prepared.env.DATABASE_URL, FLOOR_CONTEXT: JSON.stringify(prepared.context) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolveListening, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the floor server exited (${code}) before listening`)));
    child.once('message', (message) => resolveListening(message.listening));
  });
  return { api: apiClient(`http://127.0.0.1:${port}`), stop: () => child.disconnect() };
}

async function measure(scale, prepared) {
  const port = await freePort();
  const app = startAppProcess(APP_MAIN, {
    ...prepared.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_DIST_DIR: existsSync(join(WEB_DIST, 'index.html')) ? WEB_DIST : 'none',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  });
  let floorServer = null;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealthy(`${base}/api/health`, app, 120_000);
    const started = processMemory(app.child.pid);
    const api = apiClient(base);
    const reviewer = await api.login(REVIEWER_USERNAME, SCALE_PASSWORD);
    const rounds = roundsAt(scale);
    const requests = dashboardRequests(prepared.context);

    // Each endpoint beside its floor, its answer checked against the floor's numbers. On
    // PostgreSQL the floor goes through a client of the server, its rounds alternating with the
    // endpoint's so that both meet the machine in the same state (a shared machine drifts by tens
    // of percent within minutes); the embedded database measured its floors before the app opened it.
    const floorClient = SERVER ? new pg.Client({ connectionString: prepared.env.DATABASE_URL }) : null;
    await floorClient?.connect();
    floorServer = SERVER ? await startFloorServer(prepared) : null;
    const reads = [];
    for (const request of requests) {
      // The overview holds the four answers: each is checked against its floor, and its floor is theirs.
      const keys = request.parts ?? [request.key];
      const floorRows = {};
      let answer = null;
      const ask = async () => {
        const response = await api.getSized(request.path, reviewer);
        answer ??= response;
      };
      let timing;
      let floor;
      // The floor run by a bare HTTP server (scale/floor-server.mjs): on PostgreSQL only.
      let bareFloor = null;
      if (floorClient) {
        const askFloor = async () => {
          for (const key of keys) {
            const { rows } = await floorClient.query(FLOORS[key].sql, FLOORS[key].params(prepared.context));
            floorRows[key] ??= rows;
          }
        };
        const askBareFloor = async () => {
          for (const key of keys) {
            const { rows } = await floorServer.api.get(`/floors/${key}`);
            if (floorRows[key] && rows !== floorRows[key].length) throw new Error(`${key}: the bare server's floor returned ${rows} rows, the floor ${floorRows[key].length}`);
          }
        };
        [floor, timing, bareFloor] = await timeSideBySide(rounds, [askFloor, ask, askBareFloor], WARM_UP);
      } else {
        timing = await timeRounds(rounds, ask, WARM_UP);
        for (const key of keys) floorRows[key] = prepared.floors[key].rows;
        floor = { p50: keys.reduce((sum, key) => sum + prepared.floors[key].p50, 0), p95: keys.reduce((sum, key) => sum + prepared.floors[key].p95, 0) };
      }
      for (const key of keys) FLOORS[key].check(floorRows[key], request.parts ? answer.json[key] : answer.json, prepared.context);
      reads.push({ ...request, ...timing, bytes: answer.bytes, floor, bareFloor });
    }
    await floorClient?.end();
    floorServer?.stop();
    floorServer = null;
    // What any signed-in request costs (authentication, one user read), and the least any answer
    // of the app costs (no session, two small queries), for scale.
    const baseline = await timeRounds(rounds, () => api.get('/api/me', reviewer), WARM_UP);
    const leastAnswer = await timeRounds(rounds, () => api.get('/api/health'), WARM_UP);
    log(`${scale}: endpoints measured; every floor agrees with the API.`);

    // Ten users at once, each reading the four endpoints in turn. An error answer (a database
    // timeout, 503) is counted, not fatal: it is what those users would see.
    const single = requests.filter((request) => !request.parts);
    const concurrentRounds = Math.max(2, Math.round(rounds / 6));
    const samples = [];
    const errors = {};
    const resetsBefore = api.resets;
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        for (let round = 0; round < concurrentRounds; round++) {
          for (const request of [...single.slice(user % 4), ...single.slice(0, user % 4)]) {
            const at = performance.now();
            try {
              await api.get(request.path, reviewer);
            } catch (error) {
              if (!error.status) throw error;
              const key = `${error.status} ${request.key}`;
              errors[key] = (errors[key] ?? 0) + 1;
            }
            samples.push(performance.now() - at);
          }
        }
      }),
    );
    const concurrent = { users: USERS, rounds: concurrentRounds, ...quantiles(samples), errors, resets: api.resets - resetsBefore, memory: processMemory(app.child.pid) };

    const browser = await measureInBrowser(scale, base);
    const writes = await measureWrites(api, prepared, reviewer);
    return { reads, baseline, leastAnswer, concurrent, browser, writes, memory: { started, end: processMemory(app.child.pid) } };
  } catch (error) {
    console.error(app.output().slice(-4000));
    throw error;
  } finally {
    floorServer?.stop();
    // startAppProcess leaves the child unreferenced: hold on until it has exited.
    app.child.ref();
    await app.stop();
  }
}

/**
 * PATCH of a draft's title by its agency's reporter, then submission by its approver (the
 * reviewer returns it after each, timed apart, so it can be submitted again), with 1, 10 and 50
 * clients, each on a draft of its own so no write meets a version conflict. Drafts of closed
 * periods are taken first; the rest are created through the API where an agency has no report.
 */
async function measureWrites(api, prepared, reviewer) {
  const wanted = Math.max(...WRITERS);
  const drafts = [];
  for (const draft of prepared.drafts) {
    const reporter = await api.login(reporterUsername(draft.code), SCALE_PASSWORD);
    const { version } = await api.get(`/api/reports/${draft.id}`, reporter);
    drafts.push({ id: draft.id, code: draft.code, version, reporter });
  }
  for (const vacancy of prepared.vacancies.slice(0, wanted - drafts.length)) {
    const reporter = await api.login(reporterUsername(vacancy.code), SCALE_PASSWORD);
    const content = draftContent({ code: vacancy.code, nameVi: vacancy.name_vi, kind: vacancy.kind }, vacancy.year, vacancy.period_kind);
    const created = await api.send('POST', '/api/reports', reporter, { agencyId: vacancy.agency_id, periodId: vacancy.period_id, content });
    drafts.push({ id: created.id, code: vacancy.code, version: created.version, reporter });
  }
  if (drafts.length < wanted) throw new Error(`Only ${drafts.length} drafts for ${wanted} writers.`);
  for (const draft of drafts) draft.approver = await api.login(approverUsername(draft.code), SCALE_PASSWORD);

  const results = [];
  for (const clients of WRITERS) {
    const patches = [];
    const seconds = await forSeconds(drafts.slice(0, clients), WRITE_SECONDS, async (draft) => {
      const body = { version: draft.version, content: { title: `Báo cáo kết quả cải cách hành chính (${draft.version})` } };
      draft.version = (await timed(patches, () => api.send('PATCH', `/api/reports/${draft.id}`, draft.reporter, body))).version;
    });
    results.push({ name: 'PATCH /api/reports/:id (title)', clients, perSecond: patches.length / seconds, ...quantiles(patches) });
  }
  for (const clients of WRITERS) {
    const submits = [];
    const returns = [];
    const seconds = await forSeconds(drafts.slice(0, clients), WRITE_SECONDS, async (draft) => {
      const submitted = await timed(submits, () => api.send('POST', `/api/reports/${draft.id}/submit`, draft.approver, { version: draft.version }));
      // The reviewer returns it so that it can be submitted again (a resubmission after a return).
      const body = { version: submitted.version, reasons: [{ path: null, message: 'Đề nghị bổ sung số liệu.' }] };
      draft.version = (await timed(returns, () => api.send('POST', `/api/reports/${draft.id}/return`, reviewer, body))).version;
    });
    results.push({ name: 'POST /api/reports/:id/submit', clients, perSecond: submits.length / seconds, ...quantiles(submits) });
    results.push({ name: 'POST /api/reports/:id/return (between submits)', clients, perSecond: returns.length / seconds, ...quantiles(returns) });
  }
  return results;
}

/**
 * The reviewer signing in and the dashboard drawn in headless Chromium (apps/web/bench), run as a
 * process of its own; null, with the reason logged, without a built dashboard or a Chromium.
 */
async function measureInBrowser(scale, base) {
  if (process.env.BENCH_BROWSER === '0') {
    log(`${scale}: BENCH_BROWSER=0: the browser is not measured.`);
    return null;
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    log(`${scale}: no built dashboard (npx turbo run build --filter=@cchc/web): the browser is not measured.`);
    return null;
  }
  if (!CHROMIUM) {
    log(`${scale}: no Chromium (apt-get install -y chromium, or CHROMIUM_PATH): the browser is not measured.`);
    return null;
  }
  const args = [IN_BROWSER, '--url', base, '--user', REVIEWER_USERNAME, '--password', SCALE_PASSWORD, '--rounds', String(BROWSER_ROUNDS)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROMIUM_PATH: CHROMIUM }, maxBuffer: 16 * 1024 * 1024 });
  const { rounds } = JSON.parse(stdout.trim().split('\n').at(-1));
  log(`${scale}: dashboard drawn in Chromium in ${rounds.map((r) => ms(r.ms)).join(', ')}.`);
  return { ...quantiles(rounds.map((r) => r.ms)), rounds };
}

/** Error answers by status and endpoint ("2 × 503 areas"), or none. */
const errorList = (errors, resets) =>
  [...Object.entries(errors).map(([key, n]) => `${n} × ${key}`), ...(resets > 0 ? [`${resets} connection resets (sent again)`] : [])].join(', ') || 'none';

/** The dashboard in Chromium: the median round, and what every round asked and received. */
function browserLines(browser) {
  if (!browser) return ['The dashboard in Chromium was not measured (no built dashboard or no Chromium).', ''];
  const median = [...browser.rounds].sort((a, b) => a.ms - b.ms)[Math.floor(browser.rounds.length / 2)];
  const kB = (bytes) => `${thousands(Math.round(bytes / 1024))} kB`;
  const unpainted = browser.rounds.flatMap((r) => Object.entries(r.painted).filter(([, pixels]) => pixels < 2_000).map(([chart]) => chart));
  const errors = browser.rounds.flatMap((r) => r.pageErrors);
  return [
    `| the dashboard in headless Chromium, ${browser.rounds.length} sign-ins | sign-in to board and every chart drawn, median | slowest | API requests after sign-in | API bytes received | static bytes received | sign-in page, bytes before the click | canvases painted | page errors |`,
    '|---|---|---|---|---|---|---|---|---|',
    `| median round | ${ms(median.ms)} | ${ms(Math.max(...browser.rounds.map((r) => r.ms)))} | ${median.apiRequests.length} (${median.apiRequests.join(', ')}) | ${kB(median.apiBytes)} | ${kB(median.staticBytes)} | ${kB(median.signInPageBytes)} | ${unpainted.length === 0 ? `all ${Object.keys(median.painted).length}` : `not ${[...new Set(unpainted)].join(', ')}`} | ${errors.length === 0 ? 'none' : errors.join('; ')} |`,
    '',
  ];
}

function markdown(scale, prepared, measured) {
  const { loaded } = prepared;
  const reports = Object.values(loaded.reports).reduce((a, b) => a + b, 0);
  const statuses = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'].map((status) => `${thousands(loaded.reports[status] ?? 0)} ${status.toLowerCase()}`).join(', ');
  const lines = [
    `#### ${scale}: ${thousands(loaded.agencies)} agencies, ${thousands(reports)} reports`,
    '',
    `${prepared.databaseVersion}. Reports: ${statuses} (${thousands(reportedCount(loaded))} reported), ${thousands(loaded.missing)} missing; ` +
      `loaded in ${(loaded.ms / 1000).toFixed(1)} s. Year ${prepared.context.year}; ${roundsAt(scale)} rounds after a warm-up. ` +
      `API process: ${measured.memory.started.rssMb} MB resident after start, peak ${measured.memory.end.peakMb} MB.`,
    '',
    '| request | answer (JSON) | API p50 | API p95 | floor p50 | floor p95 | API / floor (p50) | floor over bare HTTP p50 | bare HTTP / floor (p50) | API / bare HTTP (p50) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const over = [];
  // The same endpoints against the floor over bare HTTP: what the app adds to a request that
  // already crosses the loopback, which is how the small scales are judged (docs/benchmarks.md).
  const overBare = [];
  // Endpoints whose target (1.5× the floor) is less than the floor itself answered over bare HTTP
  // takes: no HTTP answer, of this app or any other, could meet it on this machine.
  const outOfReach = [];
  for (const read of measured.reads) {
    const ratio = read.p50 / read.floor.p50;
    const bare = read.bareFloor ? read.bareFloor.p50 / read.floor.p50 : null;
    if (ratio > 1.5) over.push(`${read.key} ${ratio.toFixed(1)}×`);
    if (bare !== null && bare > 1.5) outOfReach.push(`${read.key} (${bare.toFixed(1)}×)`);
    const overHttp = read.bareFloor ? read.p50 / read.bareFloor.p50 : null;
    if (overHttp !== null && overHttp > 1.5) overBare.push(`${read.key} ${overHttp.toFixed(1)}×`);
    lines.push(
      `| ${read.label} | ${thousands(Math.round(read.bytes / 1024))} kB | ${ms(read.p50)} | ${ms(read.p95)} | ${ms(read.floor.p50)} | ${ms(read.floor.p95)} | ${ratio.toFixed(1)}× | ` +
        `${read.bareFloor ? ms(read.bareFloor.p50) : '—'} | ${bare === null ? '—' : `${bare.toFixed(1)}×`} | ${overHttp === null ? '—' : `${overHttp.toFixed(1)}×`} |`,
    );
  }
  const c = measured.concurrent;
  lines.push(
    '',
    `For comparison, \`GET /api/me\` (any signed-in request): ${ms(measured.baseline.p50)} p50, ${ms(measured.baseline.p95)} p95; ` +
      `\`GET /api/health\` (no session, two small queries side by side: about the least any answer of the app costs): ${ms(measured.leastAnswer.p50)} p50, ${ms(measured.leastAnswer.p95)} p95.`,
    '',
    `| ${c.users} users at once, the four endpoints each, ${c.rounds} rounds | requests | median | p95 | errors | API peak resident memory |`,
    '|---|---|---|---|---|---|',
    `| every request | ${c.n} | ${ms(c.p50)} | ${ms(c.p95)} | ${errorList(c.errors, c.resets)} | ${c.memory.peakMb} MB |`,
    '',
    ...browserLines(measured.browser),
    `| write (${WRITE_SECONDS} s each) | clients | requests/s | p50 | p95 |`,
    '|---|---|---|---|---|',
    ...measured.writes.map((w) => `| ${w.name} | ${w.clients} | ${w.perSecond.toFixed(1)} | ${ms(w.p50)} | ${ms(w.p95)} |`),
    '',
    over.length > 0 ? `Over 1.5× the floor at p50: ${over.join(', ')}.` : 'Every endpoint within 1.5× its floor at p50.',
    ...(outOfReach.length > 0
      ? ['', `The floor alone, answered by a bare HTTP server, already takes over 1.5× the floor, so no answer over HTTP could meet it here, for: ${outOfReach.join(', ')}.`]
      : []),
    ...(measured.reads.some((read) => read.bareFloor)
      ? ['', overBare.length > 0 ? `Over 1.5× the floor over bare HTTP at p50: ${overBare.join(', ')}.` : 'Every endpoint within 1.5× the floor over bare HTTP at p50.']
      : []),
    '',
  );
  return lines.join('\n');
}

const today = toVietnamDate(new Date().toISOString());
const sections = [];
let databaseVersion = null;
for (const scale of scales) {
  log(`${scale}: loading…`);
  const prepared = await prepare(scale, today);
  databaseVersion ??= prepared.databaseVersion;
  log(`${scale}: loaded in ${(prepared.loaded.ms / 1000).toFixed(1)} s; measuring…`);
  try {
    const measured = await measure(scale, prepared);
    const section = markdown(scale, prepared, measured);
    console.log(`\n${section}`);
    sections.push(section);
  } finally {
    await prepared.cleanUp();
  }
}
if (skipped.length > 0) log(`Skipped ${skipped.join(', ')}: measured on PostgreSQL only (set DATABASE_URL).`);

if (process.env.BENCH_WRITE_DOCS === '1' && sections.length > 0) {
  const generated = [
    DOCS_START,
    `Measured with \`BENCH_SCALES=${scales.join(',')}\`: ${machineDescription(databaseVersion)}.`,
    ...(skipped.length > 0 ? [`Skipped: ${skipped.join(', ')} (PostgreSQL only).`] : []),
    '',
    ...sections,
    DOCS_END,
  ].join('\n');
  const docs = readFileSync(DOCS, 'utf8');
  const from = docs.indexOf(DOCS_START);
  const to = docs.indexOf(DOCS_END);
  if (from < 0 || to < from) throw new Error(`${DOCS} has no ${DOCS_START} … ${DOCS_END} block to replace.`);
  writeFileSync(DOCS, docs.slice(0, from) + generated + docs.slice(to + DOCS_END.length));
  log(`Wrote the results into ${DOCS}.`);
}
