import { createConfig } from '@cchc/eslint-config';

export default createConfig({
  rootDir: import.meta.dirname,
  restrictedImports: [{ name: '@cchc/web', message: 'The API never imports the web app.' }],
});
