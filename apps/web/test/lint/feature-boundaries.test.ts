import path from 'node:path';
import { featureBoundaries } from '@cchc/eslint-config/rules';
import { ESLint, RuleTester } from 'eslint';

const webDir = path.resolve(import.meta.dirname, '../..');
const srcDir = path.join(webDir, 'src');
const file = (relative: string): string => path.join(srcDir, relative);
const options = [{ srcDir }];

// RuleTester runs each case as a jest test of its own.
const ruleTester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

describe('feature-boundaries', () => {
  ruleTester.run('feature-boundaries', featureBoundaries, {
    valid: [
      { filename: file('features/dashboard/pages/DashboardPage.ts'), options, code: "import { x } from '../helpers/status-board.js';" },
      { filename: file('features/dashboard/pages/DashboardPage.ts'), options, code: "import { x } from '../../../shared/format/format-date.js';" },
      { filename: file('features/review/review.store.ts'), options, code: "import { z } from '@cchc/domain';" },
      { filename: file('shared/http/http.ts'), options, code: "import { x } from '../format/format-date.js';" },
      // The shell wires the features together.
      { filename: file('router.ts'), options, code: "const page = () => import('./features/editor/pages/ReportEditorPage.vue');" },
      { filename: file('main.ts'), options, code: "import { adminMessages } from './features/admin/admin.messages.js';" },
    ],
    invalid: [
      {
        filename: file('features/dashboard/pages/DashboardPage.ts'),
        options,
        code: "import { reviewApi } from '../../review/review.api.js';",
        errors: [{ messageId: 'otherFeature', data: { from: 'dashboard', to: 'review' } }],
      },
      {
        filename: file('features/editor/components/Panel.ts'),
        options,
        code: "const load = () => import('../../admin/pages/AdminPage.vue');",
        errors: [{ messageId: 'otherFeature', data: { from: 'editor', to: 'admin' } }],
      },
      {
        filename: file('features/review/helpers/x.ts'),
        options,
        code: "export { y } from '../../editor/helpers/y.js';",
        errors: [{ messageId: 'otherFeature' }],
      },
      {
        filename: file('shared/components/ChartCard.ts'),
        options,
        code: "import { t } from '../../features/dashboard/dashboard.messages.js';",
        errors: [{ messageId: 'sharedToFeature', data: { to: 'dashboard' } }],
      },
      {
        filename: file('features/admin/pages/AdminPage.ts'),
        options,
        code: "import { router } from '../../../router.js';",
        errors: [{ messageId: 'toShell' }],
      },
    ],
  });

  it('is switched on for the web app source, .ts and .vue alike', async () => {
    const eslint = new ESLint({ cwd: webDir });
    for (const relative of ['src/features/dashboard/pages/DashboardPage.vue', 'src/shared/http/http.ts']) {
      const config = (await eslint.calculateConfigForFile(path.join(webDir, relative))) as { rules: Record<string, unknown> };
      expect(config.rules['cchc/feature-boundaries']).toEqual([2, { srcDir }]);
    }
  });
});
