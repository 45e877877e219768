import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

// Numbers put into a message are written the Vietnamese way (2.092, not 2092), which vue-i18n
// does not do by itself: every count handed to `t()` goes through formatNumber. This finds the
// usual shapes of a count (`xs.length`, `…Count`) passed bare; a year or a version is not a count.
const SRC = join(import.meta.dirname, '..', '..');
const COUNT_PARAM = /\bt\(['`][^'`]+['`], \{[^}]*?\b\w+: (?!formatNumber\()[\w.?]*(?:\.length|Count)\b(?!\s*[<>=?])/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('numbers in messages', () => {
  it('go through formatNumber when they are counts', () => {
    const bare = sourceFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(COUNT_PARAM)].map((m) => `${relative(SRC, file)}: ${m[0]}`));
    expect(bare).toEqual([]);
  });
});
