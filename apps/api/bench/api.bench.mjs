// Latency of the main API reads and writes on the demo data set (33 agencies, 2 years), on the
// embedded database, or on DATABASE_URL's server (a database of its own, dropped afterwards).
// Run with `pnpm --filter @cchc/api bench` after a build. Prints a Markdown table.
import 'reflect-metadata';
import { createApp } from '../dist/app.factory.js';
import { openDatabase } from '../dist/database/open-database.js';
import { seedDemo } from '../dist/database/seeds/demo/demo.seeder.js';
import { DEMO_PASSWORD, REVIEWER_USERNAME, demoReporterUsername } from '../dist/database/seeds/demo/demo-users.js';
import { apiClient, quantiles, serverDatabase, timeRounds } from './support.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const target = process.env.DATABASE_URL
  ? await serverDatabase(process.env.DATABASE_URL)
  : { config: { kind: 'embedded', dataDir: 'memory://' }, drop: async () => {} };
const database = await openDatabase(target.config);
const clock = { current: new Date() };
const app = await createApp(
  { port: 0, host: '127.0.0.1', database: target.config, webDistDir: null, jwtSecret: null, tokenTtlSeconds: 3600 },
  database,
  { logger: false, now: () => clock.current },
);
const seedStarted = performance.now();
await seedDemo(app, clock);
const seedMs = performance.now() - seedStarted;
clock.current = new Date();
await app.listen(0, '127.0.0.1');
const base = await app.getUrl();

const api = apiClient(base);
const login = (username) => api.login(username, DEMO_PASSWORD);
const reviewer = await login(REVIEWER_USERNAME);
const get = api.get;

const m9 = (await get('/api/periods?year=2020&kind=M9')).at(0);
// A draft of some agency, edited by that agency's reporter.
const draft = (await get('/api/reports?status=DRAFT', reviewer)).items[0] ?? null;
const agencies = await get('/api/agencies');
const draftCode = draft ? agencies.find((a) => a.id === draft.agencyId).code : null;
const reporter = draftCode ? await login(demoReporterUsername(draftCode)) : {};
const seed = (await get(`/api/reports?periodId=${m9.id}`, reviewer)).items[0];

const time = async (name, work) => ({ name, ...(await timeRounds(ROUNDS, work)) });

const results = [
  await time('GET /api/dashboard/status?year=2020', () => get('/api/dashboard/status?year=2020', reviewer)),
  await time('GET /api/dashboard/dossier?year=2020', () => get('/api/dashboard/dossier?year=2020', reviewer)),
  await time('GET /api/dashboard/areas?year=2020', () => get('/api/dashboard/areas?year=2020', reviewer)),
  await time('GET /api/dashboard/ranking (M9 2020, onTimeRate)', () => get(`/api/dashboard/ranking?periodId=${m9.id}&figure=onTimeRate`, reviewer)),
  await time('GET /api/reports (all, reviewer)', () => get('/api/reports', reviewer)),
  await time('GET /api/reports/:id (seed report, with findings)', () => get(`/api/reports/${seed.id}`, reviewer)),
];
if (draft) {
  let version = (await get(`/api/reports/${draft.id}`, reporter)).version;
  results.push(
    await time('PATCH /api/reports/:id (title, versioned + audit)', async (i) => {
      const response = await fetch(`${base}/api/reports/${draft.id}`, {
        method: 'PATCH',
        headers: { ...reporter, 'content-type': 'application/json' },
        body: JSON.stringify({ version, content: { title: `Báo cáo ${i ?? 'warm-up'}` } }),
      });
      if (!response.ok) throw new Error(`PATCH ${response.status} ${await response.text()}`);
      version = (await response.json()).version;
    }),
  );
}

// Writers among readers: PATCH latency while READERS clients keep reading the dashboard, one
// request after another each. On the embedded database every query goes through one connection.
const READERS = Number(process.env.BENCH_READERS ?? 200);
const contention = [];
if (draft && READERS > 0) {
  let version = (await get(`/api/reports/${draft.id}`, reporter)).version;
  const patch = async (i) => {
    const response = await fetch(`${base}/api/reports/${draft.id}`, {
      method: 'PATCH',
      headers: { ...reporter, 'content-type': 'application/json' },
      body: JSON.stringify({ version, content: { title: `Báo cáo tải ${i ?? 'warm-up'}` } }),
    });
    if (!response.ok) throw new Error(`PATCH ${response.status} ${await response.text()}`);
    version = (await response.json()).version;
  };
  let reading = true;
  const readSamples = [];
  const readers = Array.from({ length: READERS }, async () => {
    while (reading) {
      const started = performance.now();
      await get('/api/dashboard/status?year=2020', reviewer);
      readSamples.push(performance.now() - started);
    }
  });
  // Let every reader get its first request in before the writer starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rounds = Math.max(10, Math.round(ROUNDS / 2));
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await patch(i);
    samples.push(performance.now() - started);
  }
  reading = false;
  await Promise.all(readers);
  contention.push({ name: `PATCH /api/reports/:id with ${READERS} dashboard readers (${rounds} rounds)`, ...quantiles(samples) });
  contention.push({ name: `GET /api/dashboard/status, each of the ${READERS} readers (${readSamples.length} reads)`, ...quantiles(readSamples) });
}

const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(`Database: ${target.config.kind}; demo seed ${Math.round(seedMs)} ms; ${ROUNDS} rounds; resident memory ${rssMb} MB.\n`);
console.log('| request | p50 | p95 |');
console.log('|---|---|---|');
for (const r of [...results, ...contention]) console.log(`| ${r.name} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`);

await app.close();
await database.close();
await target.drop();
