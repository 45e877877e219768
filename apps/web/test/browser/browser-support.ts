import { isCi } from '@cchc/jest-preset/ci';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startAppProcess, waitForHealthy } from '@cchc/jest-preset/app-process';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
/** The built app (API + dashboard), started as a black box: the web never imports the API. */
const APP_MAIN = join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
const DEMO_SEED = join(REPO_ROOT, 'apps', 'api', 'dist', 'database', 'seeds', 'demo', 'seed-demo.js');
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

export interface RunningApp {
  baseUrl: string;
  /** What the app has printed so far (its log). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A data directory loaded with the demo seed, made once per build of the API and copied by
 * every browser test file (seeding takes 10-30 s; copying, a fraction of a second). The copy is
 * safe: no process has the template open.
 */
function demoTemplate(): string {
  const build = statSync(DEMO_SEED).mtimeMs + statSync(APP_MAIN).mtimeMs;
  const template = join(tmpdir(), `cchc-demo-template-${Math.round(build)}`);
  const dataDir = join(template, 'pglite');
  if (existsSync(join(template, 'complete'))) return dataDir;
  rmSync(template, { recursive: true, force: true });
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const seeded = spawnSync(process.execPath, [DEMO_SEED], { env: { ...env, PGLITE_DATA_DIR: dataDir }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`The demo seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  writeFileSync(join(template, 'complete'), new Date().toISOString());
  return dataDir;
}

/**
 * Starts the built app on a free port and a fresh embedded data directory: by default loaded with
 * the demo data (`npm run seed:demo`) so there are users to sign in as; `empty` is a fresh
 * installation, as the first `npm start` finds it.
 */
export async function startBuiltApp(options: { data?: 'demo' | 'empty' } = {}): Promise<RunningApp> {
  if (!existsSync(APP_MAIN) || !existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`Build the app first (npm run build): ${APP_MAIN} or ${WEB_DIST}/index.html is missing.`);
  }
  const port = await freePort();
  // The browser test always runs on an embedded database of its own: a copy of the demo data, or empty.
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cchc-browser-')), 'pglite');
  if (options.data !== 'empty') cpSync(demoTemplate(), dataDir, { recursive: true });
  const app = startAppProcess(APP_MAIN, { PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: WEB_DIST });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(`${baseUrl}/api/health`, app);
  } catch (error) {
    await app.stop();
    throw error;
  }
  return {
    baseUrl,
    output: () => app.output(),
    stop: async () => {
      await app.stop();
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

/** Counts the pixels of a canvas that are not transparent: a drawn chart has many. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const element = canvas as HTMLCanvasElement;
    const context = element.getContext('2d');
    if (!context || element.width === 0 || element.height === 0) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}

/**
 * Waits until a chart's canvas is sized and its drawing has settled: the same pixels on three
 * reads 100 ms apart (Chart.js animates for 300 ms after each draw or resize). A condition, not a
 * fixed sleep, so it is as short as the machine allows and still holds on a slow one.
 */
export async function waitForChartDrawn(page: Page, selector: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const canvas = document.querySelector<HTMLCanvasElement>(s);
      const context = canvas?.getContext('2d');
      if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum = (sum * 31 + (data[i] ?? 0) + (data[i + 3] ?? 0)) % 1_000_000_007;
      const key = `${canvas.width}x${canvas.height}:${sum}`;
      const seen = ((window as unknown as { __chartReads?: Record<string, string[]> }).__chartReads ??= {});
      const reads = (seen[s] = [...(seen[s] ?? []), key].slice(-3));
      return reads.length === 3 && reads.every((r) => r === key);
    },
    selector,
    { polling: 100, timeout },
  );
}

/**
 * The elements that stick out past the right edge of the viewport and so widen the page: each as
 * its tag, test id or classes, and its right edge. Elements inside a container that scrolls
 * sideways on its own (overflow auto or scroll) do not count; that container does, if it sticks out.
 * An empty list is a page that fits; a non-empty one says which element to fix.
 */
export async function elementsPastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsItself = (element: Element | null): boolean => {
      for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
        const overflow = getComputedStyle(e).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const right = Math.round(element.getBoundingClientRect().right + window.scrollX);
      if (right <= width || scrollsItself(element.parentElement)) continue;
      const id = element.getAttribute('data-testid');
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      found.push(`${element.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ''}${classes} right=${right}`);
    }
    return found;
  });
}

/**
 * Whether a button is disabled by its native `disabled` attribute. Playwright's isDisabled() also
 * counts aria-disabled, which leaves a button clickable; a submit the user must not press needs both.
 */
export async function isNativelyDisabled(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => (element as HTMLButtonElement).disabled === true);
}

/** Page errors and failed requests (4xx/5xx answers count) seen on a page. */
export interface PageProblems {
  pageErrors: string[];
  failedRequests: string[];
}

/** Starts collecting a page's errors and failed requests. */
export function watchProblems(page: Page, problems: PageProblems = { pageErrors: [], failedRequests: [] }): PageProblems {
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('console', (message) => {
    // The browser logs every 4xx answer as a console error; those are judged as requests.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.pageErrors.push(message.text());
  });
  page.on('requestfailed', (request) => {
    // A request still in flight when the page navigates away is aborted: not a failure.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.failedRequests.push(`${request.method()} ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return problems;
}

/** The built app and one page on it, watched for problems, and how to close both. */
export interface AppInBrowser {
  app: RunningApp;
  page: Page;
  problems: PageProblems;
  close(): Promise<void>;
}

/** Starts the built app (see {@link startBuiltApp}) and opens a page in Chromium, watched. */
export async function openAppInBrowser(chromiumPath: string, options: { data?: 'demo' | 'empty' } = {}): Promise<AppInBrowser> {
  const app = await startBuiltApp(options);
  const browser = await launchBrowser(chromiumPath).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  const page = await browser.newPage();
  return {
    app,
    page,
    problems: watchProblems(page),
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}

/** Signs in through the login form, with the demo password unless told another. */
export async function signIn(page: Page, baseUrl: string, username: string, password = 'demo123'): Promise<void> {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Calls the API with the page's session (to pick test data and check outcomes), as the page does: cookies and the CSRF header. */
export async function apiAs<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cchc_csrf')?.value ?? '';
  return page.evaluate(
    async ({ method, path, body, csrf }) => {
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: { 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body, csrf },
  );
}

/**
 * Replaces the browser's session cookie with one the API refuses, as an expired or revoked
 * session would be (the cookie is httpOnly: only the browser itself can change it).
 */
export async function refuseSessionCookie(page: Page, baseUrl: string): Promise<void> {
  const { hostname } = new URL(baseUrl);
  await page.context().addCookies([{ name: 'cchc_session', value: 'revoked', domain: hostname, path: '/api', httpOnly: true, sameSite: 'Strict' }]);
}

/**
 * The browser the tests drive, and the `describe` that runs them or skips them: skipped, with the
 * install command, when there is no Chromium (a failure when CI is set to anything but an empty
 * value, `0` or `false`: CI services set CI=true, CI=1 or their own name), and skipped when
 * SKIP_BROWSER_TESTS=1 (CI's pass on PostgreSQL: the browser tests always run the app on an
 * embedded database of their own, so a second run would test nothing new).
 */
export function browserUnderTest(env: NodeJS.ProcessEnv = process.env): { describeInBrowser: jest.Describe; chromiumPath: string } {
  if (env.SKIP_BROWSER_TESTS === '1') {
    console.warn('Browser tests skipped: SKIP_BROWSER_TESTS=1.');
    return { describeInBrowser: describe.skip, chromiumPath: '' };
  }
  const chromiumPath = findChromium(env);
  if (chromiumPath) return { describeInBrowser: describe, chromiumPath };
  if (isCi(env)) throw new Error(`No Chromium found (CHROMIUM_PATH or /usr/bin/chromium). Install it: ${INSTALL_HINT}`);
  console.warn(`Browser tests skipped: no Chromium found. Install it with: ${INSTALL_HINT}`);
  return { describeInBrowser: describe.skip, chromiumPath: '' };
}

export { isCi };
