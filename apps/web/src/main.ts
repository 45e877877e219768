import { createPinia } from 'pinia';
import { createApp } from 'vue';
import type { RouteLocationNormalized } from 'vue-router';
import App from './App.vue';
import { signInMessages } from './features/sign-in/sign-in.messages.js';
import { loadFeatureTexts, router, warmLandingPages, type FeatureTexts } from './router.js';
import { createAppI18n } from './shared/i18n/index.js';
import './shared/styles.css';

// Only sign-in's texts come with the app; every other feature's load with its pages, before the
// page shows (router.ts, FEATURE_TEXTS).
const i18n = createAppI18n({ login: signInMessages });
/** The texts of the features a route's pages show (route meta `texts`). */
const textsOf = (to: RouteLocationNormalized): FeatureTexts[] => to.matched.flatMap((record) => record.meta.texts ?? []);
router.beforeResolve((to) => loadFeatureTexts(i18n, textsOf(to)));
// Once the guards let the visitor in, the page's texts and its first answers (route meta
// `prefetch`) are asked for beside its code: the router resolves a page's code before
// beforeResolve, so texts asked for only there would wait for the code, and the page for both in
// turn. beforeResolve then joins the texts on their way, and asks again for texts that failed
// (its own failure stops the navigation); a failed prefetch is the page's to show.
router.beforeEach((to, from) => {
  loadFeatureTexts(i18n, textsOf(to)).catch(() => undefined);
  for (const record of to.matched) {
    if (!from.matched.includes(record)) record.meta.prefetch?.(to, i18n.global.locale.value).catch(() => undefined);
  }
});

// Once the sign-in page is shown and the browser idle, the pages people land on load their code
// and texts (warmLandingPages), unless the browser asks to save data.
let warmed = false;
router.afterEach((to) => {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (to.name !== 'login' || warmed || connection?.saveData) return;
  warmed = true;
  const warm = (): void => void warmLandingPages((names) => loadFeatureTexts(i18n, names)).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
});

// The shell loads the texts of what it shows on every page itself (the notification bell), once
// someone is signed in: the sign-in page carries none of them either.
createApp(App, { loadTexts: (names: readonly FeatureTexts[]) => loadFeatureTexts(i18n, names) })
  .use(createPinia())
  .use(router)
  .use(i18n)
  .mount('#app');
