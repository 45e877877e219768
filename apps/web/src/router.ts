import type { UserRole } from '@cchc/domain';
import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteLocationRaw } from 'vue-router';
import { featureTextsLoader, type Locale } from './shared/i18n/index.js';
import LoginPage from './features/sign-in/pages/LoginPage.vue';
import { prefetchOverview } from './features/dashboard/prefetch-overview.js';
import { useSessionStore } from './shared/session/session.store.js';

/**
 * The texts of every feature but sign-in, each loaded with the feature's pages rather than with
 * the app: the sign-in page, the first one every visitor opens, then carries no other screen's
 * texts (they were a third of the app's own JavaScript). Keys start with the name given here
 * (`t('dashboard.heading')`); a route names the texts its page shows in `meta.texts`.
 */
const FEATURE_TEXTS = {
  dashboard: async () => (await import('./features/dashboard/dashboard.messages.js')).dashboardMessages,
  figures: async () => (await import('./features/figures/figures.messages.js')).figuresMessages,
  compilation: async () => (await import('./features/compilation/compilation.messages.js')).compilationMessages,
  myReports: async () => (await import('./features/editor/my-reports.messages.js')).myReportsMessages,
  review: async () => (await import('./features/review/review.messages.js')).reviewMessages,
  editor: async () => (await import('./features/editor/editor.messages.js')).editorMessages,
  import: async () => (await import('./features/import/import.messages.js')).importMessages,
  admin: async () => (await import('./features/admin/admin.messages.js')).adminMessages,
  // Also loaded by the shell with the bell in the header, once someone is signed in (App.vue).
  notifications: async () => (await import('./features/notifications/notifications.messages.js')).notificationsMessages,
};

export type FeatureTexts = keyof typeof FEATURE_TEXTS;

/** Loads and registers the named features' texts, each once. */
export const loadFeatureTexts = featureTextsLoader<FeatureTexts>(FEATURE_TEXTS);

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in. */
    public?: boolean;
    /** Only these roles; others are sent to their start page. */
    roles?: UserRole[];
    /** The features whose texts the page shows, loaded before it opens (FEATURE_TEXTS); sign-in's are always there. */
    texts?: FeatureTexts[];
    /**
     * Asks for the page's first answers as soon as the route is entered (main.ts), while its code
     * and texts load; the page asks again when it mounts and joins what is on its way.
     */
    prefetch?: (to: RouteLocationNormalized, locale: Locale) => Promise<void>;
  }
}

const HOME_AFFAIRS: UserRole[] = ['reviewer', 'admin'];
const AGENCY: UserRole[] = ['reporter', 'approver'];

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
    { path: '/account/password', name: 'change-password', component: () => import('./features/sign-in/pages/ChangePasswordPage.vue') },
    // Lazy: the dashboard and Chart.js load when it opens, never on the sign-in page.
    {
      path: '/',
      name: 'dashboard',
      component: () => import('./features/dashboard/pages/DashboardPage.vue'),
      meta: {
        roles: HOME_AFFAIRS,
        texts: ['dashboard'],
        prefetch: async (to, locale) => {
          prefetchOverview(to, locale);
          return (await import('./features/dashboard/open-dashboard.js')).openDashboard(to, locale, true);
        },
      },
    },
    { path: '/figures', name: 'figures', component: () => import('./features/figures/pages/FiguresPage.vue'), meta: { roles: HOME_AFFAIRS, texts: ['figures'] } },
    { path: '/compilation', name: 'compilation', component: () => import('./features/compilation/pages/CompilationPage.vue'), meta: { roles: HOME_AFFAIRS, texts: ['compilation'] } },
    { path: '/review', name: 'review-queue', component: () => import('./features/review/pages/ReviewQueuePage.vue'), meta: { roles: HOME_AFFAIRS, texts: ['review'] } },
    // Any signed-in user: the API answers 403 or 404 for a report they may not read.
    { path: '/reports/:id', name: 'report', component: () => import('./features/review/pages/ReportPage.vue'), meta: { texts: ['review'] } },
    { path: '/reports', name: 'my-reports', component: () => import('./features/editor/pages/MyReportsPage.vue'), meta: { roles: AGENCY, texts: ['myReports'] } },
    { path: '/reports/new', name: 'report-new', component: () => import('./features/editor/pages/NewReportPage.vue'), meta: { roles: AGENCY, texts: ['editor'] } },
    { path: '/reports/:id/edit', name: 'report-edit', component: () => import('./features/editor/pages/ReportEditorPage.vue'), meta: { roles: AGENCY, texts: ['editor'] } },
    // Every role imports: an agency for itself, Home Affairs and administrators any agency's past reports.
    { path: '/import', name: 'imports', component: () => import('./features/import/pages/ImportsPage.vue'), meta: { texts: ['import'] } },
    // Every signed-in role: each reads and marks their own notifications only.
    { path: '/notifications', name: 'notifications', component: () => import('./features/notifications/pages/NotificationsPage.vue'), meta: { texts: ['notifications'] } },
    { path: '/import/:id', name: 'import', component: () => import('./features/import/pages/ImportPage.vue'), meta: { texts: ['import'] } },
    {
      path: '/admin',
      component: () => import('./features/admin/pages/AdminPage.vue'),
      meta: { roles: ['admin'], texts: ['admin'] },
      children: [
        { path: '', redirect: '/admin/agencies' },
        { path: 'agencies', name: 'admin-agencies', component: () => import('./features/admin/pages/AdminAgenciesPage.vue') },
        { path: 'users', name: 'admin-users', component: () => import('./features/admin/pages/AdminUsersPage.vue') },
        { path: 'periods', name: 'admin-periods', component: () => import('./features/admin/pages/AdminPeriodsPage.vue') },
        { path: 'reminders', name: 'admin-reminders', component: () => import('./features/admin/pages/AdminRemindersPage.vue') },
        { path: 'log', name: 'admin-log', component: () => import('./features/admin/pages/AdminLogPage.vue') },
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./shared/pages/NotFoundPage.vue'), meta: { public: true } },
  ],
});

/** Where people land after signing in: the dashboard (Home Affairs, session.homeRoute) and an agency's reports. */
const LANDING_PATHS = ['/', '/reports'];

/**
 * Loads the code and texts of the pages people land on after signing in, without opening them,
 * so that signing in waits for the page's data only. The sign-in page calls it once it is idle
 * (main.ts): the seconds someone takes to type are enough, and the sign-in page itself still
 * loads none of it first. Those pages' routes load their components lazily (functions).
 */
export async function warmLandingPages(loadTexts: (names: FeatureTexts[]) => Promise<void>): Promise<void> {
  const records = LANDING_PATHS.flatMap((path) => router.resolve(path).matched);
  const loaders = records.flatMap((record) => Object.values(record.components ?? {}).filter((component) => typeof component === 'function'));
  await Promise.all([loadTexts(records.flatMap((record) => record.meta.texts ?? [])), ...loaders.map((load) => (load as () => Promise<unknown>)())]);
}

router.beforeEach(async (to): Promise<RouteLocationRaw | true> => {
  const session = useSessionStore();
  // Who the session cookie belongs to is known once the API answered, on the first navigation.
  await session.restore();
  if (to.meta.public) return true;
  if (!session.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } };
  // The API refuses everything else to such a user (403 PASSWORD_CHANGE_REQUIRED) anyway.
  if (session.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' };
  if (to.meta.roles && (!session.role || !to.meta.roles.includes(session.role))) return session.homeRoute();
  return true;
});
