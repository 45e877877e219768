import { createI18n } from 'vue-i18n';
import { adminMessages } from '../../features/admin/admin.messages.js';
import { signInMessages } from '../../features/sign-in/sign-in.messages.js';
import { appMessages } from './app.messages.js';
import { dashboardMessages } from '../../features/dashboard/dashboard.messages.js';
import { editorMessages } from '../../features/editor/editor.messages.js';
import { myReportsMessages } from '../../features/editor/my-reports.messages.js';
import { reviewMessages } from '../../features/review/review.messages.js';

export type Locale = 'vi' | 'en';
const STORAGE_KEY = 'cchc.locale';

// Each feature keeps its texts in its own <feature>.messages.ts; they are merged here, the
// feature's name as the top-level key (t('dashboard.heading')).
const vi = { ...appMessages.vi, login: signInMessages.vi, dashboard: dashboardMessages.vi, myReports: myReportsMessages.vi, review: reviewMessages.vi, editor: editorMessages.vi, admin: adminMessages.vi };
const en = { ...appMessages.en, login: signInMessages.en, dashboard: dashboardMessages.en, myReports: myReportsMessages.en, review: reviewMessages.en, editor: editorMessages.en, admin: adminMessages.en };
export type Messages = typeof vi;

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
