import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
/** The built app (API + dashboard), started as a black box: the web never imports the API. */
const APP_MAIN = join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
const WEB_DIST = join(REPO_ROOT, 'apps', 'web', 'dist');

export const INSTALL_HINT = 'apt-get install -y chromium';

/** Debian's Chromium, or the one CHROMIUM_PATH names; null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Where screenshots go, for a person to look at after a run. */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SCREENSHOT_DIR ? resolve(env.SCREENSHOT_DIR) : join(REPO_ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the built app on a free port and a fresh embedded data directory. */
export async function startBuiltApp(): Promise<RunningApp> {
  if (!existsSync(APP_MAIN) || !existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`Build the app first (npm run build): ${APP_MAIN} or ${WEB_DIST}/index.html is missing.`);
  }
  const port = await freePort();
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cchc-browser-')), 'pglite');
  // The browser test always runs on the embedded database of its own.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [APP_MAIN], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: WEB_DIST },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited:\n${output}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The app did not start in 60 s:\n${output}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Headless Chromium with the flags this closed network needs. */
export async function launchBrowser(executablePath: string): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'cchc-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
