import { createConfig } from '@cchc/eslint-config';

// The command line: node I/O is its job; no framework, nothing of ours from apps/.
export default createConfig({
  rootDir: import.meta.dirname,
  restrictedImports: [
    { name: '@nestjs/*', message: 'The command line depends on no framework.' },
    { name: '@cchc/api', message: 'The command line depends on nothing in apps/.' },
    { name: '@cchc/web', message: 'The command line depends on nothing in apps/.' },
  ],
});
