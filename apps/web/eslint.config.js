import path from 'node:path';
import vuePlugin from 'eslint-plugin-vue';
import { createVueConfig } from '@cchc/eslint-config/vue';

export default createVueConfig({
  rootDir: import.meta.dirname,
  vuePlugin,
  restrictedImports: [{ name: '@cchc/api', message: 'The web app talks to the API over HTTP only.' }],
  featuresSrcDir: path.join(import.meta.dirname, 'src'),
});
