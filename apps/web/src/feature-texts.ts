import { addFeatureMessages, type AppI18n, type FeatureMessages } from './shared/i18n/index.js';

/**
 * The texts of every feature but sign-in, each loaded with the feature's pages rather than with
 * the app: the sign-in page, the first one every visitor opens, then carries no other screen's
 * texts (they were a third of the app's own JavaScript). Keys start with the name given here
 * (`t('dashboard.heading')`); a route names the texts its page shows in `meta.texts` (router.ts).
 */
const LOADERS = {
  dashboard: async () => (await import('./features/dashboard/dashboard.messages.js')).dashboardMessages,
  figures: async () => (await import('./features/figures/figures.messages.js')).figuresMessages,
  compilation: async () => (await import('./features/compilation/compilation.messages.js')).compilationMessages,
  myReports: async () => (await import('./features/editor/my-reports.messages.js')).myReportsMessages,
  review: async () => (await import('./features/review/review.messages.js')).reviewMessages,
  editor: async () => (await import('./features/editor/editor.messages.js')).editorMessages,
  import: async () => (await import('./features/import/import.messages.js')).importMessages,
  admin: async () => (await import('./features/admin/admin.messages.js')).adminMessages,
} satisfies Record<string, () => Promise<FeatureMessages>>;

export type FeatureTexts = keyof typeof LOADERS;

const loading = new Map<FeatureTexts, Promise<void>>();

/** Loads and registers the named features' texts, each once; a failed load is tried again next time. */
export async function loadFeatureTexts(i18n: AppI18n, names: readonly FeatureTexts[]): Promise<void> {
  await Promise.all(
    names.map((name) => {
      let loaded = loading.get(name);
      if (!loaded) {
        loaded = LOADERS[name]().then((messages) => addFeatureMessages(i18n, name, messages));
        loading.set(name, loaded);
        loaded.catch(() => loading.delete(name));
      }
      return loaded;
    }),
  );
}
