import { isCi } from '@cchc/jest-preset/ci';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

// Checks on the built dashboard (apps/web/dist; turbo builds it before this package's tests):
// every script of 1 kB or more has the .gz and .br copies the API sends compressed, and the
// JavaScript the sign-in page loads, the first page every visitor opens, stays small. Without a
// build the checks are skipped, except under CI.

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const ASSETS = join(DIST, 'assets');
/** What the sign-in page may load, gzip-compressed, in bytes (kB as Vite counts them: 1,000 bytes). */
const SIGN_IN_BUDGET = 110_000;
/** The size from which the build writes compressed copies (vite.config.ts). */
const COMPRESSED_FROM = 1024;

const built = existsSync(join(DIST, 'index.html'));
if (!built && isCi()) throw new Error(`No built dashboard at ${DIST}: run the build first (turbo does before the tests).`);
const describeBuilt = built ? describe : describe.skip;

/** The scripts a chunk imports statically, as the browser fetches them with it (`import … from"./x.js"`). */
function staticImports(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    if (match[1]) names.add(match[1]);
  }
  return [...names];
}

/** The gzip size the browser downloads: the build's .gz copy, or the file compressed as the API would. */
function gzipSize(name: string): number {
  const file = join(ASSETS, name);
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
}

describeBuilt('The built dashboard', () => {
  it('has a gzip and a brotli copy of every script of 1 kB or more, each the same script decompressed', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    const large = scripts.filter((name) => statSync(join(ASSETS, name)).size >= COMPRESSED_FROM);
    expect(large.length).toBeGreaterThan(0);
    const missing = large.filter((name) => !existsSync(join(ASSETS, `${name}.gz`)) || !existsSync(join(ASSETS, `${name}.br`)));
    expect(missing).toEqual([]);
    for (const name of large) {
      const original = readFileSync(join(ASSETS, name));
      expect(gunzipSync(readFileSync(join(ASSETS, `${name}.gz`))).equals(original)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(ASSETS, `${name}.br`))).equals(original)).toBe(true);
    }
  });

  it(`loads at most ${SIGN_IN_BUDGET / 1000} kB of JavaScript, gzipped, on the sign-in page, without Chart.js or exceljs`, () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    // The entry script and the chunks the page preloads with it.
    const fromPage = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(fromPage.length).toBeGreaterThan(0);
    // The sign-in route's own chunk, were it made lazy (router.ts).
    const signInChunk = readdirSync(ASSETS).filter((name) => /^LoginPage-[\w-]+\.js$/.test(name));
    // And whatever those import statically: the browser fetches it before running them.
    const loaded = new Set<string>();
    const queue = [...fromPage, ...signInChunk];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (loaded.has(name)) continue;
      loaded.add(name);
      queue.push(...staticImports(readFileSync(join(ASSETS, name), 'utf8')));
    }

    const sizes = [...loaded].map((name) => ({ name, bytes: statSync(join(ASSETS, name)).size, gzip: gzipSize(name) })).sort((a, b) => b.gzip - a.gzip);
    const total = sizes.reduce((sum, file) => sum + file.gzip, 0);
    const lines = sizes.map((file) => `  ${file.name}: ${(file.bytes / 1000).toFixed(1)} kB, ${(file.gzip / 1000).toFixed(1)} kB gzipped`);
    console.info(`The sign-in page loads ${(total / 1000).toFixed(1)} kB of JavaScript gzipped (budget ${SIGN_IN_BUDGET / 1000} kB):\n${lines.join('\n')}`);

    for (const name of loaded) {
      const code = readFileSync(join(ASSETS, name), 'utf8');
      // Markers that survive minification: Chart.js's public controller API, exceljs's name.
      expect({ name, chartJs: code.includes('datasetElementType') }).toEqual({ name, chartJs: false });
      expect({ name, exceljs: /exceljs/i.test(code) }).toEqual({ name, exceljs: false });
    }
    expect(total).toBeLessThanOrEqual(SIGN_IN_BUDGET);
  });
});
