import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { adminMessages } from './features/admin/admin.messages.js';
import { compilationMessages } from './features/compilation/compilation.messages.js';
import { dashboardMessages } from './features/dashboard/dashboard.messages.js';
import { editorMessages } from './features/editor/editor.messages.js';
import { figuresMessages } from './features/figures/figures.messages.js';
import { importMessages } from './features/import/import.messages.js';
import { myReportsMessages } from './features/editor/my-reports.messages.js';
import { reviewMessages } from './features/review/review.messages.js';
import { signInMessages } from './features/sign-in/sign-in.messages.js';
import { router } from './router.js';
import { createAppI18n } from './shared/i18n/index.js';
import './shared/styles.css';

const i18n = createAppI18n({
  login: signInMessages,
  dashboard: dashboardMessages,
  figures: figuresMessages,
  compilation: compilationMessages,
  myReports: myReportsMessages,
  review: reviewMessages,
  editor: editorMessages,
  import: importMessages,
  admin: adminMessages,
});

createApp(App).use(createPinia()).use(router).use(i18n).mount('#app');
