import { createI18n } from 'vue-i18n';
import { appMessages } from './app.messages.js';

export type Locale = 'vi' | 'en';
const STORAGE_KEY = 'cchc.locale';
type Messages = Record<string, unknown>;

/** One feature's texts in both languages, as `defineMessages` returns them. */
export interface FeatureMessages {
  vi: Messages;
  en: Messages;
}

function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/**
 * vue-i18n (the maintained Vue i18n library): Vietnamese by default, English on request. Each
 * feature keeps its texts in its own `<feature>.messages.ts`; the app shell passes them here (or
 * to {@link addFeatureMessages} once loaded) and they are merged under the given name
 * (`t('dashboard.heading')`), beside the shell's own texts.
 */
export function createAppI18n(features: Record<string, FeatureMessages>) {
  const vi: Messages = { ...appMessages.vi };
  const en: Messages = { ...appMessages.en };
  for (const [name, messages] of Object.entries(features)) {
    vi[name] = messages.vi;
    en[name] = messages.en;
  }
  return createI18n<[Messages], Locale, false>({ legacy: false, locale: initialLocale(), fallbackLocale: 'vi', messages: { vi, en } });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Adds a feature's texts, loaded after the app started, under its name in both languages. */
export function addFeatureMessages(i18n: AppI18n, name: string, messages: FeatureMessages): void {
  i18n.global.mergeLocaleMessage('vi', { [name]: messages.vi });
  i18n.global.mergeLocaleMessage('en', { [name]: messages.en });
}

/** Remembers the chosen language for the next visit and tells the browser (screen readers, hyphenation). */
export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/**
 * Loads features' texts on demand, each once: `loaders` maps each name (the key prefix,
 * `t('dashboard.heading')`) to an import of the feature's messages; a failed load is tried again
 * the next time it is asked for. The shell names the features (router.ts).
 */
export function featureTextsLoader<Name extends string>(loaders: Record<Name, () => Promise<FeatureMessages>>) {
  const loading = new Map<Name, Promise<void>>();
  return async (i18n: AppI18n, names: readonly Name[]): Promise<void> => {
    await Promise.all(
      names.map((name) => {
        let loaded = loading.get(name);
        if (!loaded) {
          loaded = loaders[name]().then((messages) => addFeatureMessages(i18n, name, messages));
          loading.set(name, loaded);
          loaded.catch(() => loading.delete(name));
        }
        return loaded;
      }),
    );
  };
}

/** The message key of a signing mode's label: `KT.` → `signingMode.KT`. */
export const signingModeKey = (mode: string): string => `signingMode.${mode.replace('.', '')}`;
