// Runs every ```ts block of README.md: `import … from '@cchc/domain'` lines are dropped (the
// package's exports are in scope), and each line ending with `// => value` is checked against
// that value. Blocks are plain JavaScript so they can run without a compiler.
import readme from '../README.md';
import * as domain from '../src/index.js';

interface Check {
  line: number;
  code: string;
  actual: unknown;
  expected: unknown;
}

const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({
  code: match[1] ?? '',
  line: readme.slice(0, match.index).split('\n').length + 1,
}));

const instrument = (code: string, firstLine: number): string =>
  code
    .replace(/^import\s*\{[^}]*\}\s*from\s*'@cchc\/domain';?$/gm, (imports) => imports.replace(/[^\n]/g, ''))
    .split('\n')
    .map((text, i) => {
      const match = /^(.*?);?\s*\/\/ => (.*)$/.exec(text);
      if (!match) return text;
      const [, expression = '', expected = ''] = match;
      if (expression.trim() === '') throw new Error(`README line ${firstLine + i}: "// =>" must follow an expression on its line`);
      return `__check(${firstLine + i}, ${JSON.stringify(expression.trim())}, () => (${expression}), () => (${expected}));`;
    })
    .join('\n');

const run = (code: string, firstLine: number): Check[] => {
  const checks: Check[] = [];
  const check = (line: number, source: string, actual: () => unknown, expected: () => unknown): void => {
    checks.push({ line, code: source, actual: actual(), expected: expected() });
  };
  const names = Object.keys(domain);
  // The README is the code under test here: evaluating it is the point.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const body = new Function('__check', ...names, `'use strict';\n${instrument(code, firstLine)}`) as (...args: unknown[]) => void;
  body(check, ...names.map((name) => (domain as Record<string, unknown>)[name]));
  return checks;
};

describe('README.md', () => {
  it('has a worked example for each area of the package', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(blocks.map((block, index) => ({ ...block, index })))('example $index (line $line)', ({ code, line }) => {
    const checks = run(code, line);

    it('checks at least one result', () => {
      expect(checks.length).toBeGreaterThan(0);
    });

    it.each(checks.map((c) => [c.line, c.code, c]))('line %i: %s', (_line, _code, c) => {
      expect(c.actual).toEqual(c.expected);
    });
  });
});
