import { createI18n } from 'vue-i18n';
import { en } from './en.js';
import { vi, type Messages } from './vi.js';

export type Locale = 'vi' | 'en';
const STORAGE_KEY = 'cchc.locale';

function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** vue-i18n (the maintained Vue i18n library): Vietnamese by default, English on request. */
export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'vi',
  messages: { vi, en },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
