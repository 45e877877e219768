#!/usr/bin/env node
// The API as the Docker image ships it: `pnpm deploy` of @cchc/api with production dependencies
// only, into the folder given. docker/Dockerfile runs this script, and check-deploy.mjs runs it
// into a temporary folder to prove what the image holds (this machine cannot build images).
//
// Usage: node tooling/scripts/deploy-api.mjs <target-folder>   (after the API is built)
// The API's package.json `files` limits the copy to dist/. The web app's patched vue-i18n is not
// an API dependency, so the unused-patch check is turned off for this install only.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = process.argv[2];
if (!target) {
  console.error('Usage: node tooling/scripts/deploy-api.mjs <target-folder>');
  process.exit(2);
}
const pnpm = join(dirname(fileURLToPath(import.meta.url)), 'pnpm.mjs');
const result = spawnSync(
  process.execPath,
  [pnpm, '--filter', '@cchc/api', 'deploy', '--prod', '--legacy', '--config.allow-unused-patches=true', resolve(target)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
