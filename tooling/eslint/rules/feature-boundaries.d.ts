import type { ESLint, Rule } from 'eslint';

export declare const featureBoundaries: Rule.RuleModule;
export declare const cchcPlugin: ESLint.Plugin;
