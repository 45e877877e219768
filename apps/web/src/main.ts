import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { signInMessages } from './features/sign-in/sign-in.messages.js';
import { loadFeatureTexts, router, type FeatureTexts } from './router.js';
import { createAppI18n } from './shared/i18n/index.js';
import './shared/styles.css';

// Only sign-in's texts come with the app; every other feature's load with its pages, before the
// page shows (router.ts, FEATURE_TEXTS).
const i18n = createAppI18n({ login: signInMessages });
router.beforeResolve((to) => loadFeatureTexts(i18n, to.matched.flatMap((record) => record.meta.texts ?? [])));
// A page that asks for its first answers early (route meta `prefetch`) does so once the guards
// let the visitor in, beside its code and texts; a failure there is the page's own to show.
router.beforeEach((to, from) => {
  for (const record of to.matched) {
    if (!from.matched.includes(record)) record.meta.prefetch?.(to, i18n.global.locale.value).catch(() => undefined);
  }
});

// The shell loads the texts of what it shows on every page itself (the notification bell), once
// someone is signed in: the sign-in page carries none of them either.
createApp(App, { loadTexts: (names: readonly FeatureTexts[]) => loadFeatureTexts(i18n, names) })
  .use(createPinia())
  .use(router)
  .use(i18n)
  .mount('#app');
