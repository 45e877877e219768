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
/* global window, document -- chartsSettled and paintedPixels run in the page. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

/** The dashboard's charts: each must be drawn (its pixels settled) and painted. */
const CHARTS = ['chart-on-time-rate', 'chart-online-rate', 'chart-area-stacks', 'chart-activity', 'chart-ranking', 'chart-coverage'];
const TIMEOUT = 60_000;

const { values } = parseArgs({
  options: { url: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
if (!values.url || !values.user || !values.password) throw new Error('Usage: dashboard-in-browser.mjs --url URL --user NAME --password PASSWORD [--rounds N]');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!executablePath) throw new Error('No Chromium (CHROMIUM_PATH or /usr/bin/chromium): apt-get install -y chromium');

/**
 * Whether every canvas is drawn: sized, and the same pixels on three reads (Chart.js animates when
 * asked to). All are read at each poll, so waiting costs the last chart's settling only. Each
 * canvas keeps the time (ms since the epoch) of the read that first saw its pixels as they stayed:
 * taken before that read, it is when the chart was drawn at the latest. On a 2-core machine one
 * poll of the six canvases takes some 70 ms, so the reads are not 100 ms apart as asked but about
 * 170: subtracting a fixed 200 ms from the end of the third read counted some 150 ms of polling.
 */
function chartsSettled(selectors) {
  const seen = (window.__benchReads ??= {});
  const drawnAt = (window.__benchDrawnAt ??= {});
  const at = Date.now();
  let settled = true;
  for (const selector of selectors) {
    const canvas = document.querySelector(selector);
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0 || canvas.height === 0) {
      settled = false;
      continue;
    }
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum = (sum * 31 + data[i] + data[i + 3]) % 1_000_000_007;
    const key = `${canvas.width}x${canvas.height}:${sum}`;
    const reads = (seen[selector] = [...(seen[selector] ?? []), key].slice(-3));
    if (reads.length < 2 || reads.at(-2) !== key) drawnAt[selector] = at;
    if (reads.length < 3 || reads.some((read) => read !== key)) settled = false;
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
    await page.waitForFunction(chartsSettled, CHARTS.map((chart) => `[data-testid="${chart}"] canvas`), { polling: 100, timeout: TIMEOUT });
    // From the click to the last chart drawn: the first read of its final pixels (chartsSettled).
    const ms = (await page.evaluate(() => Math.max(...Object.values(window.__benchDrawnAt)))) - started;
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
