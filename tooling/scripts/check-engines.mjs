#!/usr/bin/env node
// Fails when a locked package declares a Node range that excludes the Node the README promises.
// pnpm only warns ("Unsupported engine") and installs anyway, so such a package would reach a
// new user's first `npm start` as a warning that contradicts the README; this check turns it
// into a test failure when a dependency is added or upgraded.
//
// Usage: node tooling/scripts/check-engines.mjs [path/to/pnpm-lock.yaml]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lockPath = process.argv[2] ?? join(root, 'pnpm-lock.yaml');

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const promised = /Node\.js (\d+\.\d+(?:\.\d+)?) or newer/.exec(readme)?.[1];
if (promised === undefined) {
  console.error('check-engines: README.md no longer says "Node.js X.Y or newer"; update this check.');
  process.exit(1);
}
const minimum = semver.coerce(promised)?.version ?? promised;
const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node;
const problems = [];
if (declared === undefined || semver.minVersion(declared)?.version !== minimum) {
  problems.push(`package.json engines.node is ${String(declared)}, README promises Node.js ${promised} or newer`);
}

// The minimum the README names, and the Node running this check (CI's), must both be accepted.
const versions = [...new Set([minimum, process.versions.node])];

// pnpm-lock.yaml lists each package once under `packages:`, as a quoted or bare `name@version:`
// key followed by its indented fields, one of which may be `engines: {node: <range>, ...}`.
const lines = readFileSync(lockPath, 'utf8').split('\n');
let current;
let checked = 0;
for (const line of lines) {
  const key = /^ {2}'?([^' ]+@[^' ]+?)'?:$/.exec(line);
  if (key) {
    current = key[1];
    continue;
  }
  const engines = /^ {4}engines: \{(.*)\}$/.exec(line);
  if (!engines || current === undefined) continue;
  const node = /(?:^|, )node: (?:'([^']*)'|([^,]*))/.exec(engines[1]);
  if (!node) continue;
  const range = (node[1] ?? node[2]).trim();
  checked += 1;
  for (const version of versions) {
    if (!semver.satisfies(version, range)) {
      problems.push(`${current} wants Node ${range}, which excludes Node ${version}`);
    }
  }
}

if (checked === 0) {
  console.error(`check-engines: found no engines entries in ${lockPath}; has the lockfile format changed?`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`check-engines: ${problems.length} problem(s) against README's Node.js ${promised} or newer:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`check-engines: ${checked} locked packages accept Node ${versions.join(' and ')}.`);
