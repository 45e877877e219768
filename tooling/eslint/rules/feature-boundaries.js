// ESLint rule: the web app's features stay apart. A file under <src>/features/<name>/ may import
// its own feature, <src>/shared/ and packages, never another feature nor the app shell; a file
// under <src>/shared/ may import neither a feature nor the shell. The shell (the files directly
// in <src>: main.ts, App.vue, router.ts) wires features together and may import anything.
//
// The check is on folders, so it needs no module resolution: `../../review/x.js` and
// `../../review/x.vue` are the same violation whether or not the file exists. (A resolver-based
// rule such as import-x/no-restricted-paths must map `.js` specifiers to `.ts` sources and skips
// what it cannot resolve.)
import path from 'node:path';

/** Where a file sits: the shell, shared/, a feature (with its name), or outside the app's source. */
function placeOf(file, srcDir) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'outside' };
  const parts = relative.split(path.sep);
  if (parts.length === 1) return { kind: 'shell' };
  if (parts[0] === 'shared') return { kind: 'shared' };
  if (parts[0] === 'features' && parts.length >= 3) return { kind: 'feature', name: parts[1] };
  return { kind: 'other' };
}

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature imports shared/ and packages, never another feature or the app shell; shared/ imports no feature.' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, required: ['srcDir'], additionalProperties: false }],
    messages: {
      otherFeature: "The feature '{{from}}' imports the feature '{{to}}': move what both need to shared/, or let the app shell wire them.",
      sharedToFeature: "shared/ imports the feature '{{to}}': shared code may not depend on a feature.",
      toShell: 'Only the app shell imports main.ts, App.vue and router.ts; use vue-router (useRouter) instead.',
    },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0].srcDir);
    const from = placeOf(context.filename, srcDir);
    if (from.kind !== 'feature' && from.kind !== 'shared') return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(context.filename), specifier), srcDir);
      if (to.kind === 'shell') context.report({ node, messageId: 'toShell' });
      else if (to.kind === 'feature' && from.kind === 'shared') context.report({ node, messageId: 'sharedToFeature', data: { to: to.name } });
      else if (to.kind === 'feature' && from.kind === 'feature' && to.name !== from.name)
        context.report({ node, messageId: 'otherFeature', data: { from: from.name, to: to.name } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

/** The rules of this config package, as an ESLint plugin. */
export const cchcPlugin = { meta: { name: '@cchc/eslint-config' }, rules: { 'feature-boundaries': featureBoundaries } };
