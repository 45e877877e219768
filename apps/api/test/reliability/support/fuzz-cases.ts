import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Actor } from './reliability-world.js';
import { ACTORS } from './reliability-world.js';
import type { ApiOperation } from './openapi-operations.js';

/** Who a fuzzed request claims to be: a real session, none, or a broken Authorization header. */
export type FuzzAuth = { kind: 'actor'; actor: Actor } | { kind: 'none' } | { kind: 'header'; value: string };

/** One generated request. Tokens are named, not embedded, so a replay with the same seed sends the same requests. */
export interface FuzzCase {
  method: string;
  path: string;
  auth: FuzzAuth;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The operation aimed at (`POST /api/reports/{id}`), or null for a method or path that has none. */
  operation: string | null;
  /** What the generator did, for the failure report. */
  label: string;
}

/** Values the generator draws ids and tokens from: real ones of the world, and broken ones. */
export interface FuzzPools {
  /** Ids of things that exist: reports of both agencies, agencies, periods, spare users. */
  ids: string[];
  /** Authorization headers that must be refused: tampered, forged or expired tokens. */
  badAuthorizations: string[];
}

/** Text PostgreSQL, JSON parsers or Unicode handling have tripped on somewhere. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\ud83d\ude00',
  '\ufeff',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\u200b\u200c\u200d',
  'Nguye\u0302\u0303n',
  'Nguyễn Văn Thành',
  'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f\u031e\u0320\u034dA\u036b\u0357\u0334\u0362\u0335\u031c\u0330\u0354L',
  "'; DROP TABLE report; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '%00',
  '%s%s%s%n',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-0',
  '9007199254740993',
  '1e999',
  'true',
  'null',
  '\r\n\r\nX-Injected: 1',
  '\\',
  '\u00ff\u00fe',
] as const;

/** Any UTF-16 unit, NUL and lone surrogates included. */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

const nastyString = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 20, arbitrary: anyUnits },
  { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 20, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom('a', 'ễ', '\u0000', '\ud800', '😀'), fc.constantFrom(300, 5_000)).map(([unit, n]) => unit.repeat(n)) },
  // Long, but under the 2 MiB body limit: the text reaches the validators and the database.
  // Rare, as each costs a hundred ordinary requests.
  { weight: 1, arbitrary: fc.constantFrom('a', 'ễ', '\ud800', '😀').map((unit) => unit.repeat(400_000)) },
);

const oddNumber = fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, -1e-308, 123456789012345);

/** A JSON value of any type: the wrong type for nearly every field. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': null }) },
  { weight: 1, arbitrary: fc.uuid() },
);

type Json = unknown;
type Step = string | number;

/** Every path to a value inside a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: Json, prefix: Step[] = []): Step[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

function clone(value: Json): Json {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Json);
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string; value: unknown };

/**
 * Applies one mutation in place. Inserted values are copied (generated constants are shared
 * between samples), and an extra key is defined as an own property, so `__proto__` arrives as
 * the key a JSON text would carry rather than changing the object's prototype.
 */
function mutate(root: Json, path: Step[], mutation: Mutation): Json {
  const value = mutation.kind === 'delete' ? undefined : clone(mutation.value);
  if (path.length === 0) return mutation.kind === 'replace' ? value : root;
  const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<Step, Json>)[step], root) as Record<Step, Json> | Json[];
  const last = path[path.length - 1]!;
  if (mutation.kind === 'replace') (parent as Record<Step, Json>)[last] = value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = (parent as Record<Step, Json>)[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, mutation.key, { value, enumerable: true, writable: true, configurable: true });
    } else (parent as Record<Step, Json>)[last] = value;
  }
  return root;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed body whose ids are replaced by ids of things that exist (or may not). */
