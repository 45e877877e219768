// What the API benches share: a database of their own on DATABASE_URL's server, quantiles and
// timed rounds, a small HTTP client for the API, and a description of the machine.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import zlib from 'node:zlib';
import pg from 'pg';

/**
 * A new database on the server of `url` (named `name`), and how to drop it. The bench writes
 * there, never in the database the URL names.
 */
export async function serverDatabase(url, name = `cchc_bench_${process.pid}`) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: target.toString() },
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The median and 95th percentile of some durations (ms). */
export function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

/** Warms `work` up (see timeSideBySide), then runs it `rounds` times one after another: its p50 and p95. */
export async function timeRounds(rounds, work, options = {}) {
  const [timing] = await timeSideBySide(rounds, [work], options);
  return timing;
}

/**
 * Runs each of `works` to warm up, then `rounds` rounds of all of them, one after another, the
 * first of a round taking turns: the p50 and p95 of each. Work measured beside other work meets
 * the machine in the same state, which a shared machine changes within minutes. The warm-up is
 * one round, then more rounds until `warmUpMs` have passed: a server that has answered a request
 * a few times has not yet compiled its code for it (V8 optimises what runs often), and a running
 * server has.
 */
export async function timeSideBySide(rounds, works, { warmUpMs = 0 } = {}) {
  const warming = performance.now();
  do {
    for (const work of works) await work();
  } while (performance.now() - warming < warmUpMs);
  const samples = works.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < works.length; j++) {
      const index = (i + j) % works.length;
      const started = performance.now();
      await works[index](i);
      samples[index].push(performance.now() - started);
    }
  }
  return samples.map(quantiles);
}

/** Kept-alive connections for every client of a bench process, as many as its clients need. */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** Undoes the answer's Content-Encoding. */
function decoded(body, encoding) {
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

/** One HTTP request over the shared agent: the status and the decoded body. */
function httpRequest(url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode, body: decoded(Buffer.concat(chunks), response.headers['content-encoding']) });
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The API at `base`, as a script calls it: sign in with POST /api/auth/login and send the token
 * as a bearer header. `get` and `send` throw on any answer but 2xx, with its body (and `status`).
 * Answers are asked for compressed, as a browser asks. The client is node:http with kept-alive
 * connections rather than fetch: it shares the machine's cores with the app it measures, and
 * fetch spent about twice the CPU per request (docs/benchmarks.md).
 */
export function apiClient(base) {
  const tokens = new Map();
  const state = { resets: 0 };
  const request = async (method, path, headers = {}, body, retried = false) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const sent = { 'accept-encoding': 'gzip, deflate, br', ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) };
    let response;
    try {
      response = await httpRequest(`${base}${path}`, method, sent, payload);
    } catch (error) {
      // A kept-alive connection the server closed as the request went out (its keep-alive timer
      // fires late when its event loop is busy): a browser sends a GET again, and so does this.
      if (method !== 'GET' || retried || error.code !== 'ECONNRESET') throw error;
      state.resets += 1;
      return request(method, path, headers, body, true);
    }
    const text = response.body.toString('utf8');
    if (response.status < 200 || response.status >= 300) throw Object.assign(new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`), { status: response.status });
    return { json: text === '' ? null : JSON.parse(text), bytes: response.body.length };
  };
  return {
    base,
    /** GETs sent again after a connection reset. */
    get resets() {
      return state.resets;
    },
    /** Headers signed in as `username` (tokens are kept, so each user signs in once). */
    async login(username, password) {
      if (!tokens.has(username)) {
        const { json } = await request('POST', '/api/auth/login', {}, { username, password });
        tokens.set(username, { authorization: `Bearer ${json.accessToken}` });
      }
      return tokens.get(username);
    },
    get: async (path, headers) => (await request('GET', path, headers)).json,
    /** A GET that also says how large the answer was (bytes of JSON, uncompressed). */
    getSized: (path, headers) => request('GET', path, headers),
    send: async (method, path, headers, body) => (await request(method, path, headers, body)).json,
  };
}

/** A process's resident memory from /proc (Linux): now and its peak, in MB; nulls elsewhere. */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rssMb: null, peakMb: null };
  }
}

/** One line on the machine the figures were measured on. */
export function machineDescription(databaseVersion) {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const ramGb = Math.round(os.totalmem() / 2 ** 30);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(', ');
  const date = new Date().toISOString().slice(0, 10);
  return `${os.availableParallelism()} cores (${cpu}), ${ramGb} GB RAM, Node ${process.version}, ${databaseVersion}; ${date}; load average at start ${load}`;
}
