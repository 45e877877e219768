#!/usr/bin/env node
// Runs the image's deploy step (deploy-api.mjs) into a temporary folder and checks what it holds:
// the built API and its production dependencies, and none of the API's sources, tests,
// benchmarks, development tools or local files. Exits 1 with the list of problems otherwise.
//
// Usage: node tooling/scripts/check-deploy.mjs   (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(mkdtempSync(join(tmpdir(), 'cchc-deploy-')), 'api');
try {
  const deploy = spawnSync(process.execPath, [join(here, 'deploy-api.mjs'), target], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (deploy.status !== 0) {
    console.error(`check-deploy: the deploy step failed (exit ${deploy.status}).`);
    process.exit(1);
  }
  const problems = [];
  const top = readdirSync(target).sort();
  for (const entry of top) {
    if (!['dist', 'node_modules', 'package.json'].includes(entry)) problems.push(`unexpected ${entry} in the deployed API`);
  }
  for (const required of ['dist/main.js', 'package.json', 'node_modules/@cchc/domain/dist/index.js', 'node_modules/@nestjs/core', 'node_modules/@electric-sql/pglite']) {
    if (!existsSync(join(target, required))) problems.push(`missing ${required}`);
  }
  const domain = readdirSync(join(target, 'node_modules/@cchc/domain')).sort();
  for (const entry of domain) {
    if (!['README.md', 'dist', 'package.json'].includes(entry)) problems.push(`unexpected node_modules/@cchc/domain/${entry}`);
  }
  // Development tools must not come along with production dependencies.
  for (const dev of ['jest', 'typescript', 'ts-jest', 'eslint', 'supertest', '@stryker-mutator/core', '@nestjs/testing']) {
    if (existsSync(join(target, 'node_modules', dev))) problems.push(`development dependency ${dev} deployed`);
  }
  if (problems.length > 0) {
    console.error(`check-deploy: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-deploy: the deployed API holds ${top.join(', ')}; no src/, test/, bench/ or development tools.`);
} finally {
  rmSync(dirname(target), { recursive: true, force: true });
}
