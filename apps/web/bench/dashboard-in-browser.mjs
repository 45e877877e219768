// The dashboard as a reviewer meets it, in headless Chromium (Debian's, or CHROMIUM_PATH): from
// the click on "Đăng nhập" to the status board's rows and every chart drawn and painted, with the
// API requests the page made after signing in and the bytes it received (as sent, compressed or
// not). Run by the API's dashboard bench against an app it started at each scale:
//
//   node apps/web/bench/dashboard-in-browser.mjs --url http://127.0.0.1:3000 --user snv --password demo123 [--rounds 3]
//
// Prints one JSON object: { rounds: [{ ms, apiRequests, apiBytes, staticBytes, signInPageBytes, painted, pageErrors }], chromium }.
// signInPageBytes: what the sign-in page received before the click, the landing pages' code it
// loads while idle included (apps/web/src/main.ts).
/* global window, document -- stampCanvasDrawing, chartsSettled and paintedPixels run in the page. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

/** The dashboard's charts: each must be drawn, shown in a frame and left alone, and painted. */
const CHARTS = ['chart-on-time-rate', 'chart-online-rate', 'chart-area-stacks', 'chart-activity', 'chart-ranking', 'chart-coverage'];
const TIMEOUT = 60_000;
/** How long a chart must go undrawn on to count as drawn. */
const QUIET_MS = 500;

const { values } = parseArgs({
  options: { url: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
if (!values.url || !values.user || !values.password) throw new Error('Usage: dashboard-in-browser.mjs --url URL --user NAME --password PASSWORD [--rounds N]');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!executablePath) throw new Error('No Chromium (CHROMIUM_PATH or /usr/bin/chromium): apt-get install -y chromium');

/**
 * Runs in the page before its scripts: every drawing call on a 2D canvas stamps the canvas with
 * the time of the animation frame that follows it (ms since the epoch), the frame that shows the
 * drawing. The bench thus knows when each chart was shown without reading its pixels, to the
 * frame. Reading six canvases' pixels at each poll took some 70 ms of the page's own thread on a
 * 2-core machine while the page was drawing them, and the reads came 170 ms apart: the
 * measurement slowed what it measured and rounded it up.
 */
function stampCanvasDrawing() {
  const prototype = window.CanvasRenderingContext2D.prototype;
  for (const method of ['clearRect', 'fillRect', 'strokeRect', 'fill', 'stroke', 'fillText', 'strokeText', 'drawImage', 'putImageData']) {
    const draw = prototype[method];
    prototype[method] = function stamped(...args) {
      const { canvas } = this;
      canvas.__benchDrawing = true;
      if (!canvas.__benchFrameAsked) {
        canvas.__benchFrameAsked = true;
        window.requestAnimationFrame(() => {
          canvas.__benchFrameAsked = false;
          canvas.__benchDrawing = false;
          canvas.__benchShownAt = Date.now();
        });
      }
      return draw.apply(this, args);
    };
  }
}

/**
 * Whether every canvas is drawn: sized, drawn on and shown, and not drawn on again for `quietMs`
 * (a chart Chart.js redraws, on a resize or an animation, is stamped again). The time of the
 * frame that showed each canvas's last drawing is kept for the bench.
 */
function chartsSettled({ selectors, quietMs }) {
  const shownAt = (window.__benchShownAt ??= {});
  const now = Date.now();
  let settled = true;
  for (const selector of selectors) {
    const canvas = document.querySelector(selector);
    const at = canvas?.__benchShownAt;
    if (!canvas || canvas.width === 0 || canvas.height === 0 || at === undefined || canvas.__benchDrawing) {
      settled = false;
      continue;
    }
    shownAt[selector] = at;
    if (now - at < quietMs) settled = false;
  }
  return settled;
}

/** The pixels of a canvas that are not transparent. */
function paintedPixels(selector) {
  const canvas = document.querySelector(selector);
  const context = canvas?.getContext('2d');
  if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
  return painted;
}

async function round() {
  const profile = mkdtempSync(join(tmpdir(), 'cchc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(stampCanvasDrawing);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const beforeClick = [];
    const onSignInPage = (request) => beforeClick.push(request);
    page.on('requestfinished', onSignInPage);
    await page.goto(`${values.url}/login`, { waitUntil: 'networkidle' });
    await page.getByTestId('login-username').fill(values.user);
    await page.getByTestId('login-password').fill(values.password);
    page.off('requestfinished', onSignInPage);
    const responses = [];
    page.on('requestfinished', (request) => responses.push(request));
    const started = Date.now();
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="status-board"] tr[data-agency]').first().waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(chartsSettled, { selectors: CHARTS.map((chart) => `[data-testid="${chart}"] canvas`), quietMs: QUIET_MS }, { polling: 50, timeout: TIMEOUT });
    // From the click to the frame that showed the last chart drawn (chartsSettled).
    const ms = (await page.evaluate(() => Math.max(...Object.values(window.__benchShownAt)))) - started;
    const painted = {};
    for (const chart of CHARTS) painted[chart] = await page.evaluate(paintedPixels, `[data-testid="${chart}"] canvas`);
    await page.waitForLoadState('networkidle');
    let apiBytes = 0;
    let staticBytes = 0;
    const apiRequests = [];
    for (const request of responses) {
      const size = (await request.sizes()).responseBodySize;
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) {
        apiBytes += size;
        if (pathname !== '/api/auth/session') apiRequests.push(`${request.method()} ${pathname}`);
      } else staticBytes += size;
    }
    let signInPageBytes = 0;
    for (const request of beforeClick) signInPageBytes += (await request.sizes()).responseBodySize;
    return { ms, apiRequests, apiBytes, staticBytes, signInPageBytes, painted, pageErrors };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const rounds = [];
for (let i = 0; i < Number(values.rounds); i++) rounds.push(await round());
process.stdout.write(`${JSON.stringify({ chromium: executablePath, rounds })}\n`);
