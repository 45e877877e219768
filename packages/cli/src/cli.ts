#!/usr/bin/env node
// The `cchc` command: see README.md. Everything but the process lives in main.ts.
import { main } from './main.js';

// Output piped into a reader that stops early (`cchc extract f --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
