import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from 'vue';

// A slot given conditionally (`<template v-if … #name>`) makes Vue mark the child's slots as
// dynamic, and a child with dynamic slots renders again whenever its parent does. The status
// board is the page's heaviest part (50 rows, a cell per period, each with its description): with
// such a slot, every change anywhere on the dashboard (a chart's answer, a figure picked) drew the
// whole board again. The compiled page must give its panels stable slots.
const PAGE = path.resolve(import.meta.dirname, 'DashboardPage.vue');

/**
 * The render function Vue compiles from a component's template, patch flags named, as the build
 * compiles it (identifiers prefixed: a slot under a loop is dynamic only when it uses the loop's
 * variables).
 */
function compiledTemplate(template: string): string {
  return String(compile(template, { hoistStatic: false, prefixIdentifiers: true }));
}

/** The page's template: from its first `<template>` tag to its last closing tag. */
function pageTemplate(): string {
  const source = readFileSync(PAGE, 'utf8');
  const start = source.indexOf('<template>');
  const end = source.lastIndexOf('</template>');
  return source.slice(start + '<template>'.length, end);
}

describe('DashboardPage', () => {
  it('gives the status board and the other panels stable slots, so they render only when their own data changes', () => {
    const code = compiledTemplate(pageTemplate());
    expect(code).toContain('StatusBoardPanel');
    expect(code.match(/DYNAMIC_SLOTS/g) ?? []).toEqual([]);
  });

  it('tells a conditional slot apart (the check can fail)', () => {
    expect(compiledTemplate('<Panel><template v-if="shown" #selection><b /></template></Panel>')).toContain('DYNAMIC_SLOTS');
    expect(compiledTemplate('<Panel><template #selection><b v-if="shown" /></template></Panel>')).not.toContain('DYNAMIC_SLOTS');
  });
});
