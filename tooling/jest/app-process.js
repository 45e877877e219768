// Starting the built app as a child process, for the tests that treat it as a black box (the
// API's process test and the web's browser tests).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** @returns {Promise<number>} a free TCP port on the loopback interface */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `node <main>` with the environment given on top of this one, less DATABASE_URL (the
 * caller passes it explicitly when it wants a server).
 * @param {string} main
 * @param {Record<string, string>} env
 */
export function startAppProcess(main, env) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [main], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  // A test whose set-up timed out never calls stop(): the app must neither keep the test runner
  // alive (its pipes and handle are unreferenced) nor outlive it (killed when the runner exits).
  child.unref();
  child.stdout.unref?.();
  child.stderr.unref?.();
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = new Promise((resolve) =>
    child.once('exit', (code) => {
      process.removeListener('exit', killOnExit);
      resolve(code);
    }),
  );
  return {
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Polls a URL until it answers 200; fails with what the process printed if it exits or times out.
 * @param {string} url
 * @param {{ child: import('node:child_process').ChildProcess, output: () => string }} app
 */
export async function waitForHealthy(url, app, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`The app exited early:\n${app.output()}`);
    const healthy = await fetch(url).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy in ${timeoutMs} ms:\n${app.output()}`);
}
