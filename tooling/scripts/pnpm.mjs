#!/usr/bin/env node
// Runs the pinned pnpm without corepack (corepack cannot verify signatures against this
// registry). Uses the copy installed in node_modules once it exists, npx before that.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const local = join(root, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');
const args = process.argv.slice(2);

const [command, commandArgs] = existsSync(local)
  ? [process.execPath, [local, ...args]]
  : ['npx', ['-y', pinned, ...args]];

const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env });
if (result.error) {
  console.error(`Could not run ${pinned}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
