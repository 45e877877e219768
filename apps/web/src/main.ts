import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { signInMessages } from './features/sign-in/sign-in.messages.js';
import { loadFeatureTexts } from './feature-texts.js';
import { router } from './router.js';
import { createAppI18n } from './shared/i18n/index.js';
import './shared/styles.css';

// Only sign-in's texts come with the app; every other feature's load with its pages, before the
// page shows (feature-texts.ts).
const i18n = createAppI18n({ login: signInMessages });
router.beforeResolve((to) => loadFeatureTexts(i18n, to.matched.flatMap((record) => record.meta.texts ?? [])));

createApp(App).use(createPinia()).use(router).use(i18n).mount('#app');
