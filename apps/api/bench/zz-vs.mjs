// interleaved: API endpoint vs its floor. node vs.mjs base dburl year periodId rounds keys...
import pg from 'pg';
import { FLOORS, dashboardRequests } from '/work/main/apps/api/bench/scale/floors.sql.mjs';
const [base, url, year, periodId, rounds = 40, ...keys] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url }); await client.connect();
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'snv', password: 'demo123' }) });
const { accessToken } = await login.json();
const headers = { authorization: `Bearer ${accessToken}`, 'accept-encoding': 'gzip, br' };
const context = { year: Number(year), rankingPeriodId: periodId, today: '2026-11-30' };
const reqs = dashboardRequests(context).filter((r) => FLOORS[r.key] && (keys.length === 0 || keys.includes(r.key)));
const me = []; 
for (const r of reqs) {
  const a = [], f = [];
  for (let i = 0; i < Number(rounds) + 2; i++) {
    let t = performance.now(); const res = await fetch(base + r.path, { headers }); await res.arrayBuffer(); const ta = performance.now() - t;
    t = performance.now(); await client.query(FLOORS[r.key].sql, FLOORS[r.key].params(context)); const tf = performance.now() - t;
    t = performance.now(); await (await fetch(base + '/api/me', { headers })).arrayBuffer(); const tm = performance.now() - t;
    if (i >= 2) { a.push(ta); f.push(tf); me.push(tm); }
  }
  const p50 = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
  console.log(r.key.padEnd(10), 'api', p50(a).toFixed(1), 'floor', p50(f).toFixed(1), 'ratio', (p50(a) / p50(f)).toFixed(2));
}
const p50 = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
console.log('me', p50(me).toFixed(2));
await client.end();