function withIds(body: Json, ids: string[], picks: number[]): Json {
  let next = 0;
  const walk = (value: Json): Json => {
    if (typeof value === 'string' && UUID.test(value)) {
      const pick = picks[next++ % picks.length] ?? 0;
      return pick < ids.length ? ids[pick] : value;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(body);
}

const mutationArb = fc.oneof(
  { weight: 3, arbitrary: anyValue.map((value): Mutation => ({ kind: 'replace', value })) },
  { weight: 2, arbitrary: fc.constant<Mutation>({ kind: 'delete' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'version', 'id', 'role', 'agencyId', 'status'), nastyString), anyValue)
      .map(([key, value]): Mutation => ({ kind: 'extra', key, value })),
  },
);

/** Body text that is not the JSON the route wants: broken, odd, huge or deeply nested. */
function rawBodies(wellFormed: Json[]): fc.Arbitrary<string> {
  const texts = wellFormed.map((body) => JSON.stringify(body) ?? 'null');
  return fc.oneof(
    fc.tuple(fc.constantFrom(...texts), fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
    fc.constantFrom(...texts).map((text) => `\ufeff${text}`),
    fc.constantFrom(...texts).map((text) => text.replace(/^\{/, '{"version":1,"version":"x",')),
    fc.constantFrom('', ' ', 'null', 'true', '0', '"text"', '[]', '1e999', '{"version":1e999}', '{"version":-0}', '{"__proto__":{"admin":true}}', '{"a":"\\ud800"}', '{"a":"\\u0000"}', "{'a':1}", '{"a":1,}', 'NaN', '{"a":undefined}'),
    fc.constantFrom(1_000, 20_000, 200_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    fc.constantFrom(1_000, 20_000, 100_000).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    fc.constantFrom(3_000_000).map((n) => `{"content":"${'a'.repeat(n)}"}`),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
}

const contentTypes = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/json; charset=bogus',
      'application/json;;;',
      'text/plain',
      'text/html',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/vnd.api+json',
      '*/*',
      'garbage',
    ),
  },
  { weight: 1, arbitrary: fc.constant('') },
);

const extraHeaders = fc.oneof(
  { weight: 10, arbitrary: fc.constant<Record<string, string>>({}) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Record<string, string>>(
      { accept: 'text/html' },
      { accept: 'application/xml' },
      { accept: '*/*;q=0' },
      { 'accept-language': 'en;q=1, vi;q=0.9, zz' },
      { 'x-http-method-override': 'DELETE' },
      { 'x-forwarded-for': '1.1.1.1, <script>' },
      { 'x-forwarded-proto': 'https' },
      { 'if-none-match': '*' },
      { range: 'bytes=0-1' },
      { origin: 'http://evil.example' },
      { cookie: 'a=b; session=x'.repeat(20) },
      { 'content-encoding': 'bogus' },
      { expect: '100-continue' },
    ),
  },
);

function authArb(pools: FuzzPools): fc.Arbitrary<FuzzAuth> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...ACTORS).map((actor): FuzzAuth => ({ kind: 'actor', actor })) },
    { weight: 3, arbitrary: fc.constant<FuzzAuth>({ kind: 'none' }) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          fc.constantFrom(...pools.badAuthorizations),
          fc.constantFrom('Bearer', 'Bearer ', 'bearer  x', 'Basic YWRtaW46YWRtaW4=', 'Bearer a.b.c', 'Bearer ' + 'x'.repeat(4000), 'Token abc', 'Bearer null'),
          fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, '')}`),
        )
        .map((value): FuzzAuth => ({ kind: 'header', value })),
    },
  );
}

/** Path parameter values: real ids, unknown or nil UUIDs, and text that is no id at all (percent-encoded as a client would, or broken). */
function pathParamArb(pools: FuzzPools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.ids).map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
        '1',
        '-1',
        'null',
        'undefined',
        '%00',
        '%E0%A4%A',
        '%',
        '%ZZ',
        '%2e%2e%2f%2e%2e',
        '..',
        '%C0%AF',
        'a'.repeat(3000),
        "1'%20OR%20'1'='1",
      ),
    },
    { weight: 2, arbitrary: nastyString.map((text) => percentEncode(text.slice(0, 200))) },
  );
}

/**
 * Percent-encodes text for a URL as a client would; a lone surrogate, which has no UTF-8 form,
 * becomes the bytes a careless encoder sends for it (invalid UTF-8).
 */
function percentEncode(text: string): string {
  let encoded = '';
  for (const character of text) encoded += /^[\ud800-\udfff]$/.test(character) ? '%ED%A0%80' : encodeURIComponent(character);
  return encoded;
}

function encodeQueryValue(value: unknown): string {
  return percentEncode((typeof value === 'string' ? value : JSON.stringify(value) ?? '').slice(0, 500));
}

function queryArb(operation: ApiOperation, pools: FuzzPools): fc.Arbitrary<string> {
  const known = operation.queryParams.map((param) => param.name);
  const names = fc.constantFrom(...known, 'agencyId', 'reportId', 'limit', 'page', 'year', 'sort', '__proto__', 'a[b]', '');
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...operation.queryParams.flatMap((param) => param.values), ...pools.ids, 2021, 'Q1') },
    { weight: 3, arbitrary: anyValue },
  );
  const pair = fc.tuple(names, value).map(([name, v]) => `${encodeURIComponent(name)}=${encodeQueryValue(v)}`);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 6, arbitrary: fc.array(pair, { minLength: 1, maxLength: 5 }).map((pairs) => `?${pairs.join('&')}`) },
    { weight: 1, arbitrary: fc.constantFrom('?%', '?year=%E0%A4%A', '?year=2021&year=2022&year[]=x', '?=&&=', `?x=${'y'.repeat(6000)}`, '?year=%00') },
  );
}

function bodyArb(operation: ApiOperation, pools: FuzzPools): fc.Arbitrary<{ body?: string | Buffer; contentType?: string; encoding?: string; label: string }> {
  if (operation.bodies.length === 0) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant({ label: 'no body' }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ body: JSON.stringify(value), contentType: 'application/json', label: 'unexpected body' })) },
    );
  }
  const ids = pools.ids;
  const wellFormed = fc
    .tuple(fc.constantFrom(...operation.bodies), fc.array(fc.nat({ max: ids.length + 1 }), { minLength: 1, maxLength: 4 }))
    .map(([body, picks]) => withIds(clone(body), ids, picks));
  const mutated = fc
    .tuple(wellFormed, fc.array(fc.tuple(fc.nat(), mutationArb), { minLength: 1, maxLength: 3 }))
    .map(([body, mutations]) => {
      let current = body;
      const done: string[] = [];
      for (const [pick, mutation] of mutations) {
        const paths = pathsOf(current);
        const path = paths.length === 0 ? [] : paths[pick % paths.length]!;
        current = mutate(current, path, mutation);
        done.push(`${mutation.kind} ${path.join('.')}`);
      }
      return { value: current, label: `mutated (${done.join('; ')})` };
    });
  const json = fc.oneof(
    { weight: 2, arbitrary: wellFormed.map((value) => ({ value, label: 'well-formed' })) },
    { weight: 8, arbitrary: mutated },
    { weight: 2, arbitrary: anyValue.map((value) => ({ value, label: 'any JSON' })) },
  );
  return fc.oneof(
    { weight: 10, arbitrary: fc.tuple(json, contentTypes).map(([{ value, label }, contentType]) => ({ body: JSON.stringify(value) ?? '', contentType, label })) },
    { weight: 3, arbitrary: fc.tuple(rawBodies(operation.bodies), contentTypes).map(([body, contentType]) => ({ body, contentType, label: 'raw text' })) },
    {
      weight: 1,
      arbitrary: fc.tuple(json, fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'gzip, gzip'), fc.boolean()).map(([{ value, label }, encoding, valid]) => {
        const text = JSON.stringify(value) ?? '';
        const body = valid && encoding === 'gzip' ? gzipSync(text) : Buffer.from(text);
        return { body, contentType: 'application/json', encoding, label: `${label}, content-encoding ${encoding}${valid ? '' : ' (not encoded)'}` };
      }),
    },
    { weight: 1, arbitrary: fc.constant({ label: 'no body' }) },
  );
}

/** Requests aimed at one operation of the OpenAPI document. */
export function operationCases(operation: ApiOperation, pools: FuzzPools): fc.Arbitrary<FuzzCase> {
  const pathArb = fc.array(pathParamArb(pools), { minLength: operation.pathParams.length, maxLength: operation.pathParams.length }).map((values) =>
    operation.pathParams.reduce((path, name, index) => path.replace(`{${name}}`, values[index] ?? ''), operation.path),
  );
  return fc
    .record({
      path: pathArb,
      query: queryArb(operation, pools),
      body: bodyArb(operation, pools),
      auth: authArb(pools),
      headers: extraHeaders,
    })
    .map(({ path, query, body, auth, headers }) => {
      const all: Record<string, string> = { ...headers };
      if (body.contentType) all['content-type'] = body.contentType;
      if (body.encoding) all['content-encoding'] = body.encoding;
      return {
        method: operation.method,
        path: `${path}${query}`,
        auth,
        headers: all,
        body: body.body,
        operation: `${operation.method} ${operation.path}`,
        label: `${operation.method} ${operation.path}: ${body.label}`,
      };
    });
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Requests with a method the path does not have, and to paths near the real ones. */
export function wrongMethodCases(operations: ApiOperation[], pools: FuzzPools): fc.Arbitrary<FuzzCase> {
  const byPath = new Map<string, ApiOperation[]>();
  for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const pairs = [...byPath.entries()].flatMap(([, ops]) => {
    const used = new Set(ops.flatMap((op) => (op.method === 'GET' ? ['GET', 'HEAD'] : [op.method])));
    return ALL_METHODS.filter((method) => !used.has(method)).map((method) => ({ method, operation: ops[0]! }));
  });
  const near = fc.constantFrom('/api', '/api/', '/api/reports/', '/api//reports', '/api/reports/%2F', '/API/reports', '/api/reports/validate/x', '/api/docs/json/x', '/api/../api/reports', '/api/reports;x=1');
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...pairs), fc.constantFrom(...pools.ids), authArb(pools)).map(([{ method, operation }, id, auth]) => ({
        method,
        path: operation.path.replace(/\{[^}]+\}/g, id),
        auth,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' || method === 'HEAD' ? undefined : '{"version":1}',
        operation: null,
        label: `${method} ${operation.path}: method not allowed`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...ALL_METHODS), near, authArb(pools)).map(([method, path, auth]) => ({ method, path, auth, headers: {}, operation: null, label: `${method} ${path}: no such route` })),
    },
  );
}
