/// <reference types="node" />
// Keeps docs/domain.md and the comments that cite it in step. Source comments cite the document
// as "docs/domain.md §N" (sometimes with the § on the next comment line); this test fails, naming
// file and line, when a cited section does not exist, when a section heading lost its stable
// anchor, or when a file still cites the old external reference or names a tracker item.
//
// Unlike the rest of the package this test reads files: the document and the repository's sources
// are what it checks, and it runs only under jest, never in the published library.
/* eslint-disable no-restricted-imports -- reading the repository is the point of this test */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/* eslint-enable no-restricted-imports */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SELF = 'packages/domain/test/domain-doc.test.ts';
const DOC = 'docs/domain.md';

const SCANNED_DIRS = ['apps', 'packages', 'tooling', 'docs'];
const SCANNED_ROOT_FILES = ['README.md'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-results', '.turbo']);
const SCANNED_FILE = /\.(?:ts|vue|js|mjs|md)$/;

// "domain.md", then blanks or comment markers (a line break inside a /** */ or // comment), then
// "§N", optionally followed by more sections: "docs/domain.md §1, §8".
const GAP = String.raw`(?:\s|\*(?!\/)|\/\/)*`;
const CITATION = new RegExp(String.raw`domain\.md${GAP}§\s*\d+(?:\s*(?:,|and|&)\s*§\s*\d+)*`, 'g');
const LINK = /domain\.md#s(\d+)\b/g;
const OLD_REFERENCE = /\bDOMAIN\.md\b/g;
const TRACKER_ITEM = /\bissue \d+/gi;

interface Hit {
  file: string;
  line: number;
  text: string;
}

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

function listFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(path);
    return entry.isFile() && SCANNED_FILE.test(entry.name) ? [path] : [];
  });
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

function hits(file: string, text: string, pattern: RegExp): Hit[] {
  return [...text.matchAll(pattern)].map((match) => ({ file, line: lineAt(text, match.index), text: match[0].replace(/\s+/g, ' ') }));
}

const where = (hit: Hit): string => `${hit.file}:${hit.line}: ${hit.text}`;

// The document's sections, from its "## N. Title" headings.
const doc = read(DOC);
const docLines = doc.split('\n');
const headings = docLines.flatMap((text, index) => {
  const match = /^## (\d+)\. \S/.exec(text);
  return match ? [{ section: Number(match[1]), line: index + 1 }] : [];
});
const sections = new Set(headings.map((h) => h.section));

const files = [...SCANNED_DIRS.flatMap(listFiles), ...SCANNED_ROOT_FILES].sort();
const texts = new Map(files.map((file) => [file, read(file)]));

const citations = files.flatMap((file) =>
  hits(file, texts.get(file) ?? '', CITATION).map((hit) => ({ ...hit, cited: [...hit.text.matchAll(/§\s*(\d+)/g)].map((m) => Number(m[1])) })),
);

describe('docs/domain.md', () => {
  it('has the numbered sections 1 to 14 (at least), in order, each once', () => {
    const numbers = headings.map((h) => h.section);
    expect(numbers.length).toBeGreaterThanOrEqual(14);
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
  });

  it.each(headings.map((h) => [h.section, h.line, h.section]))('§%i (line %i) has its anchor <a id="s%i"></a> right before it', (section, line) => {
    const before = docLines.slice(0, line - 1).filter((text) => text.trim() !== '');
    expect(`line ${line}: ${before.at(-1) ?? '(nothing)'}`).toBe(`line ${line}: <a id="s${section}"></a>`);
  });

  it('refers within itself only to sections it has', () => {
    const broken = docLines.flatMap((text, index) =>
      [...text.matchAll(/§\s*(\d+)/g)].filter((m) => !sections.has(Number(m[1]))).map((m) => `${DOC}:${index + 1}: ${m[0]}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('citations of docs/domain.md in the repository', () => {
  it('finds the files and the citations it checks (so the checks below cannot pass on nothing)', () => {
    expect(files).toContain(DOC);
    expect(files).toContain('packages/domain/src/dossier/dossier-figures.ts');
    expect(files.some((file) => file.startsWith('apps/api/'))).toBe(true);
    expect(files.some((file) => file.startsWith('apps/web/'))).toBe(true);
    expect(files.some((file) => /\/(?:node_modules|dist)\//.test(file))).toBe(false);
    expect(citations.length).toBeGreaterThanOrEqual(40);
  });

  it('reads a citation split across comment lines and a list of sections', () => {
    const sample = '/**\n * The figures of docs/domain.md\n * §6 and (docs/domain.md §1, §8).\n */';
    expect(hits('sample.ts', sample, CITATION).map((h) => [h.line, h.text])).toEqual([
      [2, 'domain.md * §6'],
      [3, 'domain.md §1, §8'],
    ]);
  });

  it('cites only sections that exist', () => {
    const broken = citations.filter((c) => c.cited.some((n) => !sections.has(n))).map(where);
    expect(broken).toEqual([]);
  });

  it('links only to anchors that exist (docs/domain.md#sN)', () => {
    const broken = files.flatMap((file) => hits(file, texts.get(file) ?? '', LINK)).filter((h) => !sections.has(Number(h.text.slice('domain.md#s'.length))));
    expect(broken.map(where)).toEqual([]);
  });

  it('no longer cites the old external DOMAIN.md, and names no tracker item', () => {
    const offending = files
      .filter((file) => file !== SELF)
      .flatMap((file) => [...hits(file, texts.get(file) ?? '', OLD_REFERENCE), ...hits(file, texts.get(file) ?? '', TRACKER_ITEM)]);
    expect(offending.map(where)).toEqual([]);
  });
});
