import pg from 'pg';
import { reporterUsername, SCALE_PASSWORD } from './scale/generate-scale.mjs';
import { apiClient } from './support.mjs';
const [base, url, seconds = 8, clients = 20] = process.argv.slice(2);
const db = new pg.Client({ connectionString: url }); await db.connect();
const drafts = (await db.query(`SELECT r.id, a.code FROM report r JOIN agency a ON a.id = r.agency_id JOIN reporting_period p ON p.id = r.period_id WHERE r.status = 'DRAFT' AND p.window_to < '2026-11-30' ORDER BY p.window_to DESC, a.code LIMIT $1`, [Number(clients)])).rows;
await db.end();
const api = apiClient(base);
for (const d of drafts) { d.reporter = await api.login(reporterUsername(d.code), SCALE_PASSWORD); d.version = (await api.get(`/api/reports/${d.id}`, d.reporter)).version; }
let n = 0; const times = [];
const end = performance.now() + Number(seconds) * 1000;
await Promise.all(drafts.map(async (d) => { while (performance.now() < end) { const t = performance.now(); d.version = (await api.send('PATCH', `/api/reports/${d.id}`, d.reporter, { version: d.version, content: { title: `Báo cáo (${d.version})` } })).version; times.push(performance.now() - t); n++; } }));
times.sort((a, b) => a - b);
console.log('clients', drafts.length, 'per s', (n / Number(seconds)).toFixed(1), 'p50', times[Math.floor(times.length / 2)].toFixed(1));
