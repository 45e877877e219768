#!/usr/bin/env node
// `npm run dev` for the API: tsc recompiles on change (it keeps decorator metadata, which
// esbuild-based runners drop) and node restarts the server when the output changes.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=dist', '--watch-preserve-output', 'dist/main.js'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { if (code) { stop(); process.exit(code); } }));
